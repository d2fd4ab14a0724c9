// A tunnel through an HTTP proxy (CONNECT host:port), over which TLS to the server runs end to end.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { showProxy } from './proxy.js';

/** The proxy refused or could not be reached; the message names the proxy and the variable it came from. */
export class ProxyError extends Error {
  override name = 'ProxyError';
}

/** Basic credentials from the proxy URL's user info, as `Proxy-Authorization` wants them. */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username && !proxy.password) return {};
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** The proxy failed before the server was reached. */
export function proxyFailure(proxy: URL, source: string, what: string): ProxyError {
  return new ProxyError(`proxy ${showProxy(proxy)} (from ${source}) ${what}`);
}

/** Opens a CONNECT tunnel to `host:port` through `proxy`; resolves to the raw socket. */
export function openTunnel(proxy: URL, source: string, host: string, port: number): Promise<Socket> {
  const authority = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const connect = request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || 80,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      agent: false,
    });
    connect.once('connect', (response, socket, head) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(
          proxyFailure(
            proxy,
            source,
            `refused the tunnel to ${authority}: ${response.statusCode} ${response.statusMessage ?? ''}`.trim(),
          ),
        );
        return;
      }
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    connect.once('error', (error: NodeJS.ErrnoException) => {
      reject(proxyFailure(proxy, source, `cannot be reached: ${error.code ?? error.message}`));
    });
    connect.end();
  });
}
