// Which operations a run checks: every GET (or those `--include` names, minus `--exclude`), deprecated ones
// only when named by operationId, and writes only when `--allow-writes` names them by operationId.
import type { Operation } from '../commands/catalog.js';
import { UsageError } from '../exit-codes.js';
import { closest } from '../globals.js';

/** An operation in the plan, with the reason it is skipped without a request, if it is. */
export interface Planned {
  op: Operation;
  write: boolean;
  skip?: string;
}

/** The flags that select operations (lists as typed, split on commas). */
export interface SelectionFlags {
  include: string[];
  exclude: string[];
  allowWrites: string[];
}

function matcher(operations: Operation[], flag: string) {
  const ids = new Map(operations.map((op) => [op.operationId.toLowerCase(), op]));
  const tags = new Set(operations.map((op) => op.tag.toLowerCase()));
  return (token: string): { id?: Operation; tag?: string } => {
    const lower = token.toLowerCase();
    const id = ids.get(lower);
    if (id) return { id };
    if (tags.has(lower)) return { tag: lower };
    const guess = closest(token, [...new Set(operations.flatMap((op) => [op.operationId, op.tag]))]);
    throw new UsageError(
      `${flag}: ${JSON.stringify(token)} is neither an operationId nor a tag of the spec`,
      guess ? `Did you mean ${guess}?` : 'Tags are as in the spec, e.g. Workflow, "Release Plan".',
    );
  };
}

function order(a: Operation, b: Operation): number {
  return a.tag.localeCompare(b.tag) || a.operationId.localeCompare(b.operationId);
}

/** The plan: reads (by tag, then operationId), then the allowed writes in the order given. */
export function select(operations: Operation[], flags: SelectionFlags): Planned[] {
  const includes = flags.include.map(matcher(operations, '--include'));
  const excludes = flags.exclude.map(matcher(operations, '--exclude'));
  const matches = (op: Operation, list: Array<{ id?: Operation; tag?: string }>) =>
    list.some((m) => m.id === op || m.tag === op.tag.toLowerCase());
  const namedById = (op: Operation) => includes.some((m) => m.id === op);

  const writeMatcher = matcher(operations, '--allow-writes');
  const writes: Operation[] = [];
  for (const token of flags.allowWrites) {
    const { id } = writeMatcher(token);
    if (!id) {
      throw new UsageError(
        `--allow-writes: ${JSON.stringify(token)} is a tag; writes are allowed one operationId at a time`,
        'List each write explicitly, e.g. --allow-writes createReleasePlan,deleteRelease.',
      );
    }
    if (id.method === 'GET') {
      throw new UsageError(
        `--allow-writes: ${id.operationId} is a GET; GETs are checked without it (see --include)`,
      );
    }
    if (!writes.includes(id)) writes.push(id);
  }
  for (const m of includes) {
    if (m.id && m.id.method !== 'GET' && !writes.includes(m.id)) {
      throw new UsageError(
        `--include: ${m.id.operationId} is a ${m.id.method}; a write is sent only when --allow-writes names it`,
        `Add --allow-writes ${m.id.operationId} (and its body under operations.${m.id.operationId}.body in --params).`,
      );
    }
  }

  const reads: Planned[] = operations
    .filter((op) => op.method === 'GET')
    .filter((op) => (includes.length === 0 || matches(op, includes)) && !matches(op, excludes))
    .sort(order)
    .map((op) =>
      op.deprecated && !namedById(op)
        ? { op, write: false, skip: 'deprecated; name it in --include to check it anyway' }
        : { op, write: false },
    );
  return [...reads, ...writes.filter((op) => !matches(op, excludes)).map((op) => ({ op, write: true }))];
}
