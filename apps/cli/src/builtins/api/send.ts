// Sends requests through the Zadig client (retries, timeouts, typed connection errors) and keeps each
// response's body as the exact text the server sent.
import {
  captureRequest,
  createZadigClient,
  type ZadigClient,
  type ZadigClientOptions,
} from '@zadig-ts/client';

/** A response as received: status, headers and the body text. */
export interface ApiResponse {
  method: string;
  /** The request's path and query, as sent. */
  target: string;
  status: number;
  statusText: string;
  ok: boolean;
  headers: Headers;
  /** The body as received; empty when there was none. */
  text: string;
  /** The response openapi-fetch saw, for the client's typed error. */
  raw: { data?: unknown; error?: unknown; response: Response };
}

/** Sends one request: `send('GET', '/openapi/projects/project?pageNum=1')`. */
export type Send = (method: string, target: string, body?: unknown) => Promise<ApiResponse>;

// Statuses whose responses cannot carry a body (the Response constructor refuses one).
const NO_BODY = new Set([101, 204, 205, 304]);

type RawRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * A sender for `baseUrl` with the token and extra headers. openapi-fetch parses error bodies as JSON when
 * it can; the fetch given to the client keeps their text first, so that they print as received.
 */
export function createSender(
  baseUrl: string,
  token: string | undefined,
  headers: Record<string, string>,
  options: ZadigClientOptions = {},
  inner: (request: Request) => Promise<Response>,
): Send {
  const errorText = new WeakMap<Response, string>();
  const fetch = async (request: Request): Promise<Response> => {
    const response = await inner(request);
    if (response.ok || NO_BODY.has(response.status) || request.method === 'HEAD') return response;
    const text = await response.text();
    const copy = new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    errorText.set(copy, text);
    return copy;
  };
  // An empty token, not undefined: the client would otherwise read ZADIG_TOKEN from the process.
  const zadig = createZadigClient({ ...options, baseUrl, token: token ?? '', fetch });
  return async (method, target, body) => {
    const raw = await sendThrough(zadig, headers, method, target, body);
    const { response } = raw;
    const text = response.ok ? String(raw.data ?? '') : (errorText.get(response) ?? '');
    return {
      method,
      target,
      status: response.status,
      statusText: response.statusText,
      ok: response.ok,
      headers: response.headers,
      text,
      raw,
    };
  };
}

/** One raw request through the client, as `zadigctl api` sends it (and as its --dry-run builds it). */
export function sendThrough(
  zadig: ZadigClient,
  headers: Record<string, string>,
  method: string,
  target: string,
  body?: unknown,
): ReturnType<RawRequest> {
  const request = zadig.request as unknown as RawRequest;
  return request(method, target, {
    parseAs: 'text',
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

/**
 * The Request `zadigctl api` would send to `baseUrl`, built by the client and not sent: what --dry-run
 * prints.
 */
export function preparedApiRequest(
  baseUrl: string,
  token: string | undefined,
  headers: Record<string, string>,
  options: ZadigClientOptions,
  planned: { method: string; target: string; body?: unknown },
): Promise<Request> {
  const zadig = createZadigClient({ ...options, baseUrl, token: token ?? '' });
  return captureRequest(zadig, (dry) =>
    sendThrough(dry, headers, planned.method, planned.target, planned.body),
  );
}
