import { normalizeBaseUrl } from '@zadig-ts/client';
import { createNodeFetch, type NodeFetch, type NodeFetchOptions } from '@zadig-ts/node';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { resolveTarget, type Target, type TargetFlags } from './resolve.js';

/** Where a command's requests go, with the token to send. */
export interface Connection {
  baseUrl: string;
  token: string | undefined;
  /** Stops what the connection started (the mock server). */
  close(): Promise<void>;
  /** The profile in use, for the audit log. */
  profile?: string;
  /** The built-in mock: nothing to audit. */
  mock?: boolean;
  /** Sends the requests: node:http with the proxy, CA and TLS settings for this server. */
  fetch: NodeFetch;
}

const MOCK_TOKEN = 'zadigctl-mock-token';

/** The local mock is never reached through a proxy. */
const mockFetch = () => createNodeFetch({ env: {} });

async function startMock(io: IO): Promise<Connection> {
  if (io.startMock) {
    const mock = await io.startMock();
    return { baseUrl: mock.url, token: MOCK_TOKEN, close: () => mock.stop(), mock: true, fetch: mockFetch() };
  }
  const { sharedMock } = await import('../mock/shared.js');
  const { url, started } = await sharedMock(io);
  if (started) {
    io.stderr.write(
      `Started the Zadig simulator at ${url} in the background; later --mock commands reuse it and what they changed (\`zadigctl mock stop\` stops it).\n`,
    );
  }
  return { baseUrl: url, token: MOCK_TOKEN, close: async () => {}, mock: true, fetch: mockFetch() };
}

/** The target's address, checked: an unusable one is a usage error naming where it came from. */
export function checkedAddress(target: Target): string {
  if (!target.baseUrl) {
    throw new UsageError(
      'no Zadig server: pass --server <url> or set ZADIG_URL, or save one with `zadigctl auth login`',
      'Or try it without a server: add --mock to run against the built-in mock.',
    );
  }
  try {
    return normalizeBaseUrl(target.baseUrl);
  } catch (error) {
    throw new UsageError(`${target.baseUrlSource}: ${(error as Error).message}`);
  }
}

/**
 * The transport for `target`: its CA file and TLS settings, proxies from the environment. Warns, on every
 * command, when the profile turns certificate checks off.
 */
export function transportFor(
  target: Target,
  io: IO,
  extra: Pick<NodeFetchOptions, 'onConnection'> = {},
): NodeFetch {
  const { tls } = target;
  if (tls.insecureSkipTlsVerify) {
    io.stderr.write(
      `warning: profile ${tls.insecureSkipTlsVerify.profile} has insecureSkipTlsVerify: the certificate of ${target.baseUrl} is not checked, so anyone on the way can read the token\n`,
    );
  }
  return createNodeFetch({
    env: io.env,
    caFile: tls.caFile,
    caFileSource: tls.caFileSource,
    insecureSkipTlsVerify: Boolean(tls.insecureSkipTlsVerify),
    ...extra,
  });
}

/** The error for a missing token, explaining a withheld profile token when that is the reason. */
function noTokenError(target: Target): CliError {
  if (target.note && target.baseUrl) {
    // A token exists, for another server: say why it was not sent and how to give one for this server.
    return new CliError(
      `no API token for ${target.baseUrl}: ${target.note}`,
      ExitCode.Auth,
      `Pass a token for ${target.baseUrl} in ZADIG_TOKEN, or save a profile for it, which --server then picks: \`zadigctl auth login --server ${target.baseUrl} --profile <name>\`.`,
    );
  }
  return new CliError(
    'no API token: set ZADIG_TOKEN or run `zadigctl auth login` (Zadig: Account Settings > API Token)',
    ExitCode.Auth,
    'The token is read from the environment or the config file, never from arguments.',
  );
}

/**
 * Where requests go: `--mock` starts the built-in mock; otherwise the address comes from `--server`,
 * `ZADIG_URL`, then the profile (`--profile`, `ZADIG_PROFILE`, the default profile) and the token from
 * `ZADIG_TOKEN`, then the profile. Warnings about the config file go to stderr.
 */
export async function connect(flags: TargetFlags, needsToken: boolean, io: IO): Promise<Connection> {
  const target = await resolveTarget(flags, io.env);
  if (target.mock) return startMock(io);
  for (const warning of target.config?.warnings ?? []) io.stderr.write(`warning: ${warning}\n`);
  const baseUrl = checkedAddress(target);
  if (needsToken && !target.token) throw noTokenError(target);
  return {
    baseUrl,
    token: target.token,
    close: async () => {},
    fetch: transportFor(target, io),
    ...(target.profile ? { profile: target.profile.name } : {}),
  };
}
