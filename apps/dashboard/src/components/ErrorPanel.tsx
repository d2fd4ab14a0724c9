import { ZadigApiError, ZadigConnectionError, ZadigTimeoutError } from '@zadig-ts/client';

interface Described {
  kind: string;
  message: string;
  facts: Array<[string, string]>;
}

/** What the user should see of an error: its kind, its message, and the API's status and code. */
export function describeError(error: unknown): Described {
  if (error instanceof ZadigApiError) {
    const facts: Array<[string, string]> = [
      ['HTTP status', String(error.status)],
      ['Zadig code', String(error.code)],
    ];
    if (error.description) facts.push(['Description', error.description]);
    if (error.requestId) facts.push(['Request ID', error.requestId]);
    return { kind: error.name, message: error.message, facts };
  }
  if (error instanceof ZadigConnectionError) {
    return {
      kind: error.name,
      message: `${error.message}. Is the API address right, and does the server allow this page's origin (CORS)?`,
      facts: [['Reason', error.reason]],
    };
  }
  if (error instanceof ZadigTimeoutError) {
    return { kind: error.name, message: error.message, facts: [] };
  }
  if (error instanceof Error) return { kind: error.name, message: error.message, facts: [] };
  return { kind: 'Error', message: String(error), facts: [] };
}

/** Shows a failed request: what could not be loaded, the error's message, status and Zadig code. */
export function ErrorPanel({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  const { kind, message, facts } = describeError(error);
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">
        Could not load {what} <span className="error-kind">{kind}</span>
      </p>
      <p className="error-message">{message}</p>
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
