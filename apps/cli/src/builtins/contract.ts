// `zadigctl contract`: contract testing of a Zadig server against the spec. Only the help lives here; the
// run (spec, validator, client) is loaded when it is needed.

import { ExitCode } from '../exit-codes.js';
import type { BuiltinContext } from './index.js';

/** Runs `zadigctl contract …`; resolves to the exit code. */
export async function run({ command, line, help, io }: BuiltinContext): Promise<number> {
  const { CONTRACT_HELP, RUN_HELP } = await import('../contract/help.js');
  if (!command) {
    io.stdout.write(CONTRACT_HELP);
    return help ? ExitCode.Ok : ExitCode.Usage;
  }
  if (help) {
    io.stdout.write(RUN_HELP);
    return ExitCode.Ok;
  }
  const { parseRunOptions } = await import('../contract/options.js');
  const options = parseRunOptions(line);
  if (options.flags.jq !== undefined) {
    // A filter that does not compile is a usage error before any request.
    const { checkFilter } = await import('./api/jq.js');
    await checkFilter(options.flags.jq);
  }
  const { runContract } = await import('../contract/run.js');
  return runContract(options, io);
}
