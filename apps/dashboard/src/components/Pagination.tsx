/** Page sizes offered. */
export const PAGE_SIZES = [5, 10, 20, 50] as const;

interface Props {
  page: number;
  pageSize: number;
  total: number;
  /** What is counted, singular and plural, e.g. `['version', 'versions']`. */
  noun: readonly [string, string];
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}

/** Previous/next buttons, the position, and a page size selector (changing it goes back to page 1). */
export function Pagination({ page, pageSize, total, noun, onPage, onPageSize }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={`${noun[1]} pages`}>
      <label>
        Per page{' '}
        <select
          aria-label="Page size"
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        ‹ Prev
      </button>
      <span className="pager-position">
        Page {page} of {pages} · {total} {total === 1 ? noun[0] : noun[1]}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next ›
      </button>
    </nav>
  );
}
