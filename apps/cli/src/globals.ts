import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';
import { GLOBAL_FLAGS } from './model/global-flags.js';
import { closest } from './model/suggest.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output/render.js';

/** Flags every command accepts. */
export interface GlobalFlags {
  output: OutputFormat;
  /** `--json a,b`: fields to keep (implies JSON output). */
  fields?: string[];
  /** `--json` alone: list the fields there are. */
  listFields?: boolean;
  /** `--jq <filter>`. */
  jq?: string;
  /** `--zadig-version`: the server's release. */
  zadigVersion?: string;
  server?: string;
  profile?: string;
  /** `--ca-file`: CA certificates to trust for the server. */
  caFile?: string;
  /** `--request-timeout`, as given (a duration; read where requests are made). */
  requestTimeout?: string;
  mock: boolean;
  dryRun: boolean;
  yes: boolean;
  /** `--show-secrets`: print the secrets answers hold instead of `[redacted]`. */
  showSecrets: boolean;
  help: boolean;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Flags that take a value, so that the word after them is not a command. */
export const VALUE_FLAGS = new Set([
  ...GLOBAL_FLAGS.filter((f) => f.type === 'string').flatMap((f) => [
    `--${f.name}`,
    ...(f.short ? [`-${f.short}`] : []),
  ]),
  ...['--file', '-f', '--timeout'],
  // the canonical flags of API commands
  ...['-p', '--project', '-e', '--env', '-s', '--service', '-w', '--workflow', '-t', '--task', '--job'],
  // zadigctl api
  ...['-F', '--field', '--raw-field', '-H', '--header', '-X', '--method', '--input'],
  // zadigctl contract
  ...['--include', '--exclude', '--params', '--allow-writes', '--junit', '--concurrency'],
  // zadigctl mock start
  '--idle',
]);

/** Indexes of the words that are not flags or flag values (up to `--`), e.g. module and command. */
export function positionalIndexes(argv: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') break;
    if (token.startsWith('-')) {
      if (VALUE_FLAGS.has(token)) i++;
      continue;
    }
    out.push(i);
  }
  return out;
}

/** The first word of `argv` that is neither a flag nor a flag's value (a builtin's subcommand). */
export function firstPositional(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--') return argv[i + 1];
    if (word.startsWith('-')) {
      if (VALUE_FLAGS.has(word)) i++;
      continue;
    }
    return word;
  }
  return undefined;
}

export { closest } from './model/suggest.js';

/** parseArgs with messages that name the flag at fault, for `where` (e.g. `zadigctl api`). */
export function parseFlags(argv: string[], options: OptionSpec, where: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(
        `unknown flag ${unknown} for \`${where}\``,
        guess ? `Did you mean --${guess}?` : `Run \`${where} --help\`.`,
      );
    }
    const missingValue = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[1];
    if (missingValue) throw new UsageError(`flag ${missingValue} needs a value`, `Run \`${where} --help\`.`);
    throw new UsageError(message);
  }
}

export function globalFlags(values: Record<string, unknown>): GlobalFlags {
  const listFields = values.json === true;
  const fields =
    typeof values.json === 'string'
      ? values.json
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : undefined;
  const output = (values.output as string | undefined) ?? (fields || listFields ? 'json' : 'table');
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw new UsageError(
      `--output: unknown format ${JSON.stringify(output)}; expected one of ${OUTPUT_FORMATS.join(', ')}`,
    );
  }
  if (fields && fields.length === 0)
    throw new UsageError('--json: expected a comma-separated list of fields (or --json alone to list them)');
  const jq = typeof values.jq === 'string' ? values.jq : undefined;
  if (jq !== undefined && !jq.trim()) throw new UsageError('--jq needs a filter, e.g. --jq .list');
  const zadigVersion =
    typeof values['zadig-version'] === 'string' ? values['zadig-version'].trim() : undefined;
  if (zadigVersion === '') throw new UsageError('--zadig-version needs a release, e.g. v5.0.0');
  return {
    output: output as OutputFormat,
    ...(fields ? { fields } : {}),
    ...(listFields ? { listFields } : {}),
    ...(jq !== undefined ? { jq } : {}),
    ...(zadigVersion ? { zadigVersion } : {}),
    ...(typeof values.server === 'string' ? { server: values.server } : {}),
    ...(typeof values.profile === 'string' ? { profile: values.profile } : {}),
    ...(typeof values['ca-file'] === 'string' ? { caFile: values['ca-file'] } : {}),
    ...(typeof values['request-timeout'] === 'string' ? { requestTimeout: values['request-timeout'] } : {}),
    mock: Boolean(values.mock),
    dryRun: Boolean(values['dry-run']),
    yes: Boolean(values.yes),
    showSecrets: Boolean(values['show-secrets']),
    help: Boolean(values.help),
  };
}
