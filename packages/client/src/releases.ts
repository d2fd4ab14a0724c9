import { ZadigConfigError } from './errors.js';
import { MOVED_ROUTES, operationTable, RELEASE_DATES, TRACKED_RELEASES } from './generated/operations.js';

export { RELEASE_DATES, TRACKED_RELEASES };

/** A release the spec tracks: `v3.4.0` … `v5.0.0`, or `main`. */
export type TrackedRelease = (typeof TRACKED_RELEASES)[number];

type Entry = { since: string; until?: string };
type Triple = [number, number, number];

const TAGGED = TRACKED_RELEASES.filter((r) => r !== 'main') as Exclude<TrackedRelease, 'main'>[];

function triple(version: string): Triple | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The tracked release whose operations a server of `version` has: `'5.0.0'`, `'v5.0.0'` and `'5.0'` are
 * `v5.0.0`; a release between two tracked ones counts as the older (`v4.2.3` → `v4.2.1`, `v3.4.1` → `v3.4.0`);
 * one older than every tracked release as the oldest; one newer than every tracked release (and `main`,
 * `master`, `latest`) as `main`, the branch newer releases are cut from.
 * @throws ZadigConfigError when `version` is not a version.
 */
export function normalizeZadigVersion(version: string): TrackedRelease {
  const text = version.trim().toLowerCase();
  if (text === 'main' || text === 'master' || text === 'latest') return 'main';
  const wanted = triple(text);
  if (!wanted) {
    throw new ZadigConfigError(
      `zadigVersion: "${version}" is not a Zadig version (use e.g. 5.0.0, v4.2.1 or main; tracked: ${TRACKED_RELEASES.join(', ')})`,
    );
  }
  const newest = TAGGED[TAGGED.length - 1] as string;
  if (compare(wanted, triple(newest) as Triple) > 0) return 'main';
  let found: TrackedRelease = TAGGED[0] as TrackedRelease;
  for (const release of TAGGED) if (compare(triple(release) as Triple, wanted) <= 0) found = release;
  return found;
}

function indexOf(release: string): number {
  return (TRACKED_RELEASES as readonly string[]).indexOf(release);
}

/** The tracked releases whose routers have this operation's route (its `x-zadig-since` / `x-zadig-until`). */
export function routedIn(operationId: string): TrackedRelease[] {
  const entry = (operationTable as Record<string, Entry>)[operationId];
  if (!entry) return [];
  if (entry.since === 'unreleased') return ['main'];
  const from = indexOf(entry.since);
  const to = entry.until === undefined ? TRACKED_RELEASES.length - 1 : indexOf(entry.until);
  return TRACKED_RELEASES.slice(from, to + 1) as TrackedRelease[];
}

/**
 * The tracked releases on which the client can call an operation: those that route it, and, for an operation
 * whose route moved (pod restarts, `createServiceFromRepo`), those that route its older shape, which the
 * client sends instead.
 */
export function availableIn(operationId: string): TrackedRelease[] {
  const moved = MOVED_ROUTES[operationId];
  const releases = new Set([...routedIn(operationId), ...(moved ? routedIn(moved.to) : [])]);
  return TRACKED_RELEASES.filter((r) => releases.has(r));
}

/** Whether the client can call the operation on a server of `version` (any form normalizeZadigVersion takes). */
export function isOperationAvailable(operationId: string, version: string): boolean {
  return availableIn(operationId).includes(normalizeZadigVersion(version));
}

/** The operationIds of the spec that the client cannot call on a server of `version`, sorted. */
export function operationsMissingIn(version: string): string[] {
  const release = normalizeZadigVersion(version);
  return Object.keys(operationTable)
    .filter((id) => !availableIn(id).includes(release))
    .sort();
}
