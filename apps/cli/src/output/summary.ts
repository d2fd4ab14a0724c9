// A nested value in one table cell: what a reader looks for in it (stages and their status, how many jobs,
// an approval's state) instead of `[4 items]` or `{…}`.

type Obj = Record<string, unknown>;

/** Fields that name an item, in the order they are preferred. */
const NAME_FIELDS = ['name', 'key', 'title', 'service_name', 'job_name', 'env_name', 'id', 'type'];

const SUCCESS = new Set(['passed', 'success', 'succeeded', 'done', 'approved', 'true']);

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function nameOf(item: Obj): string | undefined {
  for (const field of NAME_FIELDS) {
    const found = text(item[field]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `count` and the right noun: `1 stage`, `4 stages`, `1 item`, `2 items`. */
export function counted(count: number, key: string): string {
  const plural = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/i.test(key) ? key.replace(/_?list$/i, 's') : '';
  // A key that is not a plural (`status`, `address`, `data`) counts items.
  const many = /[^su]s$/.test(plural) ? plural.replace(/_/g, ' ') : 'items';
  const one = many === 'items' ? 'item' : many.endsWith('ies') ? `${many.slice(0, -3)}y` : many.slice(0, -1);
  return `${count} ${count === 1 ? one : many}`;
}

/** `3 passed, 1 failed (deploy)`: how many items are in each status, naming those that did not succeed. */
function statusCounts(items: Obj[]): string {
  const counts = new Map<string, { count: number; names: string[] }>();
  for (const item of items) {
    const status = text(item.status) ?? 'no status';
    const entry = counts.get(status) ?? { count: 0, names: [] };
    entry.count++;
    const name = nameOf(item);
    if (name !== undefined) entry.names.push(name);
    counts.set(status, entry);
  }
  return [...counts.entries()]
    .map(([status, { count, names }]) => {
      const which = !SUCCESS.has(status) && names.length ? ` (${names.join(', ')})` : '';
      return `${count} ${status}${which}`;
    })
    .join(', ');
}

function summariseList(key: string, items: unknown[]): string {
  if (!items.length) return '';
  if (!items.every(isObject)) {
    return items.map((item) => (isObject(item) || Array.isArray(item) ? '…' : String(item))).join(',');
  }
  const head = counted(items.length, key);
  // By status when the items have one (a plan's jobs not yet run have an empty status: named instead).
  if (items.some((item) => text(item.status) !== undefined)) return `${head}: ${statusCounts(items)}`;
  const names = items.map(nameOf);
  if (names.every((n) => n !== undefined)) return `${head}: ${names.join(', ')}`;
  return head;
}

function summariseObject(record: Obj): string {
  const entries = Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!entries.length) return '';
  if (record.enabled === false) return 'disabled';
  const parts = [nameOf(record), text(record.status)].filter((p): p is string => p !== undefined);
  if (parts.length) return [...new Set(parts)].join(' ');
  if (record.enabled === true) return 'enabled';
  return counted(entries.length, 'fields');
}

/** A nested value (list or object) as one line; scalars as they are. */
export function summarise(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return summariseList(key, value);
  if (isObject(value)) return summariseObject(value);
  return String(value);
}
