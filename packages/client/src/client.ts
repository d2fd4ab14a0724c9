import type { paths } from '@zadig-ts/openapi';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { normalizeBaseUrl, readEnv } from './config.js';
import { ZadigAbortError, ZadigConnectionError } from './errors.js';
import { tagRequest } from './request-meta.js';
import { VERSION } from './version.js';

/** Options of {@link createZadigClient}. */
export interface ZadigClientOptions {
  /** Address of the Zadig installation, e.g. `https://zadig.example.com`. Default: `ZADIG_URL`. */
  baseUrl?: string;
  /** API token (Zadig: Account Settings › API Token). Default: `ZADIG_TOKEN`. */
  token?: string;
  /** A `fetch` to use instead of the global one (for proxies, tests, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers added to every request. */
  headers?: Record<string, string>;
}

/** The typed Zadig client: openapi-fetch's `GET`/`POST`/`PUT`/`PATCH`/`DELETE`/`request` over the Zadig spec. */
export type ZadigClient = Client<paths> & {
  /** The normalized base URL requests go to. */
  readonly baseUrl: string;
};

const USER_AGENT = `zadig-ts-client/${VERSION}`;

function authMiddleware(token: string | undefined): Middleware {
  return {
    onRequest({ request }) {
      if (token && !request.headers.has('authorization'))
        request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
}

function guardedFetch(inner: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      return tagRequest(await inner(request), request);
    } catch (cause) {
      if (request.signal.aborted) throw new ZadigAbortError(request.method, request.url, { cause });
      throw new ZadigConnectionError(request.method, request.url, { cause });
    }
  };
}

/**
 * Creates a typed client for the Zadig OpenAPI.
 *
 * @example
 * const zadig = createZadigClient({ baseUrl: 'https://zadig.example.com', token: process.env.ZADIG_TOKEN });
 * const { data, error } = await zadig.GET('/openapi/delivery/releases', {
 *   params: { query: { projectKey: 'demo', pageNum: 1, pageSize: 20 } },
 * });
 */
export function createZadigClient(options: ZadigClientOptions = {}): ZadigClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? readEnv('ZADIG_URL'));
  const token = options.token ?? readEnv('ZADIG_TOKEN');
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  const client = createClient<paths>({
    baseUrl,
    fetch: guardedFetch(options.fetch ?? ((request) => globalThis.fetch(request))),
    headers: { ...(inBrowser ? {} : { 'user-agent': USER_AGENT }), ...options.headers },
  });
  client.use(authMiddleware(token));
  return Object.assign(client, { baseUrl });
}
