// Markdown building blocks for reports.

/** Text made safe for a table cell: pipes escaped, line breaks flattened, empty shown as `—`. */
export function cell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
  return flat === '' ? '—' : flat;
}

/** A Markdown table from a header and rows of cells (already escaped with {@link cell}). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
