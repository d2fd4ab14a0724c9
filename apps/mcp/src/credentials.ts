// Where the server's Zadig address, token, release and TLS settings come from: ZADIG_URL / ZADIG_TOKEN /
// ZADIG_VERSION, else a zadigctl profile, as @zadig-ts/node resolves them for every surface.
import { ConfigFileError, type Env, resolveTarget, type TargetTls } from '@zadig-ts/node';
import { ConfigurationError } from './policy.js';

export { configPath as zadigctlConfigPath } from '@zadig-ts/node';

export interface Credentials {
  baseUrl: string | undefined;
  token: string | undefined;
  zadigVersion: string | undefined;
  /** The CA file and certificate-check exception for the server (from --ca-file or the profile). */
  tls: TargetTls;
  /** Where each came from, for the start-up line (never the token itself). */
  sources: { baseUrl?: string; token?: string; zadigVersion?: string };
}

/**
 * Resolves the address from ZADIG_URL, then the profile (`--profile`, ZADIG_PROFILE, the file's default);
 * the token from ZADIG_TOKEN, then the profile, whose token (and CA, and release) is used only for its
 * own server. A config file problem is a ConfigurationError naming the file and what to do.
 */
export async function resolveCredentials(
  flags: { profile?: string | undefined; zadigVersion?: string | undefined; caFile?: string | undefined },
  env: Env,
): Promise<Credentials> {
  // zadig-mcp has no --server: the address is ZADIG_URL's or the profile's.
  let target: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    target = await resolveTarget(flags, env);
  } catch (error) {
    if (error instanceof ConfigFileError) {
      throw new ConfigurationError(error.hint ? `${error.message}. ${error.hint}` : error.message);
    }
    throw error;
  }
  const sources: Credentials['sources'] = {};
  if (target.baseUrlSource) sources.baseUrl = target.baseUrlSource;
  if (target.tokenSource) sources.token = target.tokenSource;
  if (target.zadigVersionSource) sources.zadigVersion = target.zadigVersionSource;
  return {
    baseUrl: target.baseUrl,
    token: target.token,
    zadigVersion: target.zadigVersion,
    tls: target.tls,
    sources,
  };
}
