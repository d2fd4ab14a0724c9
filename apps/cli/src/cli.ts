import { parseArgs } from 'node:util';
import { type Command, findCommand, kebab, modules } from './commands/catalog.js';
import { commandHelp, moduleHelp, rootHelp } from './commands/help.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output/render.js';

interface GlobalFlags {
  output: OutputFormat;
  server?: string;
  mock: boolean;
  dryRun: boolean;
  yes: boolean;
  help: boolean;
}

const GLOBAL_OPTIONS = {
  output: { type: 'string', short: 'o' },
  server: { type: 'string' },
  mock: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VALUE_FLAGS = new Set(['-o', '--output', '--server', '--file', '-f']);

/** The first two words that are not flags or flag values: module and command. */
function positionals(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') break;
    if (token.startsWith('-')) {
      if (VALUE_FLAGS.has(token)) i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

function closest(word: string, candidates: string[]): string | undefined {
  return candidates.find((c) => c.startsWith(word) || word.startsWith(c) || c.includes(word));
}

function parseCommandArgs(command: Command, argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...GLOBAL_OPTIONS };
  const byFlag = new Map<string, string>();
  for (const p of command.operation.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    options[p.name] = { type: 'string' };
    byFlag.set(p.name, p.name);
    const alias = kebab(p.name);
    if (alias !== p.name) {
      options[alias] = { type: 'string' };
      byFlag.set(alias, p.name);
    }
  }
  if (command.operation.requestBody) options.file = { type: 'string', short: 'f' };
  try {
    return { ...parseArgs({ args: argv, options, allowPositionals: true, strict: true }), byFlag };
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    const where = `zadigctl ${command.module} ${command.verb}`;
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

function globalFlags(values: Record<string, unknown>): GlobalFlags {
  const output = (values.output as string | undefined) ?? 'table';
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw new UsageError(
      `--output: unknown format ${JSON.stringify(output)}; expected one of ${OUTPUT_FORMATS.join(', ')}`,
    );
  }
  return {
    output: output as OutputFormat,
    server: values.server as string | undefined,
    mock: Boolean(values.mock),
    dryRun: Boolean(values['dry-run']),
    yes: Boolean(values.yes),
    help: Boolean(values.help),
  };
}

function printError(error: unknown, json: boolean): number {
  const code = error instanceof UsageError || error instanceof CliError ? error.exitCode : ExitCode.Failure;
  const hint = error instanceof UsageError || error instanceof CliError ? error.hint : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    process.stderr.write(
      `${JSON.stringify({ error: { message, exitCode: code, ...(hint ? { hint } : {}) } }, null, 2)}\n`,
    );
  } else {
    process.stderr.write(`error: ${message}\n${hint ? `${hint}\n` : ''}`);
  }
  return code;
}

/** Runs zadigctl with the given arguments; resolves to the exit code. */
export async function run(argv: string[], version: string): Promise<number> {
  const wantsJson =
    argv.includes('json') && argv.some((a) => a === '-o' || a === '--output' || a.startsWith('--output='));
  try {
    const [module, verb] = positionals(argv);
    const all = modules();
    if (!module) {
      if (argv.includes('--version') || argv.includes('-v')) {
        process.stdout.write(`zadigctl ${version}\n`);
        return ExitCode.Ok;
      }
      process.stdout.write(rootHelp());
      return argv.length === 0 || argv.includes('--help') || argv.includes('-h')
        ? ExitCode.Ok
        : ExitCode.Usage;
    }
    const moduleCommands = all.get(module);
    if (!moduleCommands) {
      const guess = closest(module, [...all.keys()]);
      throw new UsageError(
        `unknown module ${JSON.stringify(module)}`,
        guess ? `Did you mean \`zadigctl ${guess}\`?` : 'Run `zadigctl --help` for the modules.',
      );
    }
    if (!verb) {
      process.stdout.write(moduleHelp(module, moduleCommands));
      return argv.includes('--help') || argv.includes('-h') ? ExitCode.Ok : ExitCode.Usage;
    }
    const command = findCommand(module, verb);
    if (!command) {
      const guess = closest(
        verb,
        moduleCommands.map((c) => c.verb),
      );
      throw new UsageError(
        `unknown command ${JSON.stringify(verb)} in module ${module}`,
        guess
          ? `Did you mean \`zadigctl ${module} ${guess}\`?`
          : `Run \`zadigctl ${module} --help\` for its commands.`,
      );
    }
    const parsed = parseCommandArgs(command, argv);
    const flags = globalFlags(parsed.values);
    if (flags.help) {
      process.stdout.write(commandHelp(command));
      return ExitCode.Ok;
    }
    const { runOperation } = await import('./commands/operation.js');
    return await runOperation(command, {
      flags,
      values: parsed.values as Record<string, string | boolean | undefined>,
      byFlag: parsed.byFlag,
      extra: parsed.positionals.slice(2),
    });
  } catch (error) {
    return printError(error, wantsJson);
  }
}

export type { GlobalFlags };
