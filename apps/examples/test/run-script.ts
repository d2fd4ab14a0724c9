// Runs an example script as a process, the way a user would (tsx), with a clean environment. Each script
// keeps one such test (release-from-env its --mock run, which starts and stops a Prism of its own); the others
// call main in process (run-in-process.ts), which is much cheaper.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type ProcessResult, runNode } from '@zadig-ts/testing';

const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type ScriptResult = ProcessResult;

/** Spawns `tsx src/<name>.ts ...args` with only PATH, HOME, NO_COLOR and the given variables set. */
export function runScript(
  name: 'release-from-env' | 'run-workflow-and-wait' | 'release-plan-report',
  args: string[],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  return runNode([TSX, `src/${name}.ts`, ...args], { env, cwd: ROOT });
}

/** Resolves true when nothing accepts connections at `url` any more (a stopped mock). */
export async function isClosed(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return false;
  } catch {
    return true;
  }
}

/** The Prism address a `--mock` run announced on stderr. */
export function mockUrlOf(stderr: string): string {
  const match = /Using the Zadig simulator at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
  if (!match?.[1]) throw new Error(`no mock address in stderr:\n${stderr}`);
  return match[1];
}
