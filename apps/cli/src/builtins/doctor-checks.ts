// The checks of `zadigctl doctor`, in order; each later one builds on the earlier ones and is skipped when
// they failed. Failures carry the exit code doctor ends with: 5 unreachable, 4 token missing or rejected,
// 1 anything else.
import {
  normalizeZadigVersion,
  operationsMissingIn,
  operationTable,
  TRACKED_RELEASES,
  ZadigInvalidResponseError,
} from '@zadig-ts/client';
import {
  type ConnectionInfo,
  configPath,
  createNodeFetch,
  type LoadedConfig,
  loadConfig,
  maskToken,
  type NodeFetch,
  planConnection,
  updateConfig,
} from '@zadig-ts/node';
import { exitCodeOf } from '../commands/exit-code-of.js';
import { checkedAddress, connect, transportFor } from '../config/context.js';
import { zadigVersionSetting } from '../config/profile-settings.js';
import { resolveTarget, type Target, type TargetFlags } from '../config/resolve.js';
import { describeUser, type Probe, probeCliContext, reportedRelease } from '../config/verify.js';
import { ExitCode } from '../exit-codes.js';
import type { IO } from '../io.js';

/** How a check went. `skip`: it could not run because an earlier check failed. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of the doctor's report. */
export interface Check {
  name:
    | 'config'
    | 'credentials'
    | 'connection'
    | 'reachability'
    | 'authentication'
    | 'server'
    | 'release'
    | 'clock';
  status: CheckStatus;
  message: string;
  /** For a failure: the exit code it stands for. */
  exitCode?: number;
  /** Measurements, for `-o json`. */
  details?: Record<string, unknown>;
}

/** Beyond this, the server's and this machine's clocks disagree enough to warn. */
const MAX_CLOCK_SKEW_MS = 30_000;

const skip = (name: Check['name'], message: string): Check => ({ name, status: 'skip', message });
const fail = (name: Check['name'], message: string, exitCode: number = ExitCode.Failure): Check => ({
  name,
  status: 'fail',
  message,
  exitCode,
});

function configCheck(config: LoadedConfig, envOnly: boolean): Check {
  if (!config.exists) {
    return envOnly
      ? {
          name: 'config',
          status: 'ok',
          message: `${config.path} not found (not needed: the address and ZADIG_TOKEN are given)`,
        }
      : { name: 'config', status: 'warn', message: `${config.path} not found: run \`zadigctl auth login\`` };
  }
  const octal = config.mode === undefined ? undefined : config.mode.toString(8).padStart(4, '0');
  const mode = octal ? ` (mode ${octal})` : '';
  const count = Object.keys(config.data.profiles).length;
  const details = { path: config.path, mode: octal, profiles: count };
  if (config.warnings.length)
    return { name: 'config', status: 'warn', message: config.warnings.join('; '), details };
  return { name: 'config', status: 'ok', message: `${config.path}${mode}, ${count} profile(s)`, details };
}

function credentialsMessage(target: Target, baseUrl: string): string {
  const parts: string[] = [];
  if (target.profile) {
    const how = {
      '--profile': 'from --profile',
      ZADIG_PROFILE: 'from ZADIG_PROFILE',
      defaultProfile: 'the default',
      address: 'matching the address',
    }[target.profile.source];
    parts.push(`profile ${target.profile.name} (${how})`);
  } else {
    parts.push('no profile');
  }
  parts.push(`address ${baseUrl} from ${target.baseUrlSource}`);
  if (target.token) parts.push(`token ${maskToken(target.token)} from ${target.tokenSource}`);
  return parts.join('; ');
}

function formatDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function clockCheck(probe: Probe): Check {
  if (!probe.date)
    return {
      name: 'clock',
      status: 'warn',
      message: 'the server sent no Date header to compare clocks with',
    };
  const serverTime = Date.parse(probe.date);
  if (Number.isNaN(serverTime))
    return { name: 'clock', status: 'warn', message: `unreadable Date header ${JSON.stringify(probe.date)}` };
  // Date has whole seconds: the server's time was somewhere in the second after it.
  const skewMs = Math.round(serverTime + 500 - probe.localMidpoint);
  const details = { skewMs, serverDate: probe.date };
  if (Math.abs(skewMs) <= MAX_CLOCK_SKEW_MS) {
    return {
      name: 'clock',
      status: 'ok',
      message: `in step with the server (within ${formatDuration(Math.max(Math.abs(skewMs), 1000))})`,
      details,
    };
  }
  return {
    name: 'clock',
    status: 'warn',
    message: `the server's clock is ${formatDuration(skewMs)} ${skewMs > 0 ? 'ahead of' : 'behind'} this machine's (more than ${MAX_CLOCK_SKEW_MS / 1000} s): timestamps will look off; check NTP on both`,
    details,
  };
}

