// An operation's answer made fit for a model's context: field selection, the list cut to `limit` items and
// to the character budget, long strings cut, and page info whose `next` is the exact arguments of the call
// that continues at the first item not shown.
import { cutStrings, largestFitting, MAX_STRING } from './budget.js';
import type { Operation } from './catalog.js';

export interface ShapeOptions {
  /** Dot paths to keep (`version`, `services.service_name`), of each list item or of the object. */
  fields?: string[] | undefined;
  /** Most list items returned. */
  limit: number;
  /** Items to skip: from the start of page `pageNum` for paginated operations, else of the answer's list. */
  offset?: number | undefined;
  /** Characters the whole result may take. */
  maxChars: number;
}

/** Where a list stands and how to get the next items. */
export interface PageInfo {
  /** JSON pointer of the list in `data` (`` when `data` is the list). */
  list: string;
  /** Items in the whole list, when the server says (`total`), else in this answer. */
  total: number;
  /** Items in this result. */
  shown: number;
  /** Index (from 0) of the first shown item in the whole list (paginated) or in the answer's list. */
  first: number;
  pageNum?: number;
  pageSize?: number;
  /** Why fewer than `limit` items are shown, when the budget cut them. */
  cutToFit?: string;
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
    tails.push(rest.join('.'));
    groups.set(head, tails);
  }
  for (const [key, tails] of groups) {
    if (!(key in value)) continue;
    out[key] = tails.includes('') ? value[key] : pick(value[key], tails);
  }
  return out;
}

/** The main list of an answer: the paginated list field, the answer itself, or its only array field. */
export function findList(
  op: Operation,
  data: Json,
): { key: string | undefined; items: unknown[] } | undefined {
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

/** Whether the operation pages on the server with both pageNum and pageSize (offset then spans pages). */
export function pagesOnServer(op: Operation): boolean {
  const names = new Set(op.parameters.map((p) => p.name));
  return Boolean(op.pagination) && names.has('pageNum') && names.has('pageSize');
}

/**
 * The input to send for a paginated operation: pageNum 1 and a pageSize of `limit` unless given, and an
 * `offset` beyond one page turned into a later page. Returns that input and the offset within its page.
 */
export function pageRequest(
  op: Operation,
  input: Record<string, unknown>,
  limit: number,
  offset: number,
): { input: Record<string, unknown>; within: number } {
  if (!op.pagination) return { input, within: offset };
  const names = new Set(op.parameters.map((p) => p.name));
  const filled = {
    ...(names.has('pageNum') && input.pageNum === undefined ? { pageNum: 1 } : {}),
    ...(names.has('pageSize') && input.pageSize === undefined ? { pageSize: limit } : {}),
    ...input,
  };
  if (!pagesOnServer(op)) return { input: filled, within: offset };
  const pageNum = Number(filled.pageNum);
  const pageSize = Number(filled.pageSize);
  // Left to the input check when they are not positive integers.
  if (!(Number.isInteger(pageNum) && Number.isInteger(pageSize) && pageNum >= 1 && pageSize >= 1))
    return { input: filled, within: offset };
  return {
    input: { ...filled, pageNum: pageNum + Math.floor(offset / pageSize) },
    within: offset % pageSize,
  };
}

/** The arguments of the call that continues a list: the input sent (with its page) and an offset. */
export type NextArguments = (
  input: Record<string, unknown>,
  offset: number | undefined,
) => Record<string, unknown>;

/**
 * Shapes an operation's answer into the result `head` starts (operationId, sent): `input` is what was sent
 * (its pageNum/pageSize), `within` the offset in this answer's list, `nextArguments` builds `next`.
 */
export function shapeResult(
  op: Operation,
  data: Json,
  options: ShapeOptions,
  sent: { input: Record<string, unknown>; within: number },
  head: Record<string, unknown>,
  nextArguments: NextArguments,
  /** What a jq filter made of the answer: its list is the one to page through, when it is an array. */
  filtered?: { value: unknown },
): Record<string, unknown> {
  const counter = { cut: 0 };
  const shown = filtered ? filtered.value : data;
  const list = filtered
    ? Array.isArray(filtered.value)
      ? { key: undefined, items: filtered.value as unknown[] }
      : undefined
    : findList(op, data);
  const missing = missingFields(list ? list.items : [shown], options.fields);
  const tail = missing ? { fieldsNotFound: missing } : {};
  if (!list) {
    const picked = options.fields?.length ? pick(shown, options.fields) : shown;
    const cut = cutStrings(picked, MAX_STRING, counter);
    return { ...head, data: cut, ...(counter.cut ? { cutStrings: counter.cut } : {}), ...tail };
  }
  const within = Math.min(sent.within, list.items.length);
  const remaining = list.items.slice(within, within + options.limit);
  const serverTotal = isObject(data) && typeof data.total === 'number' ? data.total : undefined;
  // The server's list (its length is the page's), whatever a filter made of it.
  const serverItems = findList(op, data)?.items ?? list.items;
  const paged = op.pagination !== undefined && pagesOnServer(op) && !filtered;
  const pageNum = Number(sent.input.pageNum ?? 1);
  const pageSize = Number(sent.input.pageSize ?? list.items.length);

  const build = (count: number) => {
    const items = remaining.slice(0, count).map((item) => {
      const picked = options.fields?.length ? pick(item, options.fields) : item;
      return cutStrings(picked, MAX_STRING, counter);
    });
    const page: PageInfo = {
      list: list.key === undefined ? '' : `/${list.key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      total: filtered ? list.items.length : (serverTotal ?? list.items.length),
      shown: items.length,
      first: (paged ? (pageNum - 1) * pageSize : 0) + within,
    };
    let next: Record<string, unknown> | undefined;
    const end = within + items.length;
    if (end < list.items.length) next = nextArguments(sent.input, end);
    else if (op.pagination && serverItems.length > 0) {
      const more =
        serverTotal !== undefined ? pageNum * pageSize < serverTotal : serverItems.length >= pageSize;
      if (more) next = nextArguments({ ...sent.input, pageNum: pageNum + 1 }, undefined);
    }
    if (op.pagination && !filtered) {
      page.pageNum = pageNum;
      page.pageSize = pageSize;
    }
    if (count < remaining.length)
      page.cutToFit = `${remaining.length - count} more item(s) did not fit in ${options.maxChars} characters: call next, or ask for fewer fields (fields, jq) or a larger maxChars`;
    const shaped =
      list.key === undefined ? items : { ...(data as Record<string, unknown>), [list.key]: items };
    return { ...head, data: shaped, page, ...(next ? { next } : {}), ...tail };
  };
  // As many items as fit the budget, and at least one, so that following `next` always moves on (the result
  // budget then cuts that one item's strings).
  const count = Math.max(
    Math.min(1, remaining.length),
    largestFitting(0, remaining.length, (n) => JSON.stringify(build(n)).length <= options.maxChars),
  );
  counter.cut = 0;
  const result = build(count);
  return counter.cut ? { ...result, cutStrings: counter.cut } : result;
}
