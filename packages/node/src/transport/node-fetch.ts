// A fetch on node:http/node:https: proxies from the environment (CONNECT tunnels for https), a private CA
// from a file, gzip/deflate/br, abort through the signal, streamed bodies. It never follows redirects: a
// 3xx comes back as it is, Location included (what `redirect: 'manual'` asks of fetch).
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { pipeline, Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Env } from '../env.js';
import { createAgents } from './agents.js';
import { type ProxyChoice, proxyFor } from './proxy.js';
import { type RequestParts, requestParts } from './request-parts.js';
import { isUntrustedCertificate, resolveTrust, TRUST_FIXES, type TrustOptions } from './trust.js';
import { ProxyError, proxyAuthorization, proxyFailure } from './tunnel.js';

/** How one request reached the server, for `zadigctl doctor`. */
export interface ConnectionInfo {
  url: string;
  /** The proxy used, or why none. */
  proxy: string;
  /** Where the trusted CAs come from. */
  trust: string;
  /** The negotiated TLS version (`TLSv1.3`), for https. */
  tlsVersion?: string;
  /** From sending the request to the response's status line and headers. */
  timeToFirstByteMs: number;
}

export interface NodeFetchOptions extends TrustOptions {
  /** Where HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are read (default: process.env). */
  env?: Env;
  /** Told how each response's request connected. */
  onConnection?: (info: ConnectionInfo) => void;
}

/** The fetch the transport offers: what the client's `fetch` option takes. */
export type NodeFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 204, 205, 304]);

