// How a response is printed: `-i` head, body by -o format, --json fields, --jq.
import { STATUS_CODES } from 'node:http';
import { pickFields, render } from '../../output/render.js';
import type { TableView } from '../../output/table.js';
import type { BodyFormat } from './args.js';
import { runFilter } from './jq.js';
import type { ApiResponse } from './send.js';

/** A body as printed: parsed JSON, or text that is not JSON. */
export type Body = { json: true; value: unknown; text: string } | { json: false; text: string };

const JSON_TYPE = /[/+]json\s*(;|$)/i;

/** Parses JSON bodies (by content type, or by look when there is none); anything else stays text. */
export function parseBody(response: Pick<ApiResponse, 'headers' | 'text'>): Body {
  const type = response.headers.get('content-type');
  const text = response.text;
  const looksJson = type ? JSON_TYPE.test(type) : /^\s*[[{]/.test(text);
  if (looksJson && text.trim()) {
    try {
      return { json: true, value: JSON.parse(text), text };
    } catch {
      // A body that claims JSON but is not prints as the text it is.
    }
  }
  return { json: false, text };
}

function canonical(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => `${dash}${c.toUpperCase()}`);
}

/** The status line and headers, as `-i` prints them (credentials redacted should a server echo them). */
export function formatHead(response: Pick<ApiResponse, 'status' | 'statusText' | 'headers'>): string {
  const reason = response.statusText || STATUS_CODES[response.status] || '';
  const lines = [`HTTP/1.1 ${response.status}${reason ? ` ${reason}` : ''}`];
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    const shown = /^(proxy-)?authorization$/.test(name) ? '***' : value;
    lines.push(`${canonical(name)}: ${shown}`);
  }
  for (const cookie of response.headers.getSetCookie()) lines.push(`Set-Cookie: ${cookie}`);
  return `${lines.join('\n')}\n\n`;
}

/** How to print a body. */
export interface PrintOptions {
  format: BodyFormat;
  /** Where the body goes: a terminal (pretty, aligned) or a pipe. */
  view: TableView;
  /** `--json a,b`. */
  fields?: string[];
  jq?: string;
  /** The page's list field, for tables and --json. */
  listField?: string;
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** The text to print for a body. With -o raw, JSON bodies print exactly as received. */
export async function formatBody(body: Body, options: PrintOptions): Promise<string> {
  if (!body.json) return options.format === 'raw' ? body.text : withNewline(body.text);
  if (options.jq !== undefined) {
    const pretty = options.format === 'json' || (options.format === 'auto' && options.view.tty);
    return runFilter(body.value, options.jq, pretty);
  }
  const value = options.fields ? pickFields(body.value, options.fields, options.listField) : body.value;
  switch (options.format) {
    case 'raw':
      return options.fields ? `${JSON.stringify(value)}\n` : body.text;
    case 'auto':
    case 'json':
      return `${JSON.stringify(value, null, 2)}\n`;
    default:
      return render(value, {
        format: options.format,
        view: options.view,
        ...(options.listField ? { listField: options.listField } : {}),
      });
  }
}
