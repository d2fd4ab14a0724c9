// The release a contract run checks: `--zadig-version`, ZADIG_VERSION or the profile's release, else the one
// the server reports. Operations that release does not route are reported as skipped ("not in v4.3.0"), not
// sent: a 404 from a route the server never had is no contract failure.
import { normalizeZadigVersion, routedIn, TRACKED_RELEASES, type TrackedRelease } from '@zadig-ts/client';
import type { Connection } from '../config/context.js';
import { trackedRelease } from '../config/profile-settings.js';
import { probeCliContext, reportedRelease } from '../config/verify.js';
import type { IO } from '../io.js';
import type { Planned } from './select.js';

/** The releases the server may run, how to name them in a skip reason, and where that came from. */
export interface RunRelease {
  releases: TrackedRelease[];
  /** `v4.3.0`, `releases before v5.0.0`, … */
  label: string;
  source: string;
}

const FIRST_WITH_CONTEXT = 'v5.0.0';

/** The release named by flag, environment or profile, checked; undefined when none is. */
export async function namedRelease(
  io: IO,
  flags: Parameters<typeof trackedRelease>[1],
): Promise<RunRelease | undefined> {
  const named = await trackedRelease(io, flags);
  return named && { releases: [named.tracked], label: named.tracked, source: named.setting.source };
}

/**
 * The release the server reports (getCliContext, v5.0.0 on). A server without that route is older than
 * v5.0.0; one that answers without a version (a token that is not an administrator's) is v5.0.0 or later.
 * Undefined when the server cannot be asked: the run then checks every operation and says why it failed.
 */
export async function detectedRelease(io: IO, connection: Connection): Promise<RunRelease | undefined> {
  const probe = await probeCliContext(io, connection.baseUrl, connection.token, connection.fetch);
  const at = (TRACKED_RELEASES as readonly string[]).indexOf(FIRST_WITH_CONTEXT);
  if (probe.legacy) {
    return {
      releases: TRACKED_RELEASES.slice(0, at) as TrackedRelease[],
      label: `releases before ${FIRST_WITH_CONTEXT}`,
      source: 'the server, which has no /openapi/system/cli/context; --zadig-version names the exact release',
    };
  }
  if (!probe.context) return undefined;
  const reported = reportedRelease(probe);
  if (reported) {
    try {
      const release = normalizeZadigVersion(reported);
      return { releases: [release], label: release, source: 'the server' };
    } catch {
      // A version the server reports but no release can be read from: every operation is checked.
      return undefined;
    }
  }
  return {
    releases: TRACKED_RELEASES.slice(at) as TrackedRelease[],
    label: `${FIRST_WITH_CONTEXT} or later`,
    source: 'the server, which does not report its version to this token',
  };
}

/** The plan with the operations `release` does not route marked as skipped. */
export function skipMissing(plan: Planned[], release: RunRelease | undefined): Planned[] {
  if (!release) return plan;
  return plan.map((planned) => {
    if (planned.skip) return planned;
    const routed = routedIn(planned.op.operationId);
    if (routed.some((r) => release.releases.includes(r))) return planned;
    return { ...planned, skip: `not in ${release.label}` };
  });
}
