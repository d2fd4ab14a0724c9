// `zadigctl contract`: contract testing of a Zadig server against the spec. Only the help lives here; the
// run (spec, validator, client) is loaded when it is needed.

import { ExitCode, UsageError } from '../exit-codes.js';
import { closest } from '../globals.js';
import type { BuiltinContext } from './index.js';

/** Flags of `contract run` followed by a value, so that the value is not taken for the command. */
const VALUE_FLAGS = new Set([
  '-o',
  '--output',
  '--server',
  '--profile',
  '--include',
  '--exclude',
  '--params',
  '--allow-writes',
  '--junit',
  '--concurrency',
  '--timeout',
]);

function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') return -1;
    if (!token.startsWith('-')) return i;
    if (VALUE_FLAGS.has(token)) i++;
  }
  return -1;
}

/** Runs `zadigctl contract …`; resolves to the exit code. */
export async function run({ argv }: BuiltinContext): Promise<number> {
  const { CONTRACT_HELP, RUN_HELP } = await import('../contract/help.js');
  const index = commandIndex(argv);
  const command = index === -1 ? undefined : argv[index];
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (command === undefined) {
    process.stdout.write(CONTRACT_HELP);
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
    process.stdout.write(RUN_HELP);
    return ExitCode.Ok;
  }
  const { runContract } = await import('../contract/run.js');
  return runContract(options);
}
