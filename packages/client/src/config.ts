import { ZadigConfigError } from './errors.js';

/** Reads an environment variable where there is a `process` (Node, Bun, Deno); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Checks that a base URL is absolute http(s) and drops trailing slashes, so `https://zadig.example.com/`
 * and `https://zadig.example.com` behave the same.
 */
export function normalizeBaseUrl(raw: string | undefined): string {
  if (!raw) {
    throw new ZadigConfigError(
      'No Zadig address: pass baseUrl to createZadigClient() or set ZADIG_URL (e.g. https://zadig.example.com).',
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ZadigConfigError(
      `Invalid Zadig address ${JSON.stringify(raw)}: expected an absolute http(s) URL such as https://zadig.example.com.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ZadigConfigError(
      `Invalid Zadig address ${JSON.stringify(raw)}: the scheme must be http or https, not ${url.protocol.replace(':', '')}.`,
    );
  }
  if (url.username || url.password) {
    throw new ZadigConfigError(
      'Invalid Zadig address: credentials do not belong in the URL; pass the token instead.',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
