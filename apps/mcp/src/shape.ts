// Output trimmed for a model's context: field selection, a cap on list items with the total and the way to
// the next page, and long strings cut.
import type { Operation } from './catalog.js';

/** Strings longer than this are cut (logs and YAML belong to the dedicated tools). */
export const MAX_STRING = 4000;

export interface ShapeOptions {
  /** Dot paths to keep (`version`, `services.service_name`), of each list item or of the object. */
  fields?: string[] | undefined;
  /** Most list items returned. */
  limit: number;
  /** List items to skip (within the server's page, for paginated operations). */
  offset?: number | undefined;
}

/** Where a capped list stands and how to get the next items. */
export interface PageInfo {
  /** JSON pointer of the list in `data` (`` when `data` is the list). */
  list: string;
  /** Items in the whole list, when the server says (`total`), else in this answer. */
  total: number;
  /** Items in this answer after the cap. */
  shown: number;
  /** Index of the first shown item in the server's answer. */
  offset: number;
  pageNum?: number;
  pageSize?: number;
  /** Arguments to change for the next items; absent on the last page. */
  next?: { offset: number } | { input: { pageNum: number } };
}

type Json = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the dot paths of `value`, mapping over arrays on the way. */
export function pick(value: Json, paths: readonly string[]): Json {
  if (Array.isArray(value)) return value.map((item) => pick(item, paths));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    if (!head) continue;
    const tails = groups.get(head) ?? [];
    if (rest.length) tails.push(rest.join('.'));
    else tails.push('');
    groups.set(head, tails);
  }
  for (const [key, tails] of groups) {
    if (!(key in value)) continue;
    out[key] = tails.includes('') ? value[key] : pick(value[key], tails);
  }
  return out;
}

/** Cuts long strings, counting how many were cut. */
function cutStrings(value: Json, counter: { cut: number }): Json {
  if (typeof value === 'string') {
    if (value.length <= MAX_STRING) return value;
    counter.cut++;
    return `${value.slice(0, MAX_STRING)}... [${value.length - MAX_STRING} more characters]`;
  }
  if (Array.isArray(value)) return value.map((item) => cutStrings(item, counter));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cutStrings(v, counter)]));
  }
  return value;
}

/** The main list of an answer: the paginated list field, the answer itself, or its only array field. */
function findList(op: Operation, data: Json): { key: string | undefined; items: unknown[] } | undefined {
  if (Array.isArray(data)) return { key: undefined, items: data };
  if (!isObject(data)) return undefined;
  if (op.pagination && Array.isArray(data[op.pagination.list]))
    return { key: op.pagination.list, items: data[op.pagination.list] as unknown[] };
  const arrays = Object.entries(data).filter(([, v]) => Array.isArray(v));
  if (arrays.length === 1 && !op.pagination) {
    const [key, items] = arrays[0] as [string, unknown[]];
    // Only a list of records is a list to page through; a short array of strings is a field.
    if (items.length > 0 && isObject(items[0])) return { key, items };
  }
  return undefined;
}

/** Requested fields no item has, with the fields the items do have: a model can correct its next call. */
function missingFields(items: unknown[], fields: string[] | undefined) {
  if (!fields?.length || items.length === 0) return undefined;
  const records = items.filter(isObject);
  const absent = fields.filter((path) => {
    const head = path.split('.')[0] ?? '';
    return !records.some((item) => head in item);
  });
  if (!absent.length) return undefined;
  const available = [...new Set(records.flatMap((item) => Object.keys(item)))];
  return { fields: absent, available };
}

/** Shapes an operation's answer; `input` holds the pageNum/pageSize that were sent. */
export function shapeResult(
  op: Operation,
  data: Json,
  options: ShapeOptions,
  input: Record<string, unknown> = {},
): {
  data: Json;
  page?: PageInfo;
  cutStrings?: number;
  fieldsNotFound?: { fields: string[]; available: string[] };
} {
  const counter = { cut: 0 };
  const list = findList(op, data);
  let page: PageInfo | undefined;
  let shaped: Json = data;
  if (list) {
    const offset = Math.min(options.offset ?? 0, list.items.length);
    let items = list.items.slice(offset, offset + options.limit);
    if (options.fields?.length) items = items.map((item) => pick(item, options.fields ?? []));
    const serverTotal = isObject(data) && typeof data.total === 'number' ? data.total : undefined;
    page = {
      list: list.key === undefined ? '' : `/${list.key}`,
      total: serverTotal ?? list.items.length,
      shown: items.length,
      offset,
    };
    if (op.pagination) {
      const pageNum = Number(input.pageNum ?? 1);
      const pageSize = Number(input.pageSize ?? list.items.length);
      page.pageNum = pageNum;
      page.pageSize = pageSize;
      if (offset + items.length < list.items.length) page.next = { offset: offset + items.length };
      else if (serverTotal !== undefined && pageNum * pageSize < serverTotal && list.items.length > 0)
        page.next = { input: { pageNum: pageNum + 1 } };
    } else if (offset + items.length < list.items.length) {
      page.next = { offset: offset + items.length };
    }
    if (list.key === undefined) shaped = items;
    else {
      // The other fields of a list answer (total, counts) are kept; selected fields apply to the items.
      shaped = { ...(data as Record<string, unknown>), [list.key]: items };
    }
  } else if (options.fields?.length) {
    shaped = pick(data, options.fields);
  }
  shaped = cutStrings(shaped, counter);
  const missing = missingFields(list ? list.items : [data], options.fields);
  return {
    data: shaped,
    ...(page ? { page } : {}),
    ...(counter.cut ? { cutStrings: counter.cut } : {}),
    ...(missing ? { fieldsNotFound: missing } : {}),
  };
}
