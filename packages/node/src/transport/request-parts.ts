// What a fetch call asks for, read from fetch's arguments (a URL or a Request, and init) without touching the
// Request class: reading a URL string or an object's fields loads nothing.
import { Readable } from 'node:stream';

/** The parts of a request the transport sends. */
export interface RequestParts {
  url: URL;
  method: string;
  headers: Array<[string, string]>;
  body: Buffer | Readable | undefined;
  signal: AbortSignal | undefined;
}

/** What a Request (or anything shaped like one) offers the transport. */
interface RequestLike {
  url: string;
  method?: string;
  headers?: HeadersInit;
  signal?: AbortSignal | null;
  body?: unknown;
  arrayBuffer?: () => Promise<ArrayBuffer>;
  /** A NodeRequest's body as given: sent without passing through a web stream. */
  bodySource?: unknown;
}

function headerPairs(headers: unknown): Array<[string, string]> {
  if (!headers) return [];
  const pairs: Array<[string, string]> = [];
  const withForEach = headers as { forEach?: (fn: (value: string, key: string) => void) => void };
  if (typeof withForEach.forEach === 'function' && !Array.isArray(headers)) {
    withForEach.forEach((value, key) => {
      pairs.push([key, value]);
    });
  } else if (Array.isArray(headers)) {
    for (const [key, value] of headers as Array<[string, string]>) pairs.push([key, String(value)]);
  } else {
    for (const [key, value] of Object.entries(headers as Record<string, string>)) {
      if (value !== undefined) pairs.push([key, String(value)]);
    }
  }
  return pairs;
}

function bodyOf(body: unknown): Buffer | Readable | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString());
  if (typeof (body as ReadableStream).getReader === 'function') {
    return Readable.fromWeb(body as import('node:stream/web').ReadableStream);
  }
  throw new TypeError(`the transport cannot send a body of type ${Object.prototype.toString.call(body)}`);
}

/** The parts of `fetch(input, init)`: init wins over the Request's own fields, as fetch has it. */
export async function requestParts(
  input: string | URL | RequestLike,
  init?: RequestInit,
): Promise<RequestParts> {
  const request = typeof input === 'string' || input instanceof URL ? undefined : input;
  const url = new URL(request ? request.url : String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`the transport speaks http: and https:, not ${url.protocol} (${url.href})`);
  }
  let body: Buffer | Readable | undefined;
  if (init?.body !== undefined) body = bodyOf(init.body);
  else if (request && 'bodySource' in request) body = bodyOf(request.bodySource);
  else if (request && request.body !== null && request.body !== undefined) {
    body = request.arrayBuffer ? Buffer.from(await request.arrayBuffer()) : bodyOf(request.body);
  }
  return {
    url,
    method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
    headers: headerPairs(init?.headers ?? request?.headers),
    body,
    signal: init?.signal ?? request?.signal ?? undefined,
  };
}
