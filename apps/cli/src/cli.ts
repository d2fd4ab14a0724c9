import { BUILTINS } from './builtins/index.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { closest, globalFlags, positionalIndexes } from './globals.js';
import type { IO } from './io.js';
import { VERSION } from './version.js';

/** The words that are not flags or flag values: module and command first. */
function positionals(argv: string[]): string[] {
  return positionalIndexes(argv).map((i) => argv[i] ?? '');
}

function printError(io: IO, error: unknown, json: boolean): number {
  const code = error instanceof UsageError || error instanceof CliError ? error.exitCode : ExitCode.Failure;
  const hint = error instanceof UsageError || error instanceof CliError ? error.hint : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    io.stderr.write(
      `${JSON.stringify({ error: { message, exitCode: code, ...(hint ? { hint } : {}) } }, null, 2)}\n`,
    );
  } else {
    io.stderr.write(`error: ${message}\n${hint ? `${hint}\n` : ''}`);
  }
  return code;
}

/**
 * Runs zadigctl with the given arguments; resolves to the exit code. Everything outside the arguments (streams,
 * environment, clock, Ctrl-C) comes from `io`: the binary passes the process's, tests their own.
 */
export async function run(argv: string[], io: IO): Promise<number> {
  const version = VERSION;
  const wantsJson =
    argv.includes('json') && argv.some((a) => a === '-o' || a === '--output' || a.startsWith('--output='));
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
      const guess = closest(module, [...all.keys()]);
      throw new UsageError(
        `unknown module ${JSON.stringify(module)}`,
        guess ? `Did you mean \`zadigctl ${guess}\`?` : 'Run `zadigctl --help` for the modules.',
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
        moduleCommands.map((c) => c.verb),
      );
      throw new UsageError(
        `unknown command ${JSON.stringify(verb)} in module ${module}`,
        guess
          ? `Did you mean \`zadigctl ${module} ${guess}\`?`
          : `Run \`zadigctl ${module} --help\` for its commands.`,
      );
    }
    const { parseCommandArgs } = await import('./commands/args.js');
    const parsed = parseCommandArgs(command, argv);
    const flags = globalFlags(parsed.values);
    if (flags.help) {
      io.stdout.write(commandHelp(command));
      return ExitCode.Ok;
    }
    const { runOperation } = await import('./commands/operation.js');
    return await runOperation(command, {
      io,
      flags,
      values: parsed.values as Record<string, string | boolean | undefined>,
      extra: parsed.positionals.slice(2),
    });
  } catch (error) {
    return printError(io, error, wantsJson);
  }
}

export type { GlobalFlags } from './globals.js';
