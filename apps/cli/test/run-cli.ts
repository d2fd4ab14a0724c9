import { fileURLToPath } from 'node:url';
import { type ProcessResult, runNode } from '@zadig-ts/testing';

export const BIN = fileURLToPath(new URL('../dist/zadigctl.js', import.meta.url));

export type CliResult = ProcessResult;

/** Spawns the built zadigctl with a clean environment (only what is passed, plus PATH and HOME). */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  return runNode([BIN, ...args], options);
}
