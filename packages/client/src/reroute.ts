import type { OperationId } from './call.js';
import { ZadigConfigError } from './errors.js';
import { availableIn, type TrackedRelease } from './releases.js';

/**
 * Operations whose route moved between releases. The spec has one operation per shape, each marked with the
 * releases that route it; a call to the newer one, on a release that only routes the older one, is sent as
 * the older one. `needs` are the inputs only the older shape takes (see {@link RerouteInputs}).
 */
const REROUTES = {
  restartEnvironmentPod: { to: 'restartEnvironmentServicePod', needs: ['serviceName'] },
  restartProductionEnvironmentPod: { to: 'restartProductionEnvironmentServicePod', needs: ['serviceName'] },
  createServiceFromRepo: { to: 'createServiceFromRepoByCodehostId', needs: ['codehostId'] },
} as const satisfies Partial<Record<OperationId, { to: OperationId; needs: readonly string[] }>>;

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

/** The extra inputs of operation K (an empty object type for operations that never move). */
export type RerouteInput<K> = K extends keyof RerouteInputs ? RerouteInputs[K] : unknown;

/** The operation (and its input) that `release` routes in place of `operationId`, if its route moved. */
export function rerouteFor(
  operationId: OperationId,
  release: TrackedRelease,
  input: Record<string, unknown>,
): { operationId: OperationId; input: Record<string, unknown> } | undefined {
  const reroute = (REROUTES as Partial<Record<OperationId, { to: OperationId; needs: readonly string[] }>>)[
    operationId
  ];
  if (!reroute || !availableIn(reroute.to).includes(release)) return undefined;
  const missing = reroute.needs.filter((name) => input[name] === undefined || input[name] === '');
  if (missing.length) {
    throw new ZadigConfigError(
      `${operationId} on Zadig ${release} is sent as ${reroute.to} (the route that release has), which needs ${missing.join(', ')}`,
    );
  }
  return { operationId: reroute.to, input };
}
