// Tells a person at a terminal, once per run, that secrets were hidden and how to see them.
import type { IO } from '../io.js';

const counts = new WeakMap<IO, number>();

/** Records that `count` secret values were replaced in an answer read for this run. */
export function noteRedacted(io: IO, count: number): void {
  counts.set(io, (counts.get(io) ?? 0) + count);
}

/** The number of secret values replaced so far in this run. */
export function redactedCount(io: IO): number {
  return counts.get(io) ?? 0;
}

/** One line on stderr, at a terminal only, when anything was hidden; then forgets, so it is said once. */
export function sayRedacted(io: IO): void {
  const count = counts.get(io) ?? 0;
  counts.delete(io);
  if (!count || !io.stderr.isTTY) return;
  io.stderr.write(
    `${count === 1 ? '1 secret value was' : `${count} secret values were`} replaced with [redacted]; pass --show-secrets to see ${count === 1 ? 'it' : 'them'}.\n`,
  );
}