function serverCheck(probe: Probe): Check {
  const context = probe.context;
  if (!context) return skip('server', 'needs a working token');
  const { server_version: version, edition, license_status: license } = context;
  const details = { version, edition, license };
  if (!version && !edition && !license) {
    return {
      name: 'server',
      status: 'ok',
      message: probe.legacy
        ? 'version not reported: Zadig before v5.0.0 has no /openapi/system/cli/context'
        : 'version not reported: Zadig tells it to system administrators only',
      details,
    };
  }
  const extras = [edition ? `${edition} edition` : '', license ? `license ${license}` : ''].filter(Boolean);
  const message = `Zadig ${version ?? '(version not reported)'}${extras.length ? `, ${extras.join(', ')}` : ''}`;
  if (license && license !== 'normal')
    return { name: 'server', status: 'warn', message: `${message}: the license is not valid`, details };
  return { name: 'server', status: 'ok', message, details };
}

function networkChecks(baseUrl: string, token: string | undefined, probe: Probe): Check[] {
  const answered = probe.status !== undefined;
  if (!answered) {
    return [
      fail('reachability', probe.error?.message ?? `no answer from ${baseUrl}`, exitCodeOf(probe.error)),
      skip('authentication', 'the server was not reached'),
      skip('server', 'the server was not reached'),
      skip('clock', 'the server was not reached'),
    ];
  }
  const elapsedMs = Math.round(probe.elapsedMs);
  const reachability: Check = {
    name: 'reachability',
    status: 'ok',
    message: `${baseUrl} answered in ${elapsedMs} ms (HTTP ${probe.status})`,
    details: { elapsedMs, status: probe.status },
  };
  let authentication: Check;
  if (!token) authentication = skip('authentication', 'no token to check');
  else if (probe.context) {
    authentication = {
      name: 'authentication',
      status: 'ok',
      message: `the token works: ${describeUser(probe.context)}`,
      details: { user: probe.context.user },
    };
  } else if (exitCodeOf(probe.error) === ExitCode.Auth) {
    authentication = fail(
      'authentication',
      `the server rejected the token (HTTP ${probe.status}): ${probe.error?.message}`,
      ExitCode.Auth,
    );
  } else if (probe.error instanceof ZadigInvalidResponseError) {
    authentication = fail('authentication', `${probe.error.message}: is ${baseUrl} the address of Zadig?`);
  } else {
    authentication = fail('authentication', probe.error?.message ?? `HTTP ${probe.status}`);
  }
  return [reachability, authentication, serverCheck(probe), clockCheck(probe)];
}

/**
 * Which Zadig release the server runs (reported by it, else --zadig-version, ZADIG_VERSION or the profile)
 * and how many of the spec's operations it lacks. A reported release is saved in the profile in use.
 */
