/** Fields of the body Zadig sends with an error (`{"type": "error", "code", "message", "description", "extra"}`). */
export interface ZadigErrorBody {
  type?: string | undefined;
  code?: number | undefined;
  message?: string | undefined;
  description?: string | undefined;
  extra?: Record<string, unknown> | undefined;
}

/** Base class of every error this package throws. */
export class ZadigError extends Error {
  override name = 'ZadigError';
}

/** What an {@link ZadigApiError} is built from. */
export interface ApiErrorInit {
  status: number;
  method: string;
  /** Request URL; query values are kept, credentials never are (the token travels in a header). */
  url: string;
  headers?: Headers | undefined;
  /** The response body: parsed JSON, raw text, or undefined when empty. */
  body?: unknown | undefined;
}

function describeBody(body: unknown): ZadigErrorBody {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const fields = body as ZadigErrorBody & { title?: unknown; detail?: unknown };
  // RFC 9457 problem details (a validating proxy or a mock server): title/detail stand in for message/description.
  return {
    ...fields,
    ...(fields.message === undefined && typeof fields.title === 'string' ? { message: fields.title } : {}),
    ...(fields.description === undefined && typeof fields.detail === 'string'
      ? { description: fields.detail }
      : {}),
  };
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

function snippet(body: unknown): string {
  if (typeof body !== 'string') return '';
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/**
 * The server answered with a non-2xx status. Carries the HTTP status, Zadig's error `code`, `description`
 * and `extra`, the request's method and URL, and the request id when the server sent one.
 */
export class ZadigApiError extends ZadigError {
  override name = 'ZadigApiError';
  /** HTTP status. */
  readonly status: number;
  /** Zadig's error code (e.g. 6560), or the HTTP status when the body had none. */
  readonly code: number;
  /** Zadig's detailed description of the error, if any. */
  readonly description: string | undefined;
  /** Extra, error-specific data Zadig sent. */
  readonly extra: Record<string, unknown> | undefined;
  /** HTTP method of the failed request. */
  readonly method: string;
  /** URL of the failed request. */
  readonly url: string;
  /** Request id from the `x-request-id` response header, if any. */
  readonly requestId: string | undefined;
  /** Response headers. */
  readonly headers: Headers;
  /** The raw response body (parsed JSON, text, or undefined when empty). */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    const parsed = describeBody(init.body);
    const summary =
      parsed.description || parsed.message
        ? [parsed.message, parsed.description].filter(Boolean).join(': ')
        : snippet(init.body) || (isEmpty(init.body) ? 'empty response body' : 'non-JSON response body');
    super(`${init.method} ${init.url} failed with ${init.status}: ${summary}`);
    this.status = init.status;
    this.code = typeof parsed.code === 'number' ? parsed.code : init.status;
    this.description = parsed.description;
    this.extra = parsed.extra;
    this.method = init.method;
    this.url = init.url;
    this.headers = init.headers ?? new Headers();
    this.requestId = this.headers.get('x-request-id') ?? undefined;
    this.body = init.body;
  }
}

/** 400: the request was invalid (Zadig also uses it for its 6000- and 7000-range codes). */
export class BadRequestError extends ZadigApiError {
  override name = 'BadRequestError';
}
/** 401: the token is missing, malformed or expired. */
export class AuthenticationError extends ZadigApiError {
  override name = 'AuthenticationError';
}
/** 403: the token's user lacks the permission (Zadig sends an empty body). */
export class PermissionDeniedError extends ZadigApiError {
  override name = 'PermissionDeniedError';
}
/** 404: no such resource or route. */
export class NotFoundError extends ZadigApiError {
  override name = 'NotFoundError';
}
/** 409: conflict with the resource's current state. */
export class ConflictError extends ZadigApiError {
  override name = 'ConflictError';
}
/** 422: the request was understood but not valid (a validating proxy or mock answers this). */
export class UnprocessableEntityError extends ZadigApiError {
  override name = 'UnprocessableEntityError';
}
/** 429: too many requests. */
export class RateLimitError extends ZadigApiError {
  override name = 'RateLimitError';
}
/** 5xx: the server failed. */
export class InternalServerError extends ZadigApiError {
  override name = 'InternalServerError';
}

const BY_STATUS: Record<number, typeof ZadigApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the {@link ZadigApiError} subclass that matches the status. */
export function createApiError(init: ApiErrorInit): ZadigApiError {
  const ErrorClass = BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ZadigApiError);
  return new ErrorClass(init);
}

