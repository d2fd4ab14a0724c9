// The one place zadigctl hides secrets: every answer a command prints (tables, JSON, YAML, --json fields,
// --jq, `zadigctl api`, --wait summaries, contract reports, error bodies) is read through the fetch made
// here, which replaces the secrets the spec marks with `[redacted]` unless --show-secrets is given.
import { redactSecrets } from '@zadig-ts/client';
import { operationOf } from '../audit/operation-of.js';
import type { IO } from '../io.js';
import { noteRedacted } from './hint.js';

type Fetch = (request: Request) => Promise<Response>;

const JSON_TYPE = /[/+]json\b/i;

/** The path after the server's base path (`https://host/zadig` + `/openapi/...`), as the spec spells it. */
function specPath(pathname: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  return base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

/**
 * `inner` (the global fetch when undefined), with JSON answers redacted; undefined when secrets are to be
 * shown and there is nothing to wrap, so the client keeps its own default.
 */
export function redactingFetch(
  io: IO,
  showSecrets: boolean,
  baseUrl: string,
  inner?: Fetch,
): Fetch | undefined {
  if (showSecrets) return inner;
  const send: Fetch = inner ?? ((request) => globalThis.fetch(request));
  const basePath = new URL(baseUrl).pathname;
  return async (request) => {
    const response = await send(request);
    if (!JSON_TYPE.test(response.headers.get('content-type') ?? '') || request.method === 'HEAD')
      return response;
    const text = await response.clone().text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return response;
    }
    const operationId = operationOf(
      request.method.toUpperCase(),
      specPath(new URL(request.url).pathname, basePath),
    );
    const { data: clean, redacted } = redactSecrets(operationId ?? null, data);
    if (!redacted.length) return response;
    noteRedacted(io, redacted.length);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    const copy = new Response(JSON.stringify(clean), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
    // The client reads where an answer came from (redirects, errors): the copy says the same.
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  };
}
