// What the binary loads for every command but `--version`: the CLI, run on the process's streams.
import { run } from './cli.js';
import { processIO } from './io.js';

export function start(argv: string[]): Promise<number> {
  return run(argv, processIO());
}
