import type { OperationId } from './call.js';
import { ZadigConfigError } from './errors.js';
import { MOVED_ROUTES } from './moved.js';
import { routedIn, type TrackedRelease } from './releases.js';

/**
 * Inputs an operation accepts beyond its own parameters, used only when the client's `zadigVersion` routes
 * it the older way: pod restarts on v4.3.0–v5.0.0 need the pod's `serviceName`, `createServiceFromRepo` on
 * v5.0.0 needs the code host's `codehostId`.
 */
export interface RerouteInputs {
  restartEnvironmentPod: { serviceName?: string | undefined };
  restartProductionEnvironmentPod: { serviceName?: string | undefined };
  createServiceFromRepo: { codehostId?: number | undefined };
}

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
  return { operationId: moved.to as OperationId, input };
}
