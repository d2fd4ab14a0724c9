import { normalizeBaseUrl } from '@zadig-ts/client';
import { configPath, createNodeFetch, loadConfig, maskToken, type TargetTls } from '@zadig-ts/node';
import { exitCodeOf } from '../commands/exit-code-of.js';
import { resolveTarget, type TargetFlags } from '../config/resolve.js';
import { describeUser, type Probe, probeCliContext } from '../config/verify.js';
import { ExitCode } from '../exit-codes.js';
import { envValue, type IO } from '../io.js';
import { writeJson } from '../output/json-out.js';

/** Whether a set of credentials works. */
export type CredentialState = 'ok' | 'rejected' | 'unreachable' | 'error' | 'no token' | 'no address';

/** What `auth status` finds out about one set of credentials. */
export interface CredentialStatus {
  address?: string;
  /** The default project (`zadigctl config set project`). */
  project?: string;
  /** The server's Zadig release, as saved. */
  zadigVersion?: string;
  /** Masked: `****` and at most the last four characters. */
  token?: string;
  user?: string;
  state: CredentialState;
  message?: string;
  exitCode: number;
}

/** `auth status -o json`. */
export interface StatusReport {
  config: { path: string; exists: boolean; warnings: string[] };
  effective: CredentialStatus & {
    profile?: string;
    addressSource?: string;
    tokenSource?: string;
    note?: string;
  };
  profiles: Array<CredentialStatus & { name: string; default: boolean; selected: boolean }>;
}

async function check(
  io: IO,
  address: string | undefined,
  token: string | undefined,
  tls: TargetTls,
): Promise<CredentialStatus> {
  const masked = maskToken(token);
  const base = { ...(address ? { address } : {}), ...(masked ? { token: masked } : {}) };
  if (!address) return { ...base, state: 'no address', exitCode: ExitCode.Auth };
  if (!token) return { ...base, state: 'no token', exitCode: ExitCode.Auth };
  let probe: Probe;
  try {
    if (tls.insecureSkipTlsVerify) {
      io.stderr.write(
        `warning: profile ${tls.insecureSkipTlsVerify.profile} has insecureSkipTlsVerify: the certificate of ${address} is not checked\n`,
      );
    }
    const fetch = createNodeFetch({
      env: io.env,
      caFile: tls.caFile,
      caFileSource: tls.caFileSource,
      insecureSkipTlsVerify: Boolean(tls.insecureSkipTlsVerify),
    });
    probe = await probeCliContext(io, normalizeBaseUrl(address), token, fetch);
  } catch (error) {
    return { ...base, state: 'error', message: (error as Error).message, exitCode: ExitCode.Usage };
  }
  if (probe.context)
    return { ...base, user: describeUser(probe.context), state: 'ok', exitCode: ExitCode.Ok };
  const exitCode = exitCodeOf(probe.error);
  const state =
    exitCode === ExitCode.Auth ? 'rejected' : exitCode === ExitCode.Network ? 'unreachable' : 'error';
  const message = state === 'rejected' ? `token rejected (HTTP ${probe.status})` : probe.error?.message;
  return { ...base, state, ...(message ? { message } : {}), exitCode };
}

function describe(status: CredentialStatus): string {
  if (status.state === 'ok') return 'ok';
  return status.message ? `${status.state}: ${status.message}` : status.state;
}

function block(
  title: string,
  status: CredentialStatus,
  extra: Array<[string, string | undefined]> = [],
): string[] {
  const rows: Array<[string, string | undefined]> = [
    ['address', status.address],
    ...extra,
    ['project', status.project],
    ['release', status.zadigVersion],
    ['user', status.user],
    ['token', status.token],
    ['status', describe(status)],
  ];
  return [title, ...rows.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k.padEnd(8)} ${v}`)];
}

function text(report: StatusReport): string {
  const lines = [`Config file: ${report.config.path}${report.config.exists ? '' : ' (not found)'}`, ''];
  for (const profile of report.profiles) {
    const marks = [profile.default ? 'default' : '', profile.selected ? 'selected' : ''].filter(Boolean);
    lines.push(...block(`${profile.name}${marks.length ? ` (${marks.join(', ')})` : ''}`, profile), '');
  }
  if (!report.profiles.length) lines.push('No saved profiles: run `zadigctl auth login`.', '');
  const { effective: active } = report;
  const fromProfile = (source: string | undefined) => source === `profile ${active.profile}`;
  if (!fromProfile(active.addressSource) || !fromProfile(active.tokenSource)) {
    lines.push(
      ...block(
        `In effect${active.profile ? ` (overriding parts of profile ${active.profile})` : ''}:`,
        active,
        [
          [
            'from',
            `address from ${active.addressSource ?? '(none)'}, token from ${active.tokenSource ?? '(none)'}`,
          ],
        ],
      ),
    );
    if (active.note) lines.push(`  note     ${active.note}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `zadigctl auth status`: every profile and the credentials in effect, each checked against its server. */
export async function status(io: IO, flags: TargetFlags & { output: string; jq?: string }): Promise<number> {
  const config = await loadConfig(configPath(io.env));
  const target = await resolveTarget({ ...flags, mock: false }, io.env, { config });
  const entries = Object.entries(config.data.profiles);
  const checked = await Promise.all(
    entries.map(([name, p]) =>
      check(io, p.url, p.token, {
        ...(p.caFile ? { caFile: p.caFile, caFileSource: `profile ${name}` } : {}),
        ...(p.insecureSkipTlsVerify ? { insecureSkipTlsVerify: { profile: name } } : {}),
      }),
    ),
  );
  const activeIndex = entries.findIndex(
    ([name]) =>
      target.profile?.name === name &&
      target.baseUrlSource === `profile ${name}` &&
      target.tokenSource === `profile ${name}`,
  );
  const active =
    activeIndex >= 0
      ? (checked[activeIndex] as CredentialStatus)
      : await check(io, target.baseUrl, target.token, target.tls);
  const report: StatusReport = {
    config: { path: config.path, exists: config.exists, warnings: config.warnings },
    effective: {
      ...active,
      ...(target.profile ? { profile: target.profile.name } : {}),
      ...(target.baseUrlSource ? { addressSource: target.baseUrlSource } : {}),
      ...(target.tokenSource ? { tokenSource: target.tokenSource } : {}),
      ...(target.note ? { note: target.note } : {}),
    },
    profiles: entries.map(([name, profile], i) => ({
      name,
      default: config.data.defaultProfile === name,
      selected: target.profile?.name === name,
      ...(checked[i] as CredentialStatus),
      ...(profile.project ? { project: profile.project } : {}),
      ...(profile.zadigVersion ? { zadigVersion: profile.zadigVersion } : {}),
    })),
  };
  // The project and release in effect: the environment's, else the selected profile's.
  const project = envValue(io.env, 'ZADIG_PROJECT') ?? target.profile?.project;
  const release = envValue(io.env, 'ZADIG_VERSION') ?? target.profile?.zadigVersion;
  if (project) report.effective.project = project;
  if (release) report.effective.zadigVersion = release;
  for (const warning of config.warnings) io.stderr.write(`warning: ${warning}\n`);
  if (flags.output === 'json') await writeJson(io, report, flags.jq);
  else io.stdout.write(text(report));
  return active.exitCode;
}
