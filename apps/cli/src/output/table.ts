// Tables: aligned columns fitted to the terminal on a TTY; tab-separated values with no header when piped.

type Row = Record<string, unknown>;

const TIME_FIELD = /(^|_)(time|at)$/;

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function cell(key: string, value: unknown, tty: boolean): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every(isScalar) ? value.join(',') : `[${value.length} items]`;
  }
  if (typeof value === 'object') return '{…}';
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
 * Fits columns to the terminal: the widest shrink first, down to 12 characters; if that is not enough,
 * columns are left out from the right (never the first, nor `status`). Width 0 means left out.
 */
function fit(widths: number[], max: number, keep: number): number[] {
  const out = [...widths];
  const total = () => out.filter((w) => w > 0).reduce((a, b) => a + b + 2, -2);
  while (total() > max) {
    const widest = out.indexOf(Math.max(...out));
    if ((out[widest] ?? 0) <= 12) break;
    out[widest] = (out[widest] ?? 0) - 1;
  }
  for (let i = out.length - 1; i > 0 && total() > max; i--) if (i !== keep) out[i] = 0;
  return out;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
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

export function renderTable(rows: Row[], columns: string[], view: TableView): string {
  const { tty } = view;
  const cells = rows.map((row) => columns.map((c) => cell(c, row[c], tty)));
  if (!tty) return cells.map((r) => r.join('\t')).join('\n') + (cells.length ? '\n' : '');
  const header = columns.map((c) => c.toUpperCase());
  const natural = columns.map((_, i) =>
    Math.max(header[i]?.length ?? 0, ...cells.map((r) => r[i]?.length ?? 0)),
  );
  const statusColumn = columns.indexOf('status');
  const widths = fit(natural, view.width || 120, statusColumn);
  const paint = colours(view.colour);
  const line = (r: string[]) =>
    r
      .flatMap((text, i) => {
        if (!widths[i]) return [];
        const padded = truncate(text, widths[i] ?? 0).padEnd(widths[i] ?? 0);
        return [i === statusColumn ? paint.status(padded) : padded];
      })
      .join('  ')
      .trimEnd();
  const head = columns
    .flatMap((_, i) => (widths[i] ? [truncate(header[i] ?? '', widths[i] ?? 0).padEnd(widths[i] ?? 0)] : []))
    .join('  ')
    .trimEnd();
  return `${[paint.bold(head), ...cells.map(line)].join('\n')}\n`;
}

/** An object as two columns, field and value. */
export function renderRecord(record: Row, view: TableView): string {
  const rows = Object.entries(record).map(([field, value]) => ({
    field,
    value: cell(field, value, view.tty),
  }));
  return renderTable(rows, ['field', 'value'], view);
}
