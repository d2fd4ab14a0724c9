// zadigctl's target: `--mock`, or what @zadig-ts/node resolves from flags, environment and config file.

import type { Env } from '@zadig-ts/node';
import {
  type LoadedConfig,
  type Target as NodeTarget,
  resolveTarget as resolveFromConfig,
} from '@zadig-ts/node';

/** The flags that choose the target; every command's global flags satisfy it. */
export interface TargetFlags {
  mock: boolean;
  server?: string | undefined;
  profile?: string | undefined;
  zadigVersion?: string | undefined;
  caFile?: string | undefined;
}

/** The resolved target of a command: the built-in mock, or a server. */
export type Target = NodeTarget & { mock: boolean };

/** The target for `flags`: `--mock` reads nothing; otherwise see @zadig-ts/node's resolveTarget. */
export async function resolveTarget(
  flags: TargetFlags,
  env: Env,
  given?: { config?: LoadedConfig },
): Promise<Target> {
  if (flags.mock) return { mock: true, baseUrlSource: '--mock', tokenSource: '--mock', tls: {} };
  return { mock: false, ...(await resolveFromConfig(flags, env, given)) };
}
