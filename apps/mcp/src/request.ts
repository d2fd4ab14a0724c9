// The request an operation call would send, for dry-run previews: method, full URL, headers (token
// redacted), body.
import type { Operation } from './catalog.js';
import { inputParameters } from './schema.js';

export interface PlannedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** The URL of `op` with `input`'s path and query parameters, as the client builds it. */
export function requestUrl(baseUrl: string, op: Operation, input: Record<string, unknown>): string {
  let path = op.path;
  const query = new URLSearchParams();
  for (const p of inputParameters(op)) {
    const value = input[p.name];
    if (value === undefined || value === null) continue;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (Array.isArray(value)) for (const item of value) query.append(p.name, String(item));
    else query.append(p.name, String(value));
  }
  const search = query.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** The request, as a preview: the token is never shown, only whether one would be sent. */
export function planRequest(
  baseUrl: string,
  op: Operation,
  input: Record<string, unknown>,
  hasToken: boolean,
): PlannedRequest {
  return {
    method: op.method,
    url: requestUrl(baseUrl, op, input),
    headers: {
      authorization: hasToken ? 'Bearer [redacted]' : '(no token)',
      ...(input.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(input.body === undefined ? {} : { body: input.body }),
  };
}
