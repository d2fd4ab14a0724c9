import type { OperationId } from './call.js';
import { ZadigConfigError } from './errors.js';
import { MOVED_ROUTES, type RerouteInputs } from './generated/operations.js';
import { routedIn, type TrackedRelease } from './releases.js';

/** The extra inputs of operation K (nothing for operations that never moved). */
export type RerouteInput<K> = K extends keyof RerouteInputs ? RerouteInputs[K] : unknown;

/** The operation (and its input) that `release` routes in place of `operationId`, if its route moved. */
export function rerouteFor(
  operationId: OperationId,
  release: TrackedRelease,
  input: Record<string, unknown>,
): { operationId: OperationId; input: Record<string, unknown> } | undefined {
  const moved = MOVED_ROUTES[operationId];
  if (!moved || !routedIn(moved.to).includes(release)) return undefined;
  const missing = moved.needs.filter((name) => input[name] === undefined || input[name] === '');
  if (missing.length) {
    throw new ZadigConfigError(
      `${operationId} on Zadig ${release} is sent as ${moved.to} (the route that release has), which needs ${missing.join(', ')}`,
    );
  }
  return { operationId: moved.to, input };
}
