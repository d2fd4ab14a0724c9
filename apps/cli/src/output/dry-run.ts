import type { GlobalFlags } from '../globals.js';

/**
 * A URL built against a stand-in base (the real address is unknown, or the mock's port is not chosen yet),
 * shown with `display` in its place: the rest is byte for byte what is sent.
 */
export function shownUrl(url: string, base: string, display: string): string {
  return url.startsWith(base) ? `${display.replace(/\/+$/, '')}${url.slice(base.length)}` : url;
}

/** A request as `--dry-run` shows it. */
export interface PlannedRequest {
  method: string;
  url: string;
  /** Extra headers from -H. */
  headers: Record<string, string>;
  body?: unknown;
  /** Whether a token would be sent. */
  hasToken: boolean;
  paginate: boolean;
}

/**
 * The request, printed instead of sent: method and URL, headers with the token redacted, body. JSON with
 * `-o json`, else as text. With --paginate, the first page's request.
 */
export function formatDryRun(request: PlannedRequest, flags: GlobalFlags): string {
  const headers: Record<string, string> = {
    authorization: request.hasToken
      ? 'Bearer ***'
      : '(no token: set ZADIG_TOKEN or run `zadigctl auth login`)',
    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])),
  };
  if (flags.output === 'json') {
    const shown = {
      method: request.method,
      url: request.url,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.paginate ? { paginate: true } : {}),
    };
    return `${JSON.stringify(shown, null, 2)}\n`;
  }
  const lines = [
    `${request.method} ${request.url}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  if (request.body !== undefined) lines.push('', JSON.stringify(request.body, null, 2));
  if (request.paginate) lines.push('', '(--paginate: then the next pages, pageNum incremented)');
  return `${lines.join('\n')}\n`;
}
