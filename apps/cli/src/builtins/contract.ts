// `zadigctl contract`: contract testing of a Zadig server against the spec. Only the help lives here; the
// run (spec, validator, client) is loaded when it is needed.

import { ExitCode, UsageError } from '../exit-codes.js';
import { closest, positionalIndexes } from '../globals.js';
import type { BuiltinContext } from './index.js';

/** Runs `zadigctl contract …`; resolves to the exit code. */
export async function run({ argv, io }: BuiltinContext): Promise<number> {
  const { CONTRACT_HELP, RUN_HELP } = await import('../contract/help.js');
  const index = positionalIndexes(argv)[0] ?? -1;
  const command = index === -1 ? undefined : argv[index];
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (command === undefined) {
    io.stdout.write(CONTRACT_HELP);
    return wantsHelp ? ExitCode.Ok : ExitCode.Usage;
  }
  if (command !== 'run') {
    const guess = closest(command, ['run']);
    throw new UsageError(
      `unknown command ${JSON.stringify(command)} for \`zadigctl contract\``,
      guess ? `Did you mean \`zadigctl contract ${guess}\`?` : 'Run `zadigctl contract --help`.',
    );
  }
  const rest = argv.filter((_, i) => i !== index);
  const { parseRunOptions } = await import('../contract/options.js');
  const options = parseRunOptions(rest);
  if (options.flags.help) {
    io.stdout.write(RUN_HELP);
    return ExitCode.Ok;
  }
  const { runContract } = await import('../contract/run.js');
  return runContract(options, io);
}
