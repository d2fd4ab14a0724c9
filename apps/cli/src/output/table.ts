// Tables: aligned columns fitted to the terminal on a TTY; tab-separated values with no header when piped.

import { displayWidth, padToWidth, truncateToWidth } from './display-width.js';
import { summarise } from './summary.js';

type Row = Record<string, unknown>;

const TIME_FIELD = /(^|_)(time|at)$/;

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function cell(key: string, value: unknown, tty: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return summarise(key, value).replace(/[\t\n\r]+/g, ' ');
  if (tty && typeof value === 'number' && TIME_FIELD.test(key)) {
    return value > 0 ? new Date(value * 1000).toISOString().slice(0, 16).replace('T', ' ') : '';
  }
  return String(value).replace(/[\t\n\r]+/g, ' ');
}

/** Columns shown for a list: fields that are scalars or lists of scalars in the first rows. */
export function defaultColumns(rows: Row[]): string[] {
  const columns: string[] = [];
  for (const row of rows.slice(0, 20)) {
    for (const [key, value] of Object.entries(row)) {
      const shown = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
      if (shown && !columns.includes(key)) columns.push(key);
    }
  }
  return columns;
}

/**
 * What a column holds, which decides what gives way on a narrow terminal: prose first, then other values,
 * then the status; identifiers (names, keys, ids) are what a reader types next, so they are never cut.
 */
export type ColumnKind = 'prose' | 'other' | 'status' | 'identifier';

const IDENTIFIER =
  /^(field|project|env|service|workflow|namespace|version|tag|uid|email|username)$|(^|_)(name|key|id|ids|uid)$/i;
const PROSE =
  /(^|_)(description|desc|remark|comment|message|msg|note|notes|summary|content|error|reason|value|url|yaml|image|images|detail|details)$/i;

export function columnKind(column: string): ColumnKind {
  if (IDENTIFIER.test(column)) return 'identifier';
  if (column === 'status' || column.endsWith('_status')) return 'status';
  if (PROSE.test(column)) return 'prose';
  return 'other';
}

const GIVES_WAY: ColumnKind[] = ['prose', 'other', 'status'];
/** Narrowest a column shrinks to before columns are left out. */
const FLOOR: Record<ColumnKind, number> = { prose: 10, other: 8, status: 6, identifier: Infinity };

/**
 * Fits columns to `max` terminal columns: prose columns shrink first (widest first, down to 10 columns),
 * then other values, then the status; if that is not enough, columns are left out in the same order, from
 * the right. Identifier columns keep their width: a line too wide for the terminal wraps rather than cutting
 * a name. Width 0 means left out.
 */
export function fitColumns(natural: number[], kinds: ColumnKind[], max: number): number[] {
  const out = [...natural];
  const total = () => out.filter((w) => w > 0).reduce((a, b) => a + b + 2, -2);
  for (const kind of GIVES_WAY) {
    const floor = FLOOR[kind];
    while (total() > max) {
      let widest = -1;
      for (let i = 0; i < out.length; i++) {
        if (kinds[i] === kind && (out[i] ?? 0) > floor && (widest < 0 || (out[i] ?? 0) > (out[widest] ?? 0)))
          widest = i;
      }
      if (widest < 0) break;
      out[widest] = Math.max(floor, (out[widest] ?? 0) - Math.max(1, total() - max));
    }
  }
  for (const kind of GIVES_WAY) {
    for (let i = out.length - 1; i >= 0 && total() > max; i--) {
      if (kinds[i] === kind && out.filter((w) => w > 0).length > 1) out[i] = 0;
    }
  }
  return out;
}

const GOOD = new Set(['success', 'passed', 'done', 'running_ok', 'true']);
const BAD = new Set(['failed', 'timeout', 'cancelled', 'cancel', 'reject', 'denied', 'error', 'unstable']);
const BUSY = new Set([
  'running',
  'creating',
  'retrying',
  'executing',
  'planning',
  'waiting',
  'queued',
  'pending',
  'wait_for_approval',
]);

/** How a table is shown: aligned and fitted on a terminal (coloured when allowed), else tab-separated. */
export interface TableView {
  tty: boolean;
  colour: boolean;
  /** The terminal's width; 120 when unknown. */
  width?: number | undefined;
}

/** ANSI colours when `on` (a terminal without NO_COLOR), else plain text. */
export function colours(on: boolean) {
  const wrap = (code: string) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  const green = wrap('32');
  const red = wrap('31');
  const yellow = wrap('33');
  return {
    bold: wrap('1'),
    status(padded: string) {
      const word = padded.trim();
      return GOOD.has(word)
        ? green(padded)
        : BAD.has(word)
          ? red(padded)
          : BUSY.has(word)
            ? yellow(padded)
            : padded;
    },
  };
}

/**
 * A table laid out for a terminal `width` columns wide: the header and rows as padded cells of the shown
 * columns, every cell exactly its column's display width (CJK characters count two), and which of the
 * shown columns is `status`.
 */
export function layoutTable(
  rows: Row[],
  columns: string[],
  width: number,
): { header: string[]; rows: string[][]; status: number } {
  const cells = rows.map((row) => columns.map((c) => cell(c, row[c], true)));
  const header = columns.map((c) => c.toUpperCase());
  const natural = columns.map((_, i) =>
    Math.max(displayWidth(header[i] ?? ''), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const widths = fitColumns(natural, columns.map(columnKind), width);
  const shown = columns.flatMap((_, i) => (widths[i] ? [i] : []));
  const fitted = (r: string[]) =>
    shown.map((i) => padToWidth(truncateToWidth(r[i] ?? '', widths[i] ?? 0), widths[i] ?? 0));
  return {
    header: fitted(header),
    rows: cells.map(fitted),
    status: shown.indexOf(columns.indexOf('status')),
  };
}

export function renderTable(rows: Row[], columns: string[], view: TableView): string {
  if (!view.tty) {
    const cells = rows.map((row) => columns.map((c) => cell(c, row[c], false)));
    return cells.map((r) => r.join('\t')).join('\n') + (cells.length ? '\n' : '');
  }
  const table = layoutTable(rows, columns, view.width || 120);
  const paint = colours(view.colour);
  const line = (r: string[]) =>
    r
      .map((text, i) => (i === table.status ? paint.status(text) : text))
      .join('  ')
      .trimEnd();
  return `${[paint.bold(table.header.join('  ').trimEnd()), ...table.rows.map(line)].join('\n')}\n`;
}

/** An object as two columns, field and value. */
export function renderRecord(record: Row, view: TableView): string {
  const rows = Object.entries(record).map(([field, value]) => ({
    field,
    value: cell(field, value, view.tty),
  }));
  return renderTable(rows, ['field', 'value'], view);
}