async function releaseCheck(
  io: IO,
  flags: TargetFlags & { zadigVersion?: string },
  probe: Probe | undefined,
  profile: { name: string; zadigVersion?: string | undefined } | undefined,
): Promise<Check> {
  const reported = reportedRelease(probe);
  const setting = await zadigVersionSetting(io, flags).catch(() => undefined);
  const chosen =
    setting?.source === '--zadig-version' || setting?.source === 'ZADIG_VERSION' ? setting : undefined;
  const value = chosen?.value ?? reported ?? setting?.value;
  const source = chosen?.source ?? (reported ? 'reported by the server' : setting?.source);
  if (!value && !probe?.context) return skip('release', 'needs a working token, or --zadig-version');
  if (!value) {
    return {
      name: 'release',
      status: probe?.legacy ? 'warn' : 'ok',
      message: `${
        probe?.legacy
          ? 'older than v5.0.0 (the server has no /openapi/system/cli/context)'
          : 'unknown (the server tells system administrators only)'
      }: set it with \`zadigctl config set zadig-version <release>\` or ZADIG_VERSION, so that commands it lacks are refused before sending`,
      details: { tracked: [...TRACKED_RELEASES] },
    };
  }
  let release: string;
  try {
    release = normalizeZadigVersion(value);
  } catch (error) {
    return fail('release', `${source}: ${(error as Error).message}`, ExitCode.Usage);
  }
  const missing = operationsMissingIn(value);
  const total = Object.keys(operationTable).length;
  let saved = '';
  if (reported && !chosen && profile && profile.zadigVersion !== reported) {
    await updateConfig(configPath(io.env), (editor) =>
      editor.setProfileKey(profile.name, 'zadigVersion', reported),
    );
    saved = `; saved in profile ${profile.name}`;
  }
  return {
    name: 'release',
    status: 'ok',
    message: `Zadig ${value} (${source}${release !== value ? `, treated as ${release}` : ''}${saved}): ${
      missing.length
        ? `lacks ${missing.length} of the spec's ${total} operations`
        : `has all ${total} operations of the spec`
    }`,
    details: { release: value, tracked: release, source, missing },
  };
}

async function credentials(
  io: IO,
  flags: TargetFlags,
  config: LoadedConfig | undefined,
): Promise<{
  check: Check;
  baseUrl?: string;
  token?: string;
  target?: Target;
  close?: () => Promise<void>;
}> {
  if (flags.mock) {
    const connection = await connect(flags, false, io);
    return {
      check: {
        name: 'credentials',
        status: 'ok',
        message: `--mock: the built-in mock server at ${connection.baseUrl}`,
      },
      baseUrl: connection.baseUrl,
      ...(connection.token ? { token: connection.token } : {}),
      close: () => connection.close(),
    };
  }
  let target: Target;
  let baseUrl: string;
  try {
    target = await resolveTarget(flags, io.env, config ? { config } : undefined);
    baseUrl = checkedAddress(target);
  } catch (error) {
    return { check: fail('credentials', (error as Error).message) };
  }
  const message = credentialsMessage(target, baseUrl);
  if (!target.token) {
    const why = target.note ? `; ${target.note}` : ': set ZADIG_TOKEN or run `zadigctl auth login`';
    return { check: fail('credentials', `${message}; no API token${why}`, ExitCode.Auth), baseUrl };
  }
  return {
    check: {
      name: 'credentials',
      status: 'ok',
      message,
      details: {
        profile: target.profile?.name,
        profileSource: target.profile?.source,
        address: baseUrl,
        addressSource: target.baseUrlSource,
        tokenSource: target.tokenSource,
      },
    },
    baseUrl,
    token: target.token,
    target,
  };
}

/**
 * How the probe connects: the proxy or why none, where trust comes from, and (once it answered) the TLS
 * version and the time to the first byte. A proxy variable or CA file that cannot be used fails here.
 */
function connectionCheck(
  planned: { proxy: string; trust: string },
  seen: ConnectionInfo | undefined,
  insecure: boolean,
): Check {
  const parts = [`proxy: ${planned.proxy}`, `CAs: ${planned.trust}`];
  if (seen) {
    if (seen.tlsVersion) parts.push(`TLS ${seen.tlsVersion}`);
    parts.push(`first byte after ${Math.round(seen.timeToFirstByteMs)} ms`);
  }
  return {
    name: 'connection',
    // Reaching the server is the next check's to fail; this one says how it was tried.
    status: insecure ? 'warn' : 'ok',
    message: parts.join('; '),
    details: {
      proxy: planned.proxy,
      trust: planned.trust,
      ...(seen?.tlsVersion ? { tlsVersion: seen.tlsVersion } : {}),
      ...(seen ? { timeToFirstByteMs: Math.round(seen.timeToFirstByteMs) } : {}),
    },
  };
}

/** Runs every check; never throws for what it diagnoses. */
export async function runChecks(io: IO, flags: TargetFlags & { zadigVersion?: string }): Promise<Check[]> {
  const checks: Check[] = [];
  let config: LoadedConfig | undefined;
  if (flags.mock) checks.push(skip('config', 'not used with --mock'));
  else {
    try {
      config = await loadConfig(configPath(io.env));
      checks.push(configCheck(config, Boolean((flags.server || io.env.ZADIG_URL) && io.env.ZADIG_TOKEN)));
    } catch (error) {
      checks.push(fail('config', (error as Error).message));
    }
  }
  const found = await credentials(io, flags, config);
  checks.push(found.check);
  try {
    if (!found.baseUrl) {
      for (const name of ['connection', 'reachability', 'authentication', 'server'] as const)
        checks.push(skip(name, 'no usable address'));
      checks.push(await releaseCheck(io, flags, undefined, undefined));
      checks.push(skip('clock', 'no usable address'));
      return checks;
    }
    let seen: ConnectionInfo | undefined;
    const onConnection = (info: ConnectionInfo) => {
      seen ??= info;
    };
    // The mock is local: no proxy, no certificates. A server gets the transport its commands get.
    const options = found.target
      ? {
          env: io.env,
          caFile: found.target.tls.caFile,
          caFileSource: found.target.tls.caFileSource,
          insecureSkipTlsVerify: Boolean(found.target.tls.insecureSkipTlsVerify),
        }
      : { env: {} };
    let fetch: NodeFetch;
    let planned: { proxy: string; trust: string };
    try {
      planned = planConnection(found.baseUrl, options);
      fetch = found.target
        ? transportFor(found.target, io, { onConnection })
        : createNodeFetch({ ...options, onConnection });
    } catch (error) {
      checks.push(fail('connection', (error as Error).message, ExitCode.Usage));
      for (const name of ['reachability', 'authentication', 'server'] as const)
        checks.push(skip(name, 'no usable connection settings'));
      checks.push(await releaseCheck(io, flags, undefined, undefined));
      checks.push(skip('clock', 'no usable connection settings'));
      return checks;
    }
    const probe = await probeCliContext(io, found.baseUrl, found.token, fetch);
    const network = networkChecks(found.baseUrl, found.token, probe);
    network.unshift(connectionCheck(planned, seen, Boolean(found.target?.tls.insecureSkipTlsVerify)));
    const profileName = found.check.details?.profile;
    const profile =
      typeof profileName === 'string' && config?.data.profiles[profileName] && !flags.mock
        ? { name: profileName, zadigVersion: config.data.profiles[profileName]?.zadigVersion }
        : undefined;
    // The release after the server's own report, before the clock.
    network.splice(4, 0, await releaseCheck(io, flags, probe, profile));
    checks.push(...network);
    return checks;
  } finally {
    await found.close?.();
  }
}
