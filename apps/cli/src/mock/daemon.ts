// The shared mock's supervisor, started detached by the first `--mock` command (or `zadigctl mock start`):
// it starts the Zadig simulator (@zadig-ts/simulator: state that agrees with itself, lifecycles on a clock),
// writes the state file, and stops it (removing the file) after the idle time, on SIGTERM, or when the state
// file is gone or names another process. Its state lives as long as it does, so commands see each other's
// changes: a version created by one is listed by the next.
//   node zadigctl-mock.js <state file> <idle ms> <version>
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Simulator, startSimulator } from '@zadig-ts/simulator';
import { type MockState, readMockState, removeState } from './state.js';

const [statePath, idleText, version] = process.argv.slice(2);
if (!statePath || !idleText || !version) {
  process.stderr.write('usage: zadigctl-mock <state file> <idle ms> <version>\n');
  process.exit(2);
}
const idleMs = Number(idleText);

let mock: Simulator;
try {
  mock = await startSimulator();
} catch (error) {
  // The command waiting for the state file reports this.
  await mkdir(dirname(statePath), { recursive: true, mode: 0o700 });
  await writeFile(statePath, `${JSON.stringify({ error: (error as Error).message, pid: process.pid })}\n`, {
    mode: 0o600,
  });
  process.exit(1);
}
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const state = await readMockState(statePath as string);
    if (state?.pid === process.pid) await removeState(statePath as string);
    await mock.stop();
  }
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

await mkdir(dirname(statePath), { recursive: true, mode: 0o700 });
const state: MockState = { url: mock.url, pid: process.pid, version, startedAt: Date.now(), idleMs };
await writeFile(statePath, `${JSON.stringify(state)}\n`, { mode: 0o600 });

// Idle time is measured from the state file's modification time, which each command using the mock sets.
const CHECK_MS = Math.min(30_000, Math.max(1000, Math.floor(idleMs / 4)));
setInterval(async () => {
  const current = await readMockState(statePath as string);
  if (current?.pid !== process.pid) return stop(0);
  const { mtimeMs } = await stat(statePath as string).catch(() => ({ mtimeMs: 0 }));
  if (Date.now() - mtimeMs > idleMs) await stop(0);
}, CHECK_MS);
