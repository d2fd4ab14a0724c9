// A fetch whose JSON answers come back with their secrets redacted: for apps that show answers to people or
// models and want every answer covered in one place, whatever reads it (the client, a raw request, a waiter).
import type { OperationId } from './call.js';
import { operationOfRoute } from './route-operation.js';
import { redactSecrets } from './secrets.js';

type Fetch = (request: Request) => Promise<Response>;

/** Options of {@link redactingFetch}. */
export interface RedactingFetchOptions {
  /** The client's base URL: its path is taken off request paths before they are matched to operations. */
  baseUrl: string;
  /** Called for each answer that had secrets, with its operation (null if unknown) and the pointers replaced. */
  onRedacted?: ((operationId: OperationId | null, pointers: string[]) => void) | undefined;
}

const JSON_TYPE = /[/+]json\b/i;

/** `fetch` (the global one by default) with each JSON answer's secrets replaced, as `redactSecrets` does. */
export function redactingFetch(options: RedactingFetchOptions, fetch?: Fetch): Fetch {
  const send: Fetch = fetch ?? ((request) => globalThis.fetch(request));
  const base = new URL(options.baseUrl).pathname.replace(/\/+$/, '');
  return async (request) => {
    const response = await send(request);
    if (
      request.method === 'HEAD' ||
      (response.status >= 300 && response.status < 400) ||
      !JSON_TYPE.test(response.headers.get('content-type') ?? '')
    )
      return response;
    // Read once and answer with a copy, rather than reading a clone: a clone tees the body through web
    // streams, which a Node transport would otherwise never load.
    const text = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return copyOf(response, text);
    }
    const pathname = new URL(request.url).pathname;
    const path = base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
    const operationId = operationOfRoute(request.method, path) ?? null;
    const { data: clean, redacted } = redactSecrets(operationId, data);
    if (!redacted.length) return copyOf(response, text);
    options.onRedacted?.(operationId, redacted);
    return copyOf(response, JSON.stringify(clean));
  };
}

/** `response` with `text` as its body (already decoded, so without a length or an encoding). */
function copyOf(response: Response, text: string): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  const copy = new Response(text === '' ? null : text, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  // Where the answer came from stays readable (errors and redirects name it).
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}
