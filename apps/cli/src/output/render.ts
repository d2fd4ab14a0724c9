import { defaultColumns, renderRecord, renderTable } from './table.js';

export type OutputFormat = 'table' | 'json' | 'yaml';
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'json', 'yaml'];

export interface RenderOptions {
  format: OutputFormat;
  tty: boolean;
  columns?: number;
  /** Name of the field holding a page's items, for list operations. */
  listField?: string;
}

export async function render(data: unknown, options: RenderOptions): Promise<string> {
  if (options.format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (options.format === 'yaml') {
    const { stringify } = await import('./yaml.js');
    return stringify(data, { lineWidth: 0 });
  }
  const record = data as Record<string, unknown> | unknown[] | null;
  if (Array.isArray(record)) {
    const rows = record as Record<string, unknown>[];
    return renderTable(rows, defaultColumns(rows), options.tty, options.columns);
  }
  if (record && typeof record === 'object') {
    const list = options.listField ? record[options.listField] : undefined;
    if (Array.isArray(list)) {
      const rows = list as Record<string, unknown>[];
      return renderTable(rows, defaultColumns(rows), options.tty, options.columns);
    }
    return renderRecord(record, options.tty, options.columns);
  }
  return `${String(data ?? '')}\n`;
}
