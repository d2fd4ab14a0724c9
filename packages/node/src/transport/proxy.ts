// Which proxy a request goes through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case, lower case
// first, as curl and most tools read them), and why when none.
import type { Env } from '../env.js';

/** The proxy for one URL, or the reason there is none. */
export interface ProxyChoice {
  /** The proxy's address (`http://proxy.corp:3128`), credentials included when the variable has them. */
  proxy?: URL;
  /** The variable it came from (`HTTPS_PROXY`). */
  source?: string;
  /** For `doctor`: which proxy and from where, or why none (`NO_PROXY matches .corp`). */
  reason: string;
}

/** A proxy variable that is not a usable http:// address; the message names the variable. */
export class ProxyConfigError extends Error {
  override name = 'ProxyConfigError';
}

function variable(env: Env, name: string): { name: string; value: string } | undefined {
  for (const key of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[key]?.trim();
    if (value) return { name: key, value };
  }
  return undefined;
}

/** The address without credentials, for messages: `http://proxy.corp:3128`. */
export function showProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

function parseProxy(name: string, value: string): URL {
  // `proxy.corp:3128` without a scheme means http, as curl reads it.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxyConfigError(
      `${name}: not a proxy address: ${JSON.stringify(value.replace(/\/\/[^@/]*@/, '//***@'))}`,
    );
  }
  if (url.protocol !== 'http:') {
    throw new ProxyConfigError(
      `${name}: ${url.protocol}// proxies are not supported; give the proxy as http://host:port (HTTPS is tunnelled through it)`,
    );
  }
  return url;
}

const defaultPort = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/** The host without IPv6 brackets, lower case, without a trailing dot. */
const bareHost = (host: string) =>
  host
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** The NO_PROXY entry that matches `url`, or undefined. */
export function noProxyMatch(url: URL, noProxy: string): string | undefined {
  const host = bareHost(url.hostname);
  const port = defaultPort(url);
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return entry;
    // `host:port` applies to that port only; `[::1]:8080` and bare `::1` are IPv6.
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    const hostPort = bracketed ? undefined : /^([^:]+):(\d+)$/.exec(entry);
    const entryHost = bareHost(bracketed?.[1] ?? hostPort?.[1] ?? entry);
    const entryPort = bracketed?.[2] ?? hostPort?.[2];
    if (entryPort && entryPort !== port) continue;
    // `.corp` and `*.corp` match subdomains only; `corp.example` matches itself and its subdomains.
    const suffix = entryHost.replace(/^\*?\./, '');
    if (entryHost.startsWith('.') || entryHost.startsWith('*.')) {
      if (host.endsWith(`.${suffix}`)) return raw.trim();
    } else if (host === entryHost || host.endsWith(`.${entryHost}`)) return raw.trim();
  }
  return undefined;
}

/**
 * The proxy for `url`: HTTPS_PROXY (else HTTP_PROXY) for https, HTTP_PROXY for http; none when NO_PROXY
 * matches (`*`, a host and its subdomains, `.suffix`, `host:port`). Throws {@link ProxyConfigError} for a
 * proxy variable that is not an http:// address.
 */
export function proxyFor(url: URL, env: Env): ProxyChoice {
  const https = url.protocol === 'https:';
  const found = (https ? variable(env, 'https_proxy') : undefined) ?? variable(env, 'http_proxy');
  if (!found) {
    return { reason: `no ${https ? 'HTTPS_PROXY or HTTP_PROXY' : 'HTTP_PROXY'} set: connecting directly` };
  }
  const noProxy = variable(env, 'no_proxy');
  const match = noProxy ? noProxyMatch(url, noProxy.value) : undefined;
  if (noProxy && match) {
    return {
      reason: `${noProxy.name} entry ${JSON.stringify(match)} matches ${url.host}: connecting directly`,
    };
  }
  const proxy = parseProxy(found.name, found.value);
  return {
    proxy,
    source: found.name,
    reason: `${showProxy(proxy)} (from ${found.name})${https ? ', tunnelling with CONNECT' : ''}`,
  };
}