async function decoded(response: IncomingMessage, method: string): Promise<Readable | undefined> {
  if (method === 'HEAD' || NULL_BODY.has(response.statusCode ?? 0)) {
    response.resume();
    return undefined;
  }
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (!['gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) return response;
  // node:zlib only for a compressed answer.
  const { createBrotliDecompress, createGunzip, createInflate } = await import('node:zlib');
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : createBrotliDecompress();
  // pipeline passes an abort or a broken stream on to the decoder, so the reader sees the error.
  return pipeline(response, decoder, () => {});
}

async function toResponse(response: IncomingMessage, method: string): Promise<Response> {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 599) {
    response.destroy();
    throw new TypeError(`the server answered with status ${status}, which is not an HTTP status`);
  }
  const body = await decoded(response, method);
  // A NodeResponse (see ../web) takes the Node stream as it is; the global Response wants a web stream.
  const nodeStreams = (Response as { acceptsNodeStreams?: boolean }).acceptsNodeStreams === true;
  const init = body ? (nodeStreams ? body : Readable.toWeb(body)) : null;
  return new Response(init as BodyInit | null, {
    status,
    statusText: response.statusMessage ?? '',
    headers,
  });
}

/** The error fetch rejects with: TypeError('fetch failed'), its cause saying what failed and how to fix it. */
function failed(error: NodeJS.ErrnoException, parts: RequestParts, choice: ProxyChoice): TypeError {
  let cause: Error = error;
  if (error instanceof ProxyError) cause = error;
  else if (isUntrustedCertificate(error.code)) {
    cause = new Error(`the certificate of ${parts.url.host} is not trusted (${error.code}): ${TRUST_FIXES}`);
  } else if (error.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    cause = new Error(`the certificate of ${parts.url.host} is for another host (${error.message})`);
  } else if (choice.proxy && parts.url.protocol === 'http:' && error.code && /^E/.test(error.code)) {
    cause = proxyFailure(choice.proxy, choice.source ?? 'HTTP_PROXY', `cannot be reached: ${error.code}`);
  }
  return new TypeError('fetch failed', { cause });
}

/**
 * Creates a fetch on node:http/node:https with these settings. The CA file is read now (a bad one throws a
 * ConfigFileError naming it); the proxy is chosen per request from `env`.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const env = options.env ?? process.env;
  const trust = resolveTrust(options, env);
  const agents = createAgents(trust);

  return async (input, init) => {
    const parts = await requestParts(input as never, init);
    const { url, method, signal } = parts;
    signal?.throwIfAborted();
    const choice = proxyFor(url, env);
    const https = url.protocol === 'https:';
    const headers: Record<string, string | string[]> = {};
    for (const [key, value] of parts.headers) {
      const name = key.toLowerCase();
      const had = headers[name];
      headers[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
    }
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    // Node frames a body by itself only for methods it expects one on (POST, PUT, PATCH): a DELETE's body
    // would go out unframed, and the server would read it as the start of another request.
    if (Buffer.isBuffer(parts.body)) headers['content-length'] = String(parts.body.length);
    else if (parts.body !== undefined && headers['content-length'] === undefined) {
      headers['transfer-encoding'] = 'chunked';
    }
    const port = Number(url.port || (https ? 443 : 80));
    const started = process.hrtime.bigint();
    const open = async (): Promise<ClientRequest> => {
      let outgoing: ClientRequest;
      if (https) {
        const { request: httpsRequest } = await import('node:https');
        const agent = choice.proxy
          ? await agents.tunnel(choice.proxy, choice.source ?? 'HTTPS_PROXY')
          : await agents.https();
        outgoing = httpsRequest({
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port,
          path: `${url.pathname}${url.search}`,
          method,
          headers,
          agent,
        });
      } else if (choice.proxy) {
        // Plain http through a proxy: the absolute URL as the request target.
        outgoing = httpRequest({
          host: choice.proxy.hostname.replace(/^\[|\]$/g, ''),
          port: choice.proxy.port || 80,
          path: url.href,
          method,
          headers: { host: url.host, ...headers, ...proxyAuthorization(choice.proxy) },
          agent: agents.http,
        });
      } else {
        outgoing = httpRequest({
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port,
          path: `${url.pathname}${url.search}`,
          method,
          headers,
          agent: agents.http,
        });
      }
      return outgoing;
    };

    // A kept-alive socket the server closes just as a request goes out on it fails with ECONNRESET (or EPIPE)
    // before any answer: the server never read the request, so it is sent again, as Node's documentation
    // advises (undici does the same). Again and again while the socket that failed was a reused one: a busy
    // server may drop every idle socket at once, and each failure removes one from the pool, so the last
    // try is on a new socket. A streamed body cannot be sent twice.
    const exchange = (outgoing: ClientRequest, mayResend: boolean): Promise<Response> =>
      new Promise<Response>((resolve, reject) => {
        let answered: IncomingMessage | undefined;
        const onAbort = () => {
          const reason = signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');
          outgoing.destroy(reason);
          answered?.destroy(reason);
          reject(reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const forget = () => signal?.removeEventListener('abort', onAbort);
        outgoing.once('error', (error: NodeJS.ErrnoException) => {
          forget();
          if (signal?.aborted) reject(signal.reason);
          else if (
            mayResend &&
            !answered &&
            outgoing.reusedSocket &&
            (error.code === 'ECONNRESET' || error.code === 'EPIPE')
          ) {
            open().then((fresh) => exchange(fresh, mayResend).then(resolve, reject), reject);
          } else reject(failed(error, parts, choice));
        });
        outgoing.once('response', (response) => {
          answered = response;
          const tlsVersion = https
            ? ((response.socket as TLSSocket).getProtocol?.() ?? undefined)
            : undefined;
          options.onConnection?.({
            url: url.href,
            proxy: choice.reason,
            trust: https ? trust.describe : 'none needed (plain http)',
            ...(tlsVersion ? { tlsVersion } : {}),
            timeToFirstByteMs: Number(process.hrtime.bigint() - started) / 1e6,
          });
          response.once('close', forget);
          toResponse(response, method).then(resolve, (error: unknown) => {
            forget();
            reject(new TypeError('fetch failed', { cause: error }));
          });
        });
        const { body } = parts;
        if (body === undefined) outgoing.end();
        else if (Buffer.isBuffer(body)) outgoing.end(body);
        else pipeline(body, outgoing, () => {});
      });
    return exchange(await open(), parts.body === undefined || Buffer.isBuffer(parts.body));
  };
}

/**
 * How a request to `url` would connect with `options`, without sending it: the proxy (or why none) and
 * where the trusted CAs come from. Throws what createNodeFetch and the request would (a bad CA file or
 * proxy variable).
 */
export function planConnection(
  url: string,
  options: NodeFetchOptions = {},
): { proxy: string; trust: string } {
  const env = options.env ?? process.env;
  const target = new URL(url);
  const proxy = proxyFor(target, env).reason;
  const trust =
    target.protocol === 'https:' ? resolveTrust(options, env).describe : 'none needed (plain http)';
  return { proxy, trust };
}
