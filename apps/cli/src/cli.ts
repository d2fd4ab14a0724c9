import { ConfigFileError } from '@zadig-ts/node';
import { BUILTINS, type Builtin } from './builtins/index.js';
import { type Descriptors, loadCatalog, loadDescriptors, scopeFor } from './command-scope.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { globalFlags } from './globals.js';
import type { IO } from './io.js';
import { type ScannedLine, scanLine } from './model/line.js';
import { parseLine } from './model/parse.js';
import { closest } from './model/suggest.js';
import { sayRedacted } from './secrets/hint.js';
import { VERSION } from './version.js';

function printError(io: IO, error: unknown, json: boolean): number {
  const known = error instanceof UsageError || error instanceof CliError || error instanceof ConfigFileError;
  const code = known ? error.exitCode : ExitCode.Failure;
  const hint = known ? error.hint : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof CliError ? error.details : undefined;
  if (json) {
    const body = { message, exitCode: code, ...(details ?? {}), ...(hint ? { hint } : {}) };
    // The Zadig message sits beside the CLI's own when they differ.
    if (details?.message !== undefined && details.message !== message) {
      Object.assign(body, { message, serverMessage: details.message });
    }
    io.stderr.write(`${JSON.stringify({ error: body }, null, 2)}\n`);
  } else {
    const request = typeof details?.requestId === 'string' ? `request id: ${details.requestId}\n` : '';
    io.stderr.write(`error: ${message}\n${hint ? `${hint}\n` : ''}${request}`);
  }
  return code;
}

/**
 * Runs zadigctl with the given arguments; resolves to the exit code. Everything outside the arguments (streams,
 * environment, clock, Ctrl-C) comes from `io`: the binary passes the process's, tests their own.
 */
export async function run(argv: string[], io: IO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } finally {
    sayRedacted(io);
  }
}

/** The line with `help` (as first word) turned into `--help`: `zadigctl help workflow run`. */
function helpWordAsFlag(argv: string[], index: number): string[] {
  return [...argv.slice(0, index), ...argv.slice(index + 1), '--help'];
}

const isBuiltin = (word: string) => word in BUILTINS;

/**
 * Splits the line into positional words and flags with the flags each command's descriptor gives, loading
 * the descriptors (catalog, builtins) only when a flag needs them.
 */
async function split(argv: string[], loaded: Descriptors = {}) {
  let descriptors = loaded;
  for (;;) {
    const line = scanLine(argv, scopeFor(descriptors, isBuiltin));
    const missing = [...line.needs].filter((n) => !descriptors[n]);
    if (!missing.length) return { descriptors, line };
    descriptors = await loadDescriptors(descriptors, missing);
  }
}

async function runBuiltin(
  name: string,
  argv: string[],
  line: ScannedLine,
  loaded: Descriptors,
  io: IO,
): Promise<number> {
  const builtin = BUILTINS[name] as Builtin;
  const { findBuiltin, subcommands } = loaded.builtins ?? (await import('./builtins/specs.js'));
  const spec = findBuiltin(line.positionals);
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const { run: runIt } = await builtin.load();
  if (!spec) {
    // A group (auth, config, mock, contract) without a known subcommand.
    const sub = line.positionals[1];
    const subs = subcommands(name).map((c) => c.path[1] as string);
    if (sub !== undefined && sub !== 'help') {
      const guess = closest(sub, subs);
      throw new UsageError(
        `unknown command ${JSON.stringify(sub)} in zadigctl ${name}`,
        guess ? `Did you mean \`zadigctl ${name} ${guess}\`?` : `Expected one of: ${subs.join(', ')}.`,
      );
    }
    const help = wantsHelp || sub === 'help';
    return runIt({ argv, line: { values: {}, positionals: [], tokens: [] }, help, version: VERSION, io });
  }
  const pathWords = new Set(line.indexes.slice(0, spec.path.length));
  const rest = argv.filter((_, i) => !pathWords.has(i));
  const where = `zadigctl ${spec.path.join(' ')}`;
  const parsed = parseLine(rest, spec.flags, where, spec.refuses ? { refuses: spec.refuses } : {});
  const help = parsed.values.help === true;
  // Profile and config-file errors come before the command's own complaints about its arguments.
  if (spec.target && !help) {
    const { preflight } = await import('./config/preflight.js');
    await preflight(globalFlags(parsed.values), io);
  }
  return runIt({ argv: rest, command: spec, line: parsed, help, version: VERSION, io });
}

