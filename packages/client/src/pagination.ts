import { type CallOptions, callOperation, type OperationId, type OperationOutput } from './call.js';
import type { ClientContext } from './client.js';
import { type ListFields, operationTable } from './generated/operations.js';

/** Operations that take `pageNum` and `pageSize` and answer a page with a total. */
export type PaginatedOperationId = keyof ListFields & OperationId;

type ListField<K extends PaginatedOperationId> = ListFields[K];

/** One page of a list operation, as the server sent it. */
export type Page<K extends PaginatedOperationId> = OperationOutput<K>;

/** One item of a list operation. */
export type Item<K extends PaginatedOperationId> =
  OperationOutput<K> extends infer P
    ? P extends Record<ListField<K>, infer L>
      ? L extends readonly (infer I)[]
        ? I
        : never
      : never
    : never;

/** Options of `zadig.paginate()`. */
export interface PaginateOptions extends CallOptions {
  /** Items per request. Default 100. */
  pageSize?: number | undefined;
  /** First page to fetch (1-based). Default 1. */
  startPage?: number | undefined;
  /** Stop after this many pages. Default: no limit. */
  maxPages?: number | undefined;
}

/** Iterates items with `for await`; `.pages()` iterates whole pages instead. */
export interface Paginator<K extends PaginatedOperationId> extends AsyncIterable<Item<K>> {
  pages(): AsyncIterable<Page<K>>;
}

/**
 * Walks a paginated list one page at a time, stopping at `total` or at the first empty or short page;
 * only one page is held in memory.
 */
export function paginate<K extends PaginatedOperationId>(
  context: ClientContext,
  operationId: K,
  input: object,
  options: PaginateOptions = {},
): Paginator<K> {
  const op = operationTable[operationId] as { list?: string } | undefined;
  if (!op?.list) throw new TypeError(`${String(operationId)} is not a paginated list operation`);
  const listField = op.list;
  const pageSize = options.pageSize ?? 100;

  async function* pages(): AsyncGenerator<Page<K>> {
    let seen = 0;
    for (let pageNum = options.startPage ?? 1, count = 0; ; pageNum++, count++) {
      if (options.maxPages !== undefined && count >= options.maxPages) return;
      const page = (await callOperation(
        context,
        operationId,
        { ...input, pageNum, pageSize },
        options,
      )) as Record<string, unknown>;
      const items = Array.isArray(page?.[listField]) ? (page[listField] as unknown[]) : [];
      if (items.length === 0) return;
      yield page as Page<K>;
      seen += items.length;
      const total = typeof page.total === 'number' ? page.total : undefined;
      if (
        (total !== undefined && seen + ((options.startPage ?? 1) - 1) * pageSize >= total) ||
        items.length < pageSize
      ) {
        return;
      }
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        yield* (page as Record<string, unknown>)[listField] as Item<K>[];
      }
    },
  };
}
