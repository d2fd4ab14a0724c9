import type { OperationId } from './call.js';
import { availableIn, type TrackedRelease } from './releases.js';

/**
 * Operations whose route moved between releases: the spec has one operation per shape (marked with the
 * releases that route it), and a call to the newer one on a release that only has the older one is sent
 * as the older one. `input` maps the caller's input to the older operation's.
 */
interface Reroute {
  to: OperationId;
  input?: (input: Record<string, unknown>) => Record<string, unknown>;
}

const REROUTES: Partial<Record<OperationId, Reroute>> = {};

/** The operation (and its input) that `release` routes in place of `operationId`, if its route moved. */
export function rerouteFor(
  operationId: OperationId,
  release: TrackedRelease,
  input: Record<string, unknown>,
): { operationId: OperationId; input: Record<string, unknown> } | undefined {
  const reroute = REROUTES[operationId];
  if (!reroute || !availableIn(reroute.to).includes(release)) return undefined;
  return { operationId: reroute.to, input: reroute.input ? reroute.input(input) : input };
}
