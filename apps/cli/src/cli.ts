import { ConfigFileError } from '@zadig-ts/node';
import { BUILTINS } from './builtins/index.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { closest, globalFlags, positionalIndexes } from './globals.js';
import type { IO } from './io.js';
import { sayRedacted } from './secrets/hint.js';
import { VERSION } from './version.js';

/** The words that are not flags or flag values: module and command first. */
function positionals(argv: string[]): string[] {
  return positionalIndexes(argv).map((i) => argv[i] ?? '');
}

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

async function dispatch(argv: string[], io: IO): Promise<number> {
  const version = VERSION;
  const wantsJson =
    (argv.includes('json') && argv.some((a) => a === '-o' || a === '--output')) ||
    argv.includes('--output=json') ||
    argv.includes('-ojson');
  try {
    const [typed, verb] = positionals(argv);
    // Builtins (auth, doctor, api, …) do not need the operation catalog: dispatch them before loading it.
    const builtin = typed === undefined ? undefined : BUILTINS[typed];
    if (builtin) {
      const { run: runBuiltin } = await builtin.load();
      return await runBuiltin({
        argv: argv.filter((_, i) => i !== argv.indexOf(typed as string)),
        version,
        io,
      });
    }
    const { findCommand, modules, resolveModule } = await import('./commands/catalog.js');
    const { commandHelp, moduleHelp, rootHelp } = await import('./commands/help.js');
    const module = typed === undefined ? undefined : resolveModule(typed);
    const all = modules();
    if (!module) {
      if (argv.includes('--version') || argv.includes('-v')) {
        io.stdout.write(`zadigctl ${version}\n`);
        return ExitCode.Ok;
      }
      io.stdout.write(rootHelp(BUILTINS));
      return argv.length === 0 || argv.includes('--help') || argv.includes('-h')
        ? ExitCode.Ok
        : ExitCode.Usage;
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
      io.stdout.write(moduleHelp(module, moduleCommands));
      return argv.includes('--help') || argv.includes('-h') ? ExitCode.Ok : ExitCode.Usage;
    }
    const command = findCommand(module, verb);
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
    const { commandFlags } = await import('./commands/flags.js');
    const { parseLine } = await import('./model/parse.js');
    const parsed = parseLine(argv, commandFlags(command), `zadigctl ${command.module} ${command.verb}`);
    const flags = globalFlags(parsed.values);
    if (flags.help) {
      io.stdout.write(await commandHelp(command));
      return ExitCode.Ok;
    }
    const { runOperation } = await import('./commands/operation.js');
    return await runOperation(command, {
      io,
      flags,
      values: parsed.values,
      extra: parsed.positionals.slice(2),
    });
  } catch (error) {
    return printError(io, error, wantsJson);
  }
}

export type { GlobalFlags } from './globals.js';
