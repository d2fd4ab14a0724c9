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

function fit(widths: number[], max: number): number[] {
  const out = [...widths];
  const total = () => out.reduce((a, b) => a + b, 0) + 2 * (out.length - 1);
  while (total() > max) {
    const widest = out.indexOf(Math.max(...out));
    if ((out[widest] ?? 0) <= 8) break;
    out[widest] = (out[widest] ?? 0) - 1;
  }
  return out;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}

export function renderTable(rows: Row[], columns: string[], tty: boolean, termWidth = 120): string {
  const cells = rows.map((row) => columns.map((c) => cell(c, row[c], tty)));
  if (!tty) return cells.map((r) => r.join('\t')).join('\n') + (cells.length ? '\n' : '');
  const header = columns.map((c) => c.toUpperCase());
  const natural = columns.map((_, i) =>
    Math.max(header[i]?.length ?? 0, ...cells.map((r) => r[i]?.length ?? 0)),
  );
  const widths = fit(natural, termWidth);
  const line = (r: string[]) =>
    r
      .map((text, i) => truncate(text, widths[i] ?? 0).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}

/** An object as two columns, field and value. */
export function renderRecord(record: Row, tty: boolean, termWidth = 120): string {
  const rows = Object.entries(record).map(([field, value]) => ({ field, value: cell(field, value, tty) }));
  return renderTable(rows, ['field', 'value'], tty, termWidth);
}
