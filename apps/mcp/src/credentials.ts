// Where the server's Zadig address, token and release come from: ZADIG_URL / ZADIG_TOKEN / ZADIG_VERSION,
// else a zadigctl profile. The profile file is zadigctl's (`zadigctl auth login` writes it); this reads the
// same format: `defaultProfile: <name>` and `profiles: { <name>: { url, token } }`.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from './policy.js';

type Env = Readonly<Record<string, string | undefined>>;

/** zadigctl's config file: `$XDG_CONFIG_HOME/zadigctl/config.yaml`, else `~/.config/zadigctl/config.yaml`. */
export function zadigctlConfigPath(env: Env): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'zadigctl', 'config.yaml');
}

export interface Credentials {
  baseUrl: string | undefined;
  token: string | undefined;
  zadigVersion: string | undefined;
  /** Where each came from, for the start-up line (never the token itself). */
  sources: { baseUrl?: string; token?: string; zadigVersion?: string };
}

interface Profile {
  url: string;
  token?: string;
  zadigVersion?: string;
}

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

function sameServer(a: string, b: string): boolean {
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

/** The named (or default) profile of the file, or undefined when there is no file and none was named. */
async function readProfile(
  path: string,
  name: string | undefined,
  from: string,
): Promise<[string, Profile] | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigurationError(`cannot read ${path}: ${(error as Error).message}`);
    if (name)
      throw new ConfigurationError(
        `${from}: no profile ${JSON.stringify(name)}: ${path} does not exist (create it with \`zadigctl auth login --profile ${name}\`)`,
      );
    return undefined;
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    // The parser's first line only: an excerpt of the file could hold a token.
    throw new ConfigurationError(
      `${path}: not valid YAML: ${String((error as Error).message).split('\n')[0]}`,
    );
  }
  const data = (doc ?? {}) as { defaultProfile?: unknown; profiles?: Record<string, unknown> };
  const profiles = typeof data.profiles === 'object' && data.profiles !== null ? data.profiles : {};
  const chosen = name ?? (typeof data.defaultProfile === 'string' ? data.defaultProfile : undefined);
  if (!chosen) return undefined;
  const entry = profiles[chosen] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') {
    const known = Object.keys(profiles);
    throw new ConfigurationError(
      `${name ? from : 'defaultProfile'}: no profile ${JSON.stringify(chosen)} in ${path}${known.length ? ` (profiles: ${known.join(', ')})` : ''}`,
    );
  }
  if (typeof entry.url !== 'string' || !entry.url)
    throw new ConfigurationError(`${path}: profiles.${chosen}.url must be a non-empty string`);
  const version = entry.zadigVersion;
  return [
    chosen,
    {
      url: entry.url,
      ...(typeof entry.token === 'string' && entry.token ? { token: entry.token } : {}),
      ...(typeof version === 'string' && version ? { zadigVersion: version } : {}),
    },
  ];
}

/**
 * Resolves the address from ZADIG_URL, then the profile (`--profile`, ZADIG_PROFILE, the file's default);
 * the token from ZADIG_TOKEN, then the profile, whose token is sent only to its own server.
 */
export async function resolveCredentials(
  flags: { profile?: string | undefined; zadigVersion?: string | undefined },
  env: Env,
): Promise<Credentials> {
  const named = flags.profile ?? value(env, 'ZADIG_PROFILE');
  const from = flags.profile ? '--profile' : 'ZADIG_PROFILE';
  const envUrl = value(env, 'ZADIG_URL');
  const envToken = value(env, 'ZADIG_TOKEN');
  const needsFile = named !== undefined || envUrl === undefined || envToken === undefined;
  const found = needsFile ? await readProfile(zadigctlConfigPath(env), named, from) : undefined;
  const [profileName, profile] = found ?? [undefined, undefined];
  const credentials: Credentials = {
    baseUrl: undefined,
    token: undefined,
    zadigVersion: undefined,
    sources: {},
  };
  if (envUrl) {
    credentials.baseUrl = envUrl;
    credentials.sources.baseUrl = 'ZADIG_URL';
  } else if (profile) {
    credentials.baseUrl = profile.url;
    credentials.sources.baseUrl = `profile ${profileName}`;
  }
  if (envToken) {
    credentials.token = envToken;
    credentials.sources.token = 'ZADIG_TOKEN';
  } else if (profile?.token && (!credentials.baseUrl || sameServer(profile.url, credentials.baseUrl))) {
    credentials.token = profile.token;
    credentials.sources.token = `profile ${profileName}`;
  }
  const version = flags.zadigVersion ?? value(env, 'ZADIG_VERSION');
  if (version) {
    credentials.zadigVersion = version;
    credentials.sources.zadigVersion = flags.zadigVersion ? '--zadig-version' : 'ZADIG_VERSION';
  } else if (profile?.zadigVersion && credentials.baseUrl && sameServer(profile.url, credentials.baseUrl)) {
    credentials.zadigVersion = profile.zadigVersion;
    credentials.sources.zadigVersion = `profile ${profileName}`;
  }
  return credentials;
}
