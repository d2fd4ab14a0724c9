// zadig-mcp never hands a secret the server sent to a model: every answer its client reads passes through
// the fetch made here, which replaces the secrets the spec marks with `[redacted]` (no option turns this
// off), and each tool call collects where it did so, for the result to say.
import { AsyncLocalStorage } from 'node:async_hooks';
import { operationOfRoute, redactSecrets } from '@zadig-ts/client';

type Fetch = (request: Request) => Promise<Response>;

const JSON_TYPE = /[/+]json\b/i;
/** Pointers a result lists; a call that hid more says how many more. */
const MAX_LISTED = 20;

const calls = new AsyncLocalStorage<Set<string>>();

/** The path after the base URL's path, as the spec spells it. */
function specPath(pathname: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  return base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/** `inner` (the global fetch when undefined) with the secrets of JSON answers replaced. */
export function redactingFetch(baseUrl: string, inner?: Fetch): Fetch {
  const send: Fetch = inner ?? ((request) => globalThis.fetch(request));
  const basePath = new URL(baseUrl).pathname;
  return async (request) => {
    const response = await send(request);
    if (!JSON_TYPE.test(response.headers.get('content-type') ?? '') || request.method === 'HEAD')
      return response;
    let data: unknown;
    try {
      data = JSON.parse(await response.clone().text());
    } catch {
      return response;
    }
    const operationId = operationOfRoute(request.method, specPath(new URL(request.url).pathname, basePath));
    const { data: clean, redacted } = redactSecrets(operationId ?? null, data);
    if (!redacted.length) return response;
    const log = calls.getStore();
    for (const pointer of redacted) log?.add(operationId ? `${operationId}:${pointer}` : pointer);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    const copy = new Response(JSON.stringify(clean), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
}

/** What one tool call hid: `run` the call inside it, then read `redacted()` (also after a failure). */
export function redactionLog(): { run<T>(call: () => Promise<T>): Promise<T>; redacted(): string[] } {
  const log = new Set<string>();
  return { run: (call) => calls.run(log, call), redacted: () => [...log] };
}

/**
 * The note a result carries when secrets were hidden: where they were (`<operationId>:<JSON pointer into its
 * answer>`), at most MAX_LISTED of them.
 */
export function redactionNote(redacted: string[]): { redacted?: { note: string; at: string[] } } {
  if (!redacted.length) return {};
  const more = redacted.length - MAX_LISTED;
  return {
    redacted: {
      note: `${redacted.length} secret value${redacted.length === 1 ? '' : 's'} the server sent ${redacted.length === 1 ? 'was' : 'were'} replaced with [redacted]; zadig-mcp never shows them.`,
      at: more > 0 ? [...redacted.slice(0, MAX_LISTED), `… and ${more} more`] : redacted,
    },
  };
}
