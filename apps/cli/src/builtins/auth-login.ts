import { resolve as resolvePath } from 'node:path';
import { normalizeBaseUrl } from '@zadig-ts/client';
import {
  configPath,
  createNodeFetch,
  loadConfig,
  type NodeFetch,
  sameServer,
  updateConfig,
} from '@zadig-ts/node';
import { exitCodeOf } from '../commands/exit-code-of.js';
import { interactive, prompt, readStdin } from '../config/terminal.js';
import { describeUser, probeCliContext, reportedRelease } from '../config/verify.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';

/** Letters, digits, `.`, `_` and `-`: safe as a YAML key, in completion and on a command line. */
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Flags of `zadigctl auth login`. */
export interface LoginFlags {
  profile?: string;
  server?: string;
  /** `--ca-file`: the CA to trust for this server, saved in the profile as `caFile`. */
  caFile?: string;
  setDefault: boolean;
}

async function askInteractively(
  io: IO,
  defaultAddress: string | undefined,
  transport: (baseUrl: string) => NodeFetch,
): Promise<{ address: string; token: string }> {
  const address =
    (await prompt(io, `Zadig address${defaultAddress ? ` [${defaultAddress}]` : ''}: `)).trim() ||
    defaultAddress;
  if (!address) throw new UsageError('no Zadig address entered', 'Enter it, or pass --server <url>.');
  // The address is checked before the token is asked for: a typo is found before the paste.
  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(address);
  } catch (error) {
    throw new UsageError(`address: ${(error as Error).message}`);
  }
  const reach = await probeCliContext(io, baseUrl, undefined, transport(baseUrl), 30_000);
  if (reach.status === undefined) {
    throw new CliError(
      `cannot reach ${baseUrl}: ${reach.error?.message ?? 'no answer'}`,
      exitCodeOf(reach.error),
      'Check the address (the one you open Zadig at in a browser) and your network.',
    );
  }
  const token = (
    await prompt(io, 'API token (Zadig: Account Settings > API Token; input is hidden): ', { hidden: true })
  ).trim();
  if (!token) throw new UsageError('no API token entered');
  return { address, token };
}

async function readPiped(
  io: IO,
  address: string | undefined,
  profile: string,
): Promise<{ address: string; token: string }> {
  const example = 'e.g. zadigctl auth login --server https://zadig.example.com < token.txt';
  if (!address) {
    throw new UsageError(
      `--server is required when the token is read from stdin (profile ${JSON.stringify(profile)} has no address yet)`,
      example,
    );
  }
  const token = (await readStdin(io)).trim();
  if (!token) throw new UsageError('no API token on stdin: pipe it in when not on a terminal', example);
  if (/\s/.test(token)) throw new UsageError('stdin: expected one API token, found several words or lines');
  return { address, token };
}

/** `zadigctl auth login`: asks for (or reads) address and token, checks the token, saves the profile. */
export async function login(io: IO, flags: LoginFlags): Promise<number> {
  const path = configPath(io.env);
  const config = await loadConfig(path);
  const name = flags.profile ?? (io.env.ZADIG_PROFILE || config.data.defaultProfile || 'default');
  if (!PROFILE_NAME.test(name)) {
    throw new UsageError(
      `--profile: ${JSON.stringify(name)} is not a valid profile name`,
      'Use letters, digits, ".", "_" and "-", starting with a letter or digit.',
    );
  }
  const existing = config.data.profiles[name];
  // --ca-file, else what the profile trusts (its CA, its exception) when it is for the same server.
  const sameAsBefore = (url: string) => existing !== undefined && sameServer(existing.url, url);
  const caFile = flags.caFile ? resolvePath(flags.caFile) : undefined;
  const transport = (url: string) =>
    createNodeFetch({
      env: io.env,
      ...(caFile
        ? { caFile, caFileSource: '--ca-file' }
        : sameAsBefore(url) && existing?.caFile
          ? { caFile: existing.caFile, caFileSource: `profile ${name}` }
          : {}),
      insecureSkipTlsVerify: sameAsBefore(url) && Boolean(existing?.insecureSkipTlsVerify),
    });
  const { address, token } = interactive(io)
    ? await askInteractively(io, flags.server ?? existing?.url, transport)
    : await readPiped(io, flags.server ?? existing?.url, name);

  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(address);
  } catch (error) {
    throw new UsageError(`${flags.server === address ? '--server' : 'address'}: ${(error as Error).message}`);
  }
  const probe = await probeCliContext(io, baseUrl, token, transport(baseUrl), 30_000);
  if (!probe.context) {
    const code = exitCodeOf(probe.error);
    throw new CliError(
      code === ExitCode.Auth
        ? `${baseUrl} rejected the token (HTTP ${probe.status}); nothing was saved`
        : `could not check the token, so nothing was saved: ${probe.error?.message}`,
      code,
      code === ExitCode.Auth ? 'Check the token: Zadig > Account Settings > API Token.' : undefined,
    );
  }

  const { defaultProfile, profiles } = config.data;
  const makeDefault =
    flags.setDefault || !defaultProfile || !profiles[defaultProfile] || defaultProfile === name;
  // The server's release, when it tells (system administrators only); else what the profile had for this server.
  const reported = reportedRelease(probe);
  const zadigVersion = reported ?? (existing?.url === baseUrl ? existing.zadigVersion : undefined);
  const same = existing && existing.url === baseUrl ? existing : undefined;
  const keep = {
    ...(same?.project ? { project: same.project } : {}),
    ...(caFile ? { caFile } : same?.caFile ? { caFile: same.caFile } : {}),
    ...(same?.insecureSkipTlsVerify ? { insecureSkipTlsVerify: true } : {}),
  };
  await updateConfig(path, (editor) => {
    editor.setProfile(name, { url: baseUrl, token, ...keep, ...(zadigVersion ? { zadigVersion } : {}) });
    if (makeDefault) editor.setDefault(name);
  });
  io.stdout.write(
    `Logged in to ${baseUrl} as ${describeUser(probe.context)}; saved profile ${JSON.stringify(name)}${makeDefault ? ' (default)' : ''} in ${path}\n`,
  );
  io.stdout.write(
    zadigVersion
      ? `Zadig release: ${zadigVersion}${reported ? '' : ' (kept from the profile)'}\n`
      : probe.legacy
        ? 'Zadig release: older than v5.0.0 (it has no /openapi/system/cli/context); set it with `zadigctl config set zadig-version <release>` (e.g. v4.3.0)\n'
        : 'Zadig release: not reported to this user; set it with `zadigctl config set zadig-version <release>` (e.g. v5.0.0)\n',
  );
  for (const variable of ['ZADIG_URL', 'ZADIG_TOKEN'] as const) {
    if (io.env[variable]) {
      io.stderr.write(`note: ${variable} is set and takes precedence over the saved profile\n`);
    }
  }
  return ExitCode.Ok;
}
