// The command-line plumbing the example scripts share: flag parsing with clear errors, and one place
// that turns errors into messages and exit codes (0 ok, 1 failure, 2 usage).
import { parseArgs } from 'node:util';
import { ZadigApiError, ZadigError } from '@zadig-ts/client';

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

/**
 * Runs a script's main function and exits with its code. Usage errors print the usage and exit 2;
 * any other error prints `error: <message>` (with HTTP status and Zadig code for API errors) and exits 1.
 */
export function runMain(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`error: ${describe(error)}\n`);
      process.exitCode = 1;
    },
  );
}
