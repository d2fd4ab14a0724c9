import { ZadigRedirectError } from './errors.js';

/** Redirects a GET follows in a row before giving up. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const FOLLOWED_METHODS = new Set(['GET', 'HEAD']);

/** A response and the request that got it (the last one, after redirects). */
export interface Answered {
  response: Response;
  request: Request;
}

/**
 * Sends with `redirect: 'manual'` and decides about redirects itself, so that one request never turns into
 * another: a redirect of anything but GET/HEAD is an error (a server that moves a DELETE may move it onto
 * another resource, as gin's trailing-slash 307 does); a GET follows at most {@link MAX_REDIRECTS} within
 * the same origin, with the same headers; another origin is an error, since the token would go with it.
 * A browser hides manual redirects (an `opaqueredirect` response): that is an error too.
 */
export function followingRedirects(
  send: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Answered> {
  return async (request) => {
    let current =
      request.redirect === 'manual'
        ? request
        : new Request(request, { redirect: 'manual', ...({ duplex: 'half' } as object) });
    for (let hops = 0; ; hops++) {
      const response = await send(current);
      const { method, url } = current;
      if (response.type === 'opaqueredirect') {
        throw new ZadigRedirectError(method, url, 0, undefined, 'redirects are not followed');
      }
      const location = response.headers.get('location');
      // A 3xx without a Location is an answer (an error the caller gets), not a redirect.
      if (!REDIRECT_STATUS.has(response.status) || location === null) return { response, request: current };
      const refuse = (reason: string): never => {
        void response.body?.cancel().catch(() => {});
        throw new ZadigRedirectError(method, url, response.status, location, reason);
      };
      if (!FOLLOWED_METHODS.has(method)) {
        refuse(`a ${method} is not sent again elsewhere: the redirect could make it another request`);
      }
      let target: URL | undefined;
      try {
        target = new URL(location, url);
      } catch {
        refuse('the Location is not a URL');
      }
      if ((target as URL).origin !== new URL(url).origin) {
        refuse(
          `redirects to another origin are not followed (the token would go to ${(target as URL).origin})`,
        );
      }
      if (hops >= MAX_REDIRECTS) refuse(`more than ${MAX_REDIRECTS} redirects in a row`);
      await response.body?.cancel().catch(() => {});
      current = new Request(target as URL, {
        method,
        headers: current.headers,
        signal: current.signal,
        redirect: 'manual',
      });
    }
  };
}
