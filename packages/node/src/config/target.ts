// Which server, token, release and TLS settings a command uses, and where each came from. The order: the
// address from `--server`, `ZADIG_URL`, then the selected profile; the token from `ZADIG_TOKEN`, then the
// profile; the release from `--zadig-version`, `ZADIG_VERSION`, then the profile. Whatever a profile holds
// for its server (token, release, CA, TLS exceptions) is used only when the target is that server.
import { type Env, envValue } from '../env.js';
import { ConfigFileError } from '../errors.js';
import { type LoadedConfig, loadConfig, type Profile } from './file.js';
import { configPath } from './paths.js';

/** The flags that choose the target (zadigctl's global flags; zadig-mcp has some of them). */
export interface TargetFlags {
  server?: string | undefined;
  profile?: string | undefined;
  zadigVersion?: string | undefined;
  /** `--ca-file`: a PEM bundle of CAs to trust, instead of the profile's `caFile`. */
  caFile?: string | undefined;
}

/** How a profile came to be selected. */
export type ProfileSource = '--profile' | 'ZADIG_PROFILE' | 'defaultProfile' | 'address';

/** The TLS settings for the target's server, each with where it came from. */
export interface TargetTls {
  caFile?: string;
  /** `--ca-file` or `profile <name>`. */
  caFileSource?: string;
  /** The profile's `insecureSkipTlsVerify` (never from a flag or the environment): certificates unchecked. */
  insecureSkipTlsVerify?: { profile: string };
}

/** The resolved target. Sources read like `--server`, `ZADIG_URL`, `profile prod`. */
export interface Target {
  baseUrl?: string;
  baseUrlSource?: string;
  token?: string;
  tokenSource?: string;
  zadigVersion?: string;
  zadigVersionSource?: string;
  tls: TargetTls;
  profile?: { name: string; source: ProfileSource } & Profile;
  /** The config file, when it had to be read. */
  config?: LoadedConfig;
  /** Why a profile's token was not used, when it was not. */
  note?: string;
}

/** Origin plus path without trailing slashes, for comparing addresses; the input itself when not a URL. */
export function sameServer(a: string, b: string): boolean {
  const normal = (raw: string) => {
    try {
      const url = new URL(raw.trim());
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return raw.trim().replace(/\/+$/, '');
    }
  };
  return normal(a) === normal(b);
}

/** The error for a profile name that the config file does not have, listing the ones it has. */
export function unknownProfile(name: string, from: string, config: LoadedConfig): ConfigFileError {
  const known = Object.keys(config.data.profiles);
  return new ConfigFileError(
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
    if (!profile) throw unknownProfile(defaultProfile, 'defaultProfile', config);
    return { name: defaultProfile, source: 'defaultProfile', ...profile };
  }
  return undefined;
}

/** The profile named by `--profile` or ZADIG_PROFILE, with where the name came from. */
function namedProfile(flags: TargetFlags, env: Env): { name: string; source: ProfileSource } | undefined {
  const fromFlag = flags.profile?.trim();
  if (fromFlag) return { name: fromFlag, source: '--profile' };
  const fromEnv = envValue(env, 'ZADIG_PROFILE');
  return fromEnv ? { name: fromEnv, source: 'ZADIG_PROFILE' } : undefined;
}

/**
 * Resolves the target for `flags` from flags, environment and config file. The file is read only when
 * something must come from it (or a profile is named, which must then exist), unless `config` is given.
 * A profile's token is only sent to that profile's own server: with `--server`/`ZADIG_URL` pointing
 * elsewhere, it is withheld (and `note` says why), so a token never leaks to another host.
 */
export async function resolveTarget(
  flags: TargetFlags,
  env: Env,
  given?: { config?: LoadedConfig },
): Promise<Target> {
  const fromFlag = flags.server?.trim() || undefined;
  const address = fromFlag ?? envValue(env, 'ZADIG_URL');
  const addressSource = fromFlag ? '--server' : 'ZADIG_URL';
  const envToken = envValue(env, 'ZADIG_TOKEN');
  const named = namedProfile(flags, env);
  const needsFile = named !== undefined || address === undefined || envToken === undefined;
  const config = given?.config ?? (needsFile ? await loadConfig(configPath(env)) : undefined);
  const profile = config ? selectProfile(config, named, address) : undefined;

  const target: Target = { tls: {}, ...(config ? { config } : {}), ...(profile ? { profile } : {}) };
  if (address) {
    target.baseUrl = address;
    target.baseUrlSource = addressSource;
  } else if (profile) {
    target.baseUrl = profile.url;
    target.baseUrlSource = `profile ${profile.name}`;
  }
  // The profile speaks for the target only when the target is its server.
  const own =
    profile !== undefined && (target.baseUrl === undefined || sameServer(profile.url, target.baseUrl));
  if (envToken) {
    target.token = envToken;
    target.tokenSource = 'ZADIG_TOKEN';
  } else if (profile?.token) {
    if (own) {
      target.token = profile.token;
      target.tokenSource = `profile ${profile.name}`;
    } else {
      target.note = `profile ${profile.name} is for ${profile.url}, so its token is not sent to ${target.baseUrl} (from ${addressSource})`;
    }
  } else if (!profile && address && config) {
    // No profile is saved for the address: the default profile's token stays with its own server, and
    // whoever expected it to be sent is told so.
    const name = config.data.defaultProfile;
    const kept = name ? config.data.profiles[name] : undefined;
    if (name && kept?.token) {
      target.note = `profile ${name} is for ${kept.url}, so its token is not sent to ${address} (from ${addressSource})`;
    }
  }
  const version = flags.zadigVersion?.trim() || envValue(env, 'ZADIG_VERSION');
  if (version) {
    target.zadigVersion = version;
    target.zadigVersionSource = flags.zadigVersion?.trim() ? '--zadig-version' : 'ZADIG_VERSION';
  } else if (own && profile.zadigVersion) {
    target.zadigVersion = profile.zadigVersion;
    target.zadigVersionSource = `profile ${profile.name}`;
  }
  const caFlag = flags.caFile?.trim();
  if (caFlag) target.tls = { caFile: caFlag, caFileSource: '--ca-file' };
  else if (own && profile.caFile)
    target.tls = { caFile: profile.caFile, caFileSource: `profile ${profile.name}` };
  if (own && profile.insecureSkipTlsVerify) target.tls.insecureSkipTlsVerify = { profile: profile.name };
  return target;
}
