import { defaultColumns, renderRecord, renderTable, type TableView } from './table.js';

export type OutputFormat = 'table' | 'json' | 'yaml' | 'raw';
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'json', 'yaml', 'raw'];

export interface RenderOptions {
  format: OutputFormat;
  /** How tables are shown (terminal or pipe, colours, width). */
  view: TableView;
  /** Name of the field holding a page's items, for list operations. */
  listField?: string;
}

export { pickFields } from './fields.js';

export async function render(data: unknown, options: RenderOptions): Promise<string> {
  if (options.format === 'raw') return typeof data === 'string' ? data : `${JSON.stringify(data)}\n`;
  if (options.format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (options.format === 'yaml') {
    const { stringify } = await import('./yaml.js');
    return stringify(data, { lineWidth: 0 });
  }
  const record = data as Record<string, unknown> | unknown[] | null;
  if (Array.isArray(record)) {
    const rows = record as Record<string, unknown>[];
    return renderTable(rows, defaultColumns(rows), options.view);
  }
  if (record && typeof record === 'object') {
    const list = options.listField ? record[options.listField] : undefined;
    if (Array.isArray(list)) {
      const rows = list as Record<string, unknown>[];
      return renderTable(rows, defaultColumns(rows), options.view);
    }
    return renderRecord(record, options.view);
  }
  return `${String(data ?? '')}\n`;
}
