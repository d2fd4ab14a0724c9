// `--paginate`: GET every page by incrementing pageNum, merging the pages' items into one array.
import { CliError, ExitCode, UsageError } from '../../exit-codes.js';
import { type Body, parseBody } from './output.js';
import type { ApiResponse, Send } from './send.js';

/** The name of a page's list: `list` when it is an array, else the first array property. */
export function listFieldOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const page = value as Record<string, unknown>;
  if (Array.isArray(page.list)) return 'list';
  return Object.keys(page).find((key) => Array.isArray(page[key]));
}

function pageParameter(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--paginate: ${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Where pagination starts: the given `pageNum` (default 1) and `pageSize` (default 100). */
export function pageStart(query: URLSearchParams): { pageNum: number; pageSize: number } {
  return { pageNum: pageParameter(query, 'pageNum', 1), pageSize: pageParameter(query, 'pageSize', 100) };
}

/** The query of one page. */
export function pageQuery(query: URLSearchParams, pageNum: number, pageSize: number): URLSearchParams {
  const params = new URLSearchParams(query);
  params.set('pageNum', String(pageNum));
  params.set('pageSize', String(pageSize));
  return params;
}

/** What a paginated request ends with: every page's response, and the merged items when all succeeded. */
export interface Pages {
  responses: ApiResponse[];
  /** The merged items; undefined when the last response failed (it is then the last of `responses`). */
  merged?: Body;
}

/**
 * Fetches pages from the given `pageNum` (default 1) with `pageSize` (default 100) until the items reach
 * `total`, or a page is empty or shorter than `pageSize`. A page is the body itself when it is an array.
 * Stops at the first failed response. `onPage` sees each response as it arrives (for `-i`).
 */
export async function fetchPages(
  send: Send,
  pathname: string,
  query: URLSearchParams,
  onPage: (response: ApiResponse) => void,
): Promise<Pages> {
  const { pageNum: first, pageSize } = pageStart(query);
  const responses: ApiResponse[] = [];
  const items: unknown[] = [];
  let listField: string | undefined;
  let previous: string | undefined;
  for (let pageNum = first; ; pageNum++) {
    const response = await send('GET', `${pathname}?${pageQuery(query, pageNum, pageSize)}`);
    responses.push(response);
    onPage(response);
    if (!response.ok) return { responses };
    const body = parseBody(response);
    const value = body.json ? body.value : undefined;
    listField ??= listFieldOf(value);
    const page = Array.isArray(value)
      ? value
      : listField
        ? (value as Record<string, unknown>)[listField]
        : undefined;
    if (!Array.isArray(page)) {
      throw new CliError(
        `--paginate: page ${pageNum} of GET ${pathname} has no list (expected a JSON array, or an object with an array property)`,
        ExitCode.Failure,
      );
    }
    // A server that ignores pageNum would send the same full page forever.
    if (page.length > 0 && response.text === previous) {
      throw new CliError(
        `--paginate: page ${pageNum} of GET ${pathname} is the same as page ${pageNum - 1}; does the server take pageNum?`,
        ExitCode.Failure,
      );
    }
    previous = response.text;
    items.push(...page);
    const total = !Array.isArray(value) ? (value as Record<string, unknown>).total : undefined;
    const seen = (first - 1) * pageSize + items.length;
    if (page.length === 0 || page.length < pageSize || (typeof total === 'number' && seen >= total)) break;
  }
  return {
    responses,
    merged: { json: true, value: items, text: `${JSON.stringify(items)}\n` },
  };
}
