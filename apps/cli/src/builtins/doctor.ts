import { ExitCode, UsageError } from '../exit-codes.js';
import { GLOBAL_FLAGS } from '../model/global-flags.js';
import { flagsHelp, pick } from '../model/options.js';
import type { FlagSpec } from '../model/types.js';
import { writeJson } from '../output/json-out.js';
import type { Check } from './doctor-checks.js';
import type { BuiltinContext } from './index.js';

/** Flags of `zadigctl doctor`. */
export const DOCTOR_FLAGS: FlagSpec[] = pick(GLOBAL_FLAGS, [
  'output',
  'server',
  'profile',
  'mock',
  'zadig-version',
  'ca-file',
  'jq',
  'help',
]);

const HELP = `Check configuration, reachability, authentication and clock skew.

Usage: zadigctl doctor [--profile <name>] [--server <url>] [--zadig-version <release>] [--mock] [-o table|json]

Checks, in order (each reported as ok, warn, fail, or skip when an earlier one failed):
  config          the config file: readable, valid, private (mode 0600)
  credentials     the profile in use and where the address and token come from
  connection      how requests go: the proxy (HTTPS_PROXY/HTTP_PROXY, or why none), where the trusted
                  CAs come from (--ca-file, the profile's caFile, NODE_EXTRA_CA_CERTS), the TLS
                  version and the time to the first byte
  reachability    one request to the server, timed
  authentication  the token, checked with GET /openapi/system/cli/context
  server          Zadig version, edition and license (reported to administrators only)
  release         the server's Zadig release (reported, else --zadig-version, ZADIG_VERSION or the
                  profile's) and how many of the spec's operations it lacks; a reported one is saved
                  in the profile
  clock           the server's Date header against this machine's clock (warns beyond 30 s)

Exit code: 0 when nothing failed (warnings allowed); otherwise that of the first failure:
  5 the server could not be reached (or its certificate is not trusted), 4 no token or the token was rejected, 1 anything else.

${flagsHelp(DOCTOR_FLAGS)}
`;

/** The exit code of a report: 0 without failures, else the first failure's. */
function exitCodeOfChecks(checks: Check[]): number {
  return checks.find((c) => c.status === 'fail')?.exitCode ?? ExitCode.Ok;
}

function text(checks: Check[]): string {
  const lines = checks.map((c) => `${c.status.padEnd(5)} ${c.name.padEnd(15)} ${c.message}`);
  const failed = checks.filter((c) => c.status === 'fail').length;
  const warned = checks.filter((c) => c.status === 'warn').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    '',
    failed
      ? `${plural(failed, 'check')} failed${warned ? `, ${plural(warned, 'warning')}` : ''}.`
      : warned
        ? `No failures, ${plural(warned, 'warning')}.`
        : 'All checks passed.',
  );
  return `${lines.join('\n')}\n`;
}

/** `zadigctl doctor`: runs the checks and prints a report (`-o json` for a machine-readable one). */
export async function run({ line, help, version, io }: BuiltinContext): Promise<number> {
  const { values, positionals } = line;
  if (help) {
    io.stdout.write(HELP);
    return ExitCode.Ok;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])} for \`zadigctl doctor\``);
  const jq = typeof values.jq === 'string' ? values.jq : undefined;
  const output = values.output ?? (jq === undefined ? 'table' : 'json');
  if (output !== 'table' && output !== 'json') {
    throw new UsageError(
      `--output: unknown format ${JSON.stringify(output)} for doctor; expected table or json`,
    );
  }
  // Loaded here so that completion can read DOCTOR_FLAGS without loading the HTTP client.
  const { runChecks } = await import('./doctor-checks.js');
  const checks = await runChecks(io, {
    mock: Boolean(values.mock),
    ...(typeof values.server === 'string' ? { server: values.server } : {}),
    ...(typeof values.profile === 'string' ? { profile: values.profile } : {}),
    ...(typeof values['zadig-version'] === 'string' ? { zadigVersion: values['zadig-version'] } : {}),
    ...(typeof values['ca-file'] === 'string' ? { caFile: values['ca-file'] } : {}),
  });
  const exitCode = exitCodeOfChecks(checks);
  if (output === 'json')
    await writeJson(io, { ok: exitCode === ExitCode.Ok, exitCode, zadigctl: version, checks }, jq);
  else io.stdout.write(text(checks));
  return exitCode;
}
