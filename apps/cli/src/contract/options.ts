// Flags of `zadigctl contract run`, checked up front so that a mistake costs no request.
import { UsageError } from '../exit-codes.js';
import { type GlobalFlags, globalFlags } from '../globals.js';
import { DURATION_FORMS, parseDuration } from '../model/duration.js';
import { GLOBAL_FLAGS } from '../model/global-flags.js';
import { pick } from '../model/options.js';
import type { ParsedLine } from '../model/parse.js';
import type { FlagSpec } from '../model/types.js';
import type { SelectionFlags } from './select.js';

/** A parsed `zadigctl contract run` command line. */
export interface RunOptions {
  flags: GlobalFlags;
  selection: SelectionFlags;
  params?: string;
  junit?: string;
  concurrency: number;
  timeoutMs: number;
}

const WHERE = 'zadigctl contract run';

/** The flags of `zadigctl contract run`, listed once: parsing, help and completion derive from them. */
export const CONTRACT_FLAGS: FlagSpec[] = [
  {
    ...(pick(GLOBAL_FLAGS, ['server'])[0] as FlagSpec),
    description: 'Zadig server (else the profile or ZADIG_URL); the token comes from ZADIG_TOKEN',
  },
  { ...(pick(GLOBAL_FLAGS, ['profile'])[0] as FlagSpec), description: 'server and token of a saved profile' },
  {
    ...(pick(GLOBAL_FLAGS, ['ca-file'])[0] as FlagSpec),
    description: "CA certificates to trust for the server (default: the profile's caFile)",
  },
  {
    ...(pick(GLOBAL_FLAGS, ['zadig-version'])[0] as FlagSpec),
    description:
      "the server's Zadig release (else ZADIG_VERSION, the profile's, or the one the server reports): operations it lacks are skipped",
  },
  {
    ...(pick(GLOBAL_FLAGS, ['mock'])[0] as FlagSpec),
    description: 'run against the built-in mock server (Prism)',
  },
  {
    ...(pick(GLOBAL_FLAGS, ['show-secrets'])[0] as FlagSpec),
    description: 'show secrets in the answers the report quotes instead of [redacted]',
  },
  {
    name: 'include',
    type: 'string',
    value: '<list>',
    multiple: true,
    description: 'only these operationIds or tags, comma-separated, case-insensitive (e.g. Workflow)',
  },
  {
    name: 'exclude',
    type: 'string',
    value: '<list>',
    multiple: true,
    description: 'leave out these operationIds or tags',
  },
  {
    name: 'params',
    type: 'string',
    value: '<file>',
    description: 'YAML or JSON: parameter values, per-operation values and bodies (below)',
    files: true,
  },
  {
    name: 'allow-writes',
    type: 'string',
    value: '<ids>',
    multiple: true,
    description: 'also send these non-GET operations, by operationId only (bodies from --params)',
  },
  {
    name: 'junit',
    type: 'string',
    value: '<file>',
    description: 'also write a JUnit XML report: a testsuite per tag, a testcase per operation',
    files: true,
  },
  {
    ...(pick(GLOBAL_FLAGS, ['output'])[0] as FlagSpec),
    enum: ['table', 'json'],
    description: 'table (default) or json',
  },
  {
    ...(pick(GLOBAL_FLAGS, ['jq'])[0] as FlagSpec),
    description: 'filter the JSON report (an array of results) with a jq expression (implies -o json)',
  },
  { name: 'concurrency', type: 'string', value: '<n>', description: 'requests at a time (default 4)' },
  {
    name: 'timeout',
    type: 'string',
    value: '<duration>',
    duration: true,
    description: `timeout of each request (default 30s; event streams get at most 5s): ${DURATION_FORMS}`,
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help' },
];

function list(values: unknown, flag: string): string[] {
  const raw = (values as string[] | undefined) ?? [];
  const out = raw.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (raw.length && out.every((v) => v === ''))
    throw new UsageError(`${flag}: expected a comma-separated list`);
  return out.filter(Boolean);
}

function positiveInteger(raw: unknown, flag: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (String(raw).trim() === '' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`${flag}: expected an integer from 1 to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function path(raw: unknown, flag: string): string | undefined {
  if (raw === undefined) return undefined;
  if (String(raw).trim() === '') throw new UsageError(`${flag}: expected a file path`);
  return String(raw);
}

/** The longest --timeout: an hour. */
const MAX_TIMEOUT_MS = 3_600_000;

function timeoutMs(raw: unknown): number {
  if (raw === undefined) return 30_000;
  const ms = parseDuration('--timeout', String(raw));
  if (ms < 1 || ms > MAX_TIMEOUT_MS)
    throw new UsageError(`--timeout: expected a duration from 1ms to 1h, got ${JSON.stringify(raw)}`);
  return ms;
}

/** Checks the arguments after `run`, parsed by CONTRACT_FLAGS. */
export function parseRunOptions(line: ParsedLine): RunOptions {
  const { values, positionals } = line;
  // --jq filters the JSON report, so it means -o json unless another format is asked for (refused below).
  const flags = globalFlags(
    values.jq !== undefined && values.output === undefined ? { ...values, output: 'json' } : values,
  );
  if (flags.jq !== undefined && flags.output !== 'json')
    throw new UsageError(`--jq filters the JSON report; it cannot be combined with -o ${flags.output}`);
  if (positionals.length) {
    throw new UsageError(
      `unexpected argument ${JSON.stringify(positionals[0])} for \`${WHERE}\``,
      `Run \`${WHERE} --help\`.`,
    );
  }
  if (flags.output !== 'table' && flags.output !== 'json') {
    throw new UsageError(
      `--output: ${JSON.stringify(flags.output)} is not available here; expected table or json`,
    );
  }
  if (flags.mock && flags.server) throw new UsageError('--mock and --server cannot be used together');
  const params = path(values.params, '--params');
  const junit = path(values.junit, '--junit');
  return {
    flags,
    selection: {
      include: list(values.include, '--include'),
      exclude: list(values.exclude, '--exclude'),
      allowWrites: list(values['allow-writes'], '--allow-writes'),
    },
    ...(params === undefined ? {} : { params }),
    ...(junit === undefined ? {} : { junit }),
    concurrency: positiveInteger(values.concurrency, '--concurrency', 4, 64),
    timeoutMs: timeoutMs(values.timeout),
  };
}
