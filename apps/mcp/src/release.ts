// Which operations a Zadig release has, from the spec's release marks: `since` is the first tracked
// release that routes an operation (`unreleased` when only main does), `until` the last one that still
// does (absent while main routes it).
import type { Catalog, Operation } from './catalog.js';

const UNRELEASED = 'unreleased';

function parts(version: string): number[] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Whether the value names a release this server can reason about: `5.0.0`, `v4.2`, `main`. */
export function isKnownVersionForm(version: string): boolean {
  return version.trim() === 'main' || parts(version) !== undefined;
}

/** Why `version` lacks `op`, or undefined when it has it (or when nothing is known). */
export function releaseLacks(
  _catalog: Catalog,
  op: Operation,
  version: string | undefined,
): string | undefined {
  if (!version || !op.since) return undefined;
  const v = version.trim();
  const range = op.until
    ? `${op.since} to ${op.until}`
    : op.since === UNRELEASED
      ? 'main only'
      : `${op.since} and later`;
  const lacks = `${op.operationId} is not in Zadig ${v} (it is in ${range})`;
  if (v === 'main') return op.until ? lacks : undefined;
  const have = parts(v);
  if (!have) return undefined;
  if (op.since === UNRELEASED) return lacks;
  const since = parts(op.since);
  if (since && compare(have, since) < 0) return lacks;
  const until = op.until ? parts(op.until) : undefined;
  // `until` is the last release with the operation: a later patch of that release still has it.
  if (until && (have[0] !== until[0] || have[1] !== until[1]) && compare(have, until) > 0) return lacks;
  return undefined;
}