const LOST = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'terminated']);

/** The request never got a whole response: DNS failure, refused connection, or a connection lost mid-way. */
export class ZadigConnectionError extends ZadigError {
  override name = 'ZadigConnectionError';
  /** The underlying error code, e.g. `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`. */
  readonly reason: string;
  constructor(
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    const cause = options?.cause as
      | { message?: string; cause?: { code?: string; message?: string } }
      | undefined;
    const reason = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? 'connection failed';
    super(
      `${method} ${url} failed: ${LOST.has(reason) ? 'connection lost' : 'could not connect'} (${reason})`,
      options,
    );
    this.reason = reason;
  }
}

/** No response arrived within the timeout. */
export class ZadigTimeoutError extends ZadigError {
  override name = 'ZadigTimeoutError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} ${url} timed out after ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal aborted the request. */
export class ZadigAbortError extends ZadigError {
  override name = 'ZadigAbortError';
  constructor(
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`${method} ${url} was aborted`, options);
  }
}

/** The options given to the client are unusable (e.g. a base URL that is not absolute http(s)). */
export class ZadigConfigError extends ZadigError {
  override name = 'ZadigConfigError';
}

/** A 2xx response whose body is not the JSON the spec promises (truncated, or an HTML page from a proxy). */
export class ZadigInvalidResponseError extends ZadigError {
  override name = 'ZadigInvalidResponseError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: string,
    options?: { cause?: unknown },
  ) {
    const text = body.replace(/\s+/g, ' ').trim();
    super(
      `${method} ${url} answered ${status} with a body that is not valid JSON: ${text.length > 120 ? `${text.slice(0, 117)}...` : text}`,
      options,
    );
  }
}

/**
 * The operation does not exist in the server's Zadig release (the client's `zadigVersion`): thrown before
 * anything is sent. `availableIn` names the tracked releases that route it (empty for none).
 */
export class UnsupportedOperationError extends ZadigError {
  override name = 'UnsupportedOperationError';
  constructor(
    readonly operationId: string,
    readonly zadigVersion: string,
    readonly availableIn: string[],
  ) {
    super(
      `${operationId} is not available in Zadig ${zadigVersion}${
        availableIn.length ? `; it is available in ${availableIn.join(', ')}` : ''
      }`,
    );
  }
}

/** How a value is shown in messages: JSON-quoted, so that empty strings, spaces and dots are visible. */
function quoted(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A parameter value that could not be sent as given: thrown before anything is sent. `operation` is the
 * operationId (or `METHOD /path/{template}` for openapi-fetch's raw methods).
 */
export class ZadigInvalidParameterError extends ZadigError {
  override name = 'ZadigInvalidParameterError';
  constructor(
    readonly operation: string,
    readonly location: 'path' | 'query',
    readonly parameter: string,
    readonly value: unknown,
    /** Why it was refused, e.g. `is a dot segment`. */
    readonly reason: string,
  ) {
    super(
      `${operation}: ${location} parameter ${parameter}${value === undefined ? '' : ` ${quoted(value)}`} ${reason}; nothing was sent`,
    );
  }
}

/**
 * A path parameter value that would change the route: missing, empty, `.` or `..` (also percent-encoded,
 * at any depth of decoding), or holding a `/` the server would take for a separator.
 */
export class ZadigInvalidPathParameterError extends ZadigInvalidParameterError {
  override name = 'ZadigInvalidPathParameterError';
  constructor(operation: string, parameter: string, value: unknown, reason: string) {
    super(operation, 'path', parameter, value, reason);
  }
}

/**
 * The server answered with a redirect the client does not follow: any redirect of a request other than
 * GET or HEAD, one to another origin, too many in a row, or (in a browser) any redirect at all, whose
 * target the browser hides. `status` is 0 and `location` undefined in that last case.
 */
export class ZadigRedirectError extends ZadigError {
  override name = 'ZadigRedirectError';
  constructor(
    readonly method: string,
    /** The URL the request was sent to. */
    readonly url: string,
    readonly status: number,
    readonly location: string | undefined,
    reason: string,
  ) {
    super(
      status === 0
        ? `${method} ${url}: the server redirected (the browser does not say where); ${reason}`
        : `${method} ${url} answered ${status} redirecting to ${location === undefined ? '(no Location)' : JSON.stringify(location)}; ${reason}`,
    );
  }
}
