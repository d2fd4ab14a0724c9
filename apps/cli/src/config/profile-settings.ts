// Settings a profile carries besides address and token: the default project and the server's release.
import { normalizeZadigVersion, type TrackedRelease } from '@zadig-ts/client';
import { configPath, type LoadedConfig, loadConfig, type Profile, resolveTarget } from '@zadig-ts/node';
import { UsageError } from '../exit-codes.js';
import { envValue, type IO } from '../io.js';

/** A setting's value and where it came from (`ZADIG_PROJECT`, `profile prod`). */
export interface Setting {
  value: string;
  source: string;
}

/** The profile in use: `--profile`, ZADIG_PROFILE, then the default profile (undefined when none). */
export async function selectedProfile(
  io: IO,
  profileFlag: string | undefined,
  config?: LoadedConfig,
): Promise<{ name: string; profile: Profile; config: LoadedConfig } | undefined> {
  const loaded = config ?? (await loadConfig(configPath(io.env)));
  const name = profileFlag ?? envValue(io.env, 'ZADIG_PROFILE') ?? loaded.data.defaultProfile;
  const profile = name ? loaded.data.profiles[name] : undefined;
  return name && profile ? { name, profile, config: loaded } : undefined;
}

/** The project used when `--project` is not given: ZADIG_PROJECT, then the profile's `project`. */
export async function defaultProject(io: IO, profileFlag: string | undefined): Promise<Setting | undefined> {
  const fromEnv = envValue(io.env, 'ZADIG_PROJECT');
  if (fromEnv) return { value: fromEnv, source: 'ZADIG_PROJECT' };
  // A config file that cannot be read leaves the project unset; the command says what is missing.
  const selected = await selectedProfile(io, profileFlag).catch(() => undefined);
  return selected?.profile.project
    ? { value: selected.profile.project, source: `profile ${selected.name}` }
    : undefined;
}

/** The server's release: `--zadig-version`, ZADIG_VERSION, then the profile's `zadigVersion`. */
export async function zadigVersionSetting(
  io: IO,
  flags: { zadigVersion?: string; profile?: string; server?: string; mock?: boolean },
): Promise<Setting | undefined> {
  if (flags.zadigVersion) return { value: flags.zadigVersion, source: '--zadig-version' };
  const fromEnv = envValue(io.env, 'ZADIG_VERSION');
  if (fromEnv) return { value: fromEnv, source: 'ZADIG_VERSION' };
  if (flags.mock) return undefined;
  // A config file that cannot be read leaves the release unknown; commands that need the file report it.
  // The profile's release is its server's only: resolveTarget drops it for another --server or ZADIG_URL.
  const target = await resolveTarget(flags, io.env).catch(() => undefined);
  return target?.zadigVersion && target.zadigVersionSource
    ? { value: target.zadigVersion, source: target.zadigVersionSource }
    : undefined;
}

/**
 * The server's release as {@link zadigVersionSetting} finds it, with the tracked release it names (`v5.0.0`,
 * `main`); a value that names none is a usage error saying where it came from.
 */
export async function trackedRelease(
  io: IO,
  flags: Parameters<typeof zadigVersionSetting>[1],
): Promise<{ setting: Setting; tracked: TrackedRelease } | undefined> {
  const setting = await zadigVersionSetting(io, flags);
  if (!setting) return undefined;
  try {
    return { setting, tracked: normalizeZadigVersion(setting.value) };
  } catch (error) {
    throw new UsageError(
      `${setting.source}: ${(error as Error).message.replace(/^zadigVersion: /, '')}`,
      'Give a release such as v4.3.0, v5.0.0 or main.',
    );
  }
}
