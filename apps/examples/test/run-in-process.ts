// Runs an example script in this process: `main(argv, io)` with captured output, the clean environment a
// spawned script gets, and a virtual clock. Cheap, so most tests use it; `runScript` (run-script.ts) spawns
// tsx as a user would and is kept for one end-to-end run per script.
import { startSimulator } from '@zadig-ts/simulator';
import { virtualClock } from '@zadig-ts/testing';
import { inject } from 'vitest';
import type { Main } from '../src/lib/cli.js';
import type { ScriptIO } from '../src/lib/io.js';
import { main as releaseFromEnv } from '../src/release-from-env.js';
import { main as releasePlanReport } from '../src/release-plan-report.js';
import { main as runWorkflowAndWait } from '../src/run-workflow-and-wait.js';
import type { ScriptResult } from './run-script.js';

const SCRIPTS: Record<'release-from-env' | 'run-workflow-and-wait' | 'release-plan-report', Main> = {
  'release-from-env': releaseFromEnv,
  'run-workflow-and-wait': runWorkflowAndWait,
  'release-plan-report': releasePlanReport,
};

export interface InProcessResult extends ScriptResult {
  code: number;
  /** With --mock: whether the script stopped its mock before returning. */
  mockStopped: boolean;
  /** Milliseconds the script slept on its (virtual) clock: polling delays and retry backoff. */
  sleptMs: number;
}

/**
 * Runs a script's `main` in process with only PATH, HOME, NO_COLOR=1 and `env` in its environment (as
 * runScript gives a spawned script), a virtual clock starting at `options.now` (default: the real time),
 * and stdout and stderr captured.
 */
export async function runInProcess(
  name: keyof typeof SCRIPTS,
  args: string[],
  env: Record<string, string> = {},
  options: { now?: number; mock?: 'prism' | 'simulator' } = {},
): Promise<InProcessResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const clock = virtualClock(options.now);
  const io: ScriptIO = {
    stdout: { write: (text) => void stdout.push(text) },
    stderr: { write: (text) => void stderr.push(text) },
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    now: clock.now,
    sleep: clock.sleep,
    // --mock gets the run's Prism (spec examples), or a simulator of its own on the script's virtual clock:
    // the script's polls move the simulator's time, so lifecycles end without real waiting.
    startMock: async () => {
      if (options.mock === 'simulator') {
        const sim = await startSimulator({ clock: { now: clock.now } });
        return {
          url: sim.url,
          stop: async () => {
            mockStopped = true;
            await sim.stop();
          },
        };
      }
      return {
        url: inject('prismUrl'),
        stop: async () => {
          mockStopped = true;
        },
      };
    },
  };
  let mockStopped = false;
  const code = await SCRIPTS[name](args, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join(''), sleptMs: clock.slept(), mockStopped };
}