async function dispatch(argv: string[], io: IO): Promise<number> {
  const version = VERSION;
  const wantsJson =
    (argv.includes('json') && argv.some((a) => a === '-o' || a === '--output')) ||
    argv.includes('--output=json') ||
    argv.includes('-ojson');
  try {
    let words = argv;
    let { descriptors, line } = await split(words);
    const first = line.positionals[0];
    if (first === 'help' && line.indexes[0] !== undefined) {
      words = helpWordAsFlag(words, line.indexes[0]);
      ({ descriptors, line } = await split(words, descriptors));
    }
    const [typed, verb] = line.positionals;
    const wantsHelp = words.includes('--help') || words.includes('-h');
    if (typed === undefined && !wantsHelp && (words.includes('--version') || words.includes('-v'))) {
      io.stdout.write(`zadigctl ${version}\n`);
      return ExitCode.Ok;
    }
    // Builtins (auth, doctor, api, …) do not need the operation catalog: dispatch them before loading it.
    if (typed !== undefined && isBuiltin(typed)) return await runBuiltin(typed, words, line, descriptors, io);
    const catalog = descriptors.api ?? (await loadCatalog());
    // Help texts are loaded only to be printed: a command that runs never needs them.
    const help = () => import('./commands/help.js');
    const module = typed === undefined ? undefined : catalog.resolveModule(typed);
    const all = catalog.modules();
    if (!module) {
      io.stdout.write((await help()).rootHelp(BUILTINS));
      return argv.length === 0 || wantsHelp ? ExitCode.Ok : ExitCode.Usage;
    }
    const moduleCommands = all.get(module);
    if (!moduleCommands) {
      const guess = closest(typed as string, [...all.keys(), ...Object.keys(BUILTINS)]);
      throw new UsageError(
        `unknown command ${JSON.stringify(typed)}`,
        guess ? `Did you mean \`zadigctl ${guess}\`?` : 'Run `zadigctl --help` for the modules and commands.',
      );
    }
    if (!verb) {
      io.stdout.write((await help()).moduleHelp(module, moduleCommands));
      return wantsHelp ? ExitCode.Ok : ExitCode.Usage;
    }
    const command = catalog.findCommand(module, verb);
    if (!command && verb === 'help') {
      io.stdout.write((await help()).moduleHelp(module, moduleCommands));
      return ExitCode.Ok;
    }
    if (!command) {
      const guess = closest(
        verb,
        moduleCommands.flatMap((c) => [c.verb, ...c.aliases]),
      );
      throw new UsageError(
        `unknown command ${JSON.stringify(verb)} in module ${module}`,
        guess
          ? `Did you mean \`zadigctl ${module} ${guess}\`?`
          : `Run \`zadigctl ${module} --help\` for its commands.`,
      );
    }
    const pathWords = new Set(line.indexes.slice(0, 2));
    const rest = words.filter((_, i) => !pathWords.has(i));
    const parsed = parseLine(
      rest,
      catalog.commandFlags(command),
      `zadigctl ${command.module} ${command.verb}`,
    );
    const flags = globalFlags(parsed.values);
    if (flags.help) {
      io.stdout.write(await (await help()).commandHelp(command));
      return ExitCode.Ok;
    }
    // Profile and config-file errors come before missing flags and arguments (not for what sends nothing).
    if (!parsed.values.example && !flags.listFields) {
      const { preflight } = await import('./config/preflight.js');
      await preflight(flags, io);
    }
    const { runOperation } = await import('./commands/operation.js');
    return await runOperation(command, {
      io,
      flags,
      values: parsed.values,
      extra: parsed.positionals,
    });
  } catch (error) {
    return printError(io, error, wantsJson);
  }
}

export type { GlobalFlags } from './globals.js';
