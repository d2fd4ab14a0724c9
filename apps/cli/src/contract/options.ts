// Flags of `zadigctl contract run`, checked up front so that a mistake costs no request.
import { UsageError } from '../exit-codes.js';
import { type GlobalFlags, globalFlags, type OptionSpec, parseFlags } from '../globals.js';
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

/** The flags of `zadigctl contract run` (also used by shell completion). */
export const OPTIONS: OptionSpec = {
  output: { type: 'string', short: 'o' },
  server: { type: 'string' },
  profile: { type: 'string' },
  mock: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  params: { type: 'string' },
  'allow-writes': { type: 'string', multiple: true },
  junit: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
};

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

/** Parses the arguments after `run`; `help` is true when only help was asked for. */
export function parseRunOptions(argv: string[]): RunOptions {
  const { values, positionals } = parseFlags(argv, OPTIONS, WHERE);
  const flags = globalFlags(values);
  if (!flags.help && positionals.length) {
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
    timeoutMs: positiveInteger(values.timeout, '--timeout', 30_000, 3_600_000),
  };
}
