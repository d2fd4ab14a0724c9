// Which server and token a command uses, and where each came from. The order: `--mock`; the address from
// `--server`, `ZADIG_URL`, then the selected profile; the token from `ZADIG_TOKEN`, then the profile.
import { UsageError } from '../exit-codes.js';
import { envValue } from '../io.js';
import { type LoadedConfig, loadConfig, type Profile } from './file.js';
import { configPath } from './paths.js';

/** The flags that choose the target; every command's global flags satisfy it. */
export interface TargetFlags {
  mock: boolean;
  server?: string;
  profile?: string;
}

/** How a profile came to be selected. */
export type ProfileSource = '--profile' | 'ZADIG_PROFILE' | 'defaultProfile' | 'address';

/** The resolved target of a command. Sources read like `--server`, `ZADIG_URL`, `profile prod`. */
export interface Target {
  mock: boolean;
  baseUrl?: string;
  baseUrlSource?: string;
  token?: string;
  tokenSource?: string;
  profile?: { name: string; source: ProfileSource } & Profile;
  /** The config file, when it had to be read. */
  config?: LoadedConfig;
  /** Why a profile's token was not used, when it was not. */
  note?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Origin plus path without trailing slashes, for comparing addresses; the input itself when not a URL. */
export function sameServer(a: string, b: string): boolean {
  const normal = (raw: string) => {
    try {
      const url = new URL(raw);
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return raw.replace(/\/+$/, '');
    }
  };
  return normal(a) === normal(b);
}

/** The error for a profile name that the config file does not have, listing the ones it has. */
export function unknownProfile(name: string, from: string, config: LoadedConfig): UsageError {
  const known = Object.keys(config.data.profiles);
  return new UsageError(
    `no profile ${JSON.stringify(name)} (from ${from}) in ${config.path}`,
    known.length
      ? `Known profiles: ${known.join(', ')}. Create it with \`zadigctl auth login --profile ${name}\`.`
      : `There are no profiles yet. Create one with \`zadigctl auth login --profile ${name}\`.`,
  );
}

function selectProfile(
  config: LoadedConfig,
  named: { name: string; source: ProfileSource } | undefined,
  address: string | undefined,
): Target['profile'] {
  const { profiles, defaultProfile } = config.data;
  if (named) {
    const profile = profiles[named.name];
    if (!profile) throw unknownProfile(named.name, named.source, config);
    return { ...named, ...profile };
  }
  if (address) {
    // An address given on the command line or in ZADIG_URL picks the profile saved for that server.
    const preferred = defaultProfile && profiles[defaultProfile];
    if (preferred && sameServer(preferred.url, address))
      return { name: defaultProfile, source: 'defaultProfile', ...preferred };
    const match = Object.entries(profiles).find(([, p]) => sameServer(p.url, address));
    return match ? { name: match[0], source: 'address', ...match[1] } : undefined;
  }
  if (defaultProfile) {
    const profile = profiles[defaultProfile];
    if (!profile) throw unknownProfile(defaultProfile, `defaultProfile`, config);
    return { name: defaultProfile, source: 'defaultProfile', ...profile };
  }
  return undefined;
}

/**
 * Resolves the server and token for `flags` from flags, environment and config file. The file is read only
 * when something must come from it (or a profile is named, which must then exist), unless `config` is given.
 * A profile's token is only sent to that profile's own server: with `--server`/`ZADIG_URL` pointing
 * elsewhere, it is withheld (and `note` says why), so a token never leaks to another host.
 */
export async function resolveTarget(
  flags: TargetFlags,
  environment: Env,
  given?: { config?: LoadedConfig },
): Promise<Target> {
  const env = (name: string) => envValue(environment, name);
  if (flags.mock) return { mock: true, baseUrlSource: '--mock', tokenSource: '--mock' };
  const fromFlag = flags.server?.trim() || undefined;
  const address = fromFlag ?? env('ZADIG_URL');
  const addressSource = fromFlag ? '--server' : 'ZADIG_URL';
  const envToken = env('ZADIG_TOKEN');
  const named = flags.profile
    ? { name: flags.profile, source: '--profile' as const }
    : env('ZADIG_PROFILE')
      ? { name: env('ZADIG_PROFILE') as string, source: 'ZADIG_PROFILE' as const }
      : undefined;
  const needsFile = named !== undefined || address === undefined || envToken === undefined;
  const config = given?.config ?? (needsFile ? await loadConfig(configPath(environment)) : undefined);
  const profile = config ? selectProfile(config, named, address) : undefined;

  const target: Target = { mock: false, ...(config ? { config } : {}), ...(profile ? { profile } : {}) };
  if (address) {
    target.baseUrl = address;
    target.baseUrlSource = addressSource;
  } else if (profile) {
    target.baseUrl = profile.url;
    target.baseUrlSource = `profile ${profile.name}`;
  }
  if (envToken) {
    target.token = envToken;
    target.tokenSource = 'ZADIG_TOKEN';
  } else if (profile?.token) {
    if (target.baseUrl === undefined || sameServer(profile.url, target.baseUrl)) {
      target.token = profile.token;
      target.tokenSource = `profile ${profile.name}`;
    } else {
      target.note = `profile ${profile.name} is for ${profile.url}, so its token is not sent to ${target.baseUrl} (from ${addressSource})`;
    }
  }
  return target;
}
