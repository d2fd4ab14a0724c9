// The command-line plumbing the example scripts share: flag parsing with clear errors, one place that
// turns errors into messages and exit codes (0 ok, 1 failure, 2 usage), and the guard that runs a script
// with the real process only when it is the file tsx was started with.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ZadigApiError, ZadigError } from '@zadig-ts/client';
import { processIO, type ScriptIO } from './io.js';

/** A problem with the command line; exits with code 2 and the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The flags of a script, in `node:util` parseArgs form. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Parsed flag values: strings, booleans or lists of strings, by flag name. */
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses `argv` (without node and the script) strictly: unknown flags, missing values and positional
 * arguments are usage errors naming the flag. A leading `--` (as `pnpm run x -- --mock` may pass) is dropped.
 */
export function parseFlags(argv: string[], spec: FlagSpec): FlagValues {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  try {
    const { values } = parseArgs({ args, options: spec, strict: true, allowPositionals: false });
    return values as FlagValues;
  } catch (error) {
    // parseArgs explains the problem but adds advice about positionals that does not apply here.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message);
  }
}

/** A required string flag, or a usage error naming it. */
export function requireString(values: FlagValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`missing required flag --${name}`);
  return value;
}

/** A positive integer flag (e.g. milliseconds), or its default; anything else is a usage error naming it. */
export function positiveInt(values: FlagValues, name: string, fallback: number): number {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value)) {
    throw new UsageError(`--${name}: expected a positive integer, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function describe(error: unknown): string {
  if (error instanceof ZadigApiError) {
    return `${error.message} (HTTP ${error.status}, Zadig code ${error.code})`;
  }
  if (error instanceof ZadigError || error instanceof Error) return error.message;
  return String(error);
}

/** A script's entry: its exit code for `argv` (without node and the script), using only `io`. */
export type Main = (argv: string[], io: ScriptIO) => Promise<number>;

/**
 * Runs a script's body and turns what it throws into an exit code. Usage errors print the usage and give 2;
 * any other error prints `error: <message>` (with HTTP status and Zadig code for API errors) and gives 1.
 */
export async function exitCode(usage: string, io: ScriptIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    io.stderr.write(`error: ${describe(error)}\n`);
    return 1;
  }
}

/** `path` without a script extension, so `tsx src/x` and `tsx src/x.ts` both name src/x.ts. */
function withoutExtension(path: string): string {
  return path.replace(/\.[cm]?[jt]s$/, '');
}

/**
 * Runs `main` with the real process when the module at `moduleUrl` is the file node was started with
 * (`tsx src/release-from-env.ts …`), and does nothing when the module is imported (by a test). Node and
 * tsx set process.argv[1] to the script's path as typed (made absolute), while import.meta.url has
 * symlinks resolved: the directory is resolved before comparing, and the extension may be left out.
 */
export function runIfEntry(moduleUrl: string, main: Main): void {
  const started = process.argv[1];
  if (!started) return;
  let entry: string;
  try {
    entry = join(realpathSync(dirname(resolve(started))), basename(started));
  } catch {
    return;
  }
  if (withoutExtension(entry) !== withoutExtension(fileURLToPath(moduleUrl))) return;
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
