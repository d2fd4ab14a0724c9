// What a command checks about its profile and config file before its own arguments: a profile that does
// not exist (with the closest name) and a config file that cannot be read (file:line:column) are the cause
// of whatever would go wrong next, so they are reported first.
import { configPath, envValue, type LoadedConfig, loadConfig } from '@zadig-ts/node';
import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { closest } from '../model/suggest.js';
import { resolveTarget, type TargetFlags } from './resolve.js';

/** The error for a profile the config file does not have: the closest name, and the known ones. */
export function unknownProfileError(name: string, source: string, config: LoadedConfig): UsageError {
  const known = Object.keys(config.data.profiles);
  const guess = closest(name, known);
  return new UsageError(
    `no profile ${JSON.stringify(name)} (from ${source}) in ${config.path}`,
    known.length
      ? `${guess ? `Did you mean ${JSON.stringify(guess)}? ` : ''}Known profiles: ${known.join(', ')}. Create it with \`zadigctl auth login --profile ${name}\`.`
      : `There are no profiles yet. Create one with \`zadigctl auth login --profile ${name}\`.`,
  );
}

/**
 * Checks the profile named by `--profile` or ZADIG_PROFILE, and reads the config file when the target needs
 * it (a malformed one is an error at its line and column). Nothing is connected to.
 */
export async function preflight(flags: TargetFlags, io: IO): Promise<void> {
  if (flags.mock) return;
  const fromFlag = flags.profile?.trim();
  const name = fromFlag || envValue(io.env, 'ZADIG_PROFILE');
  if (name) {
    const config = await loadConfig(configPath(io.env));
    if (!config.data.profiles[name])
      throw unknownProfileError(name, fromFlag ? '--profile' : 'ZADIG_PROFILE', config);
  }
  await resolveTarget(flags, io.env);
}
