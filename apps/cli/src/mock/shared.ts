// The mock that `--mock` commands share: the first starts the Zadig simulator in the background (a detached
// supervisor), later ones find it through the state file and reuse it, with the state earlier ones left.
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IO } from '../io.js';
import { VERSION } from '../version.js';
import { accepts, alive, type MockState, mockStatePath, readMockState, removeState, touch } from './state.js';

async function readFailure(path: string): Promise<{ error: string } | undefined> {
  try {
    const state = JSON.parse(await readFile(path, 'utf8'));
    return typeof state.error === 'string' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Default idle time before the shared mock stops: 15 minutes. */
export const DEFAULT_IDLE_MS = 15 * 60_000;

const START_TIMEOUT_MS = 120_000;

/** The running shared mock, checked: the state names a live supervisor of this version whose port answers. */
export async function runningMock(io: IO): Promise<MockState | undefined> {
  const path = mockStatePath(io.env);
  const state = await readMockState(path);
  if (!state || !alive(state.pid) || !(await accepts(state.url))) return undefined;
  return state;
}

/** Stops the shared mock if one runs; resolves once its state file is gone (or after 10 s). */
export async function stopMock(io: IO, state?: MockState): Promise<boolean> {
  const path = mockStatePath(io.env);
  const current = state ?? (await readMockState(path));
  if (!current) return false;
  if (alive(current.pid)) {
    try {
      process.kill(current.pid, 'SIGTERM');
    } catch {
      // Gone in between.
    }
    for (let i = 0; i < 100 && alive(current.pid); i++) await io.sleep(100);
  }
  const after = await readMockState(path);
  if (after?.pid === current.pid) await removeState(path);
  return true;
}

function daemonPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'zadigctl-mock.js');
}

/**
 * The shared mock's URL, starting it when none runs (or one of another zadigctl version). Concurrent first
 * commands agree through a lock file: one starts the supervisor, the others wait for its state file.
 */
export async function sharedMock(
  io: IO,
  idleMs = DEFAULT_IDLE_MS,
): Promise<{ url: string; started: boolean }> {
  const path = mockStatePath(io.env);
  const existing = await runningMock(io);
  if (existing && existing.version === VERSION) {
    await touch(path);
    return { url: existing.url, started: false };
  }
  if (existing) await stopMock(io, existing);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const lock = `${path}.lock`;
  let owner = false;
  try {
    await (await open(lock, 'wx', 0o600)).close();
    owner = true;
  } catch {
    // Another command is starting it; a lock older than the start timeout is stale.
    const { mtimeMs } = await stat(lock).catch(() => ({ mtimeMs: 0 }));
    if (io.now() - mtimeMs > START_TIMEOUT_MS) {
      await rm(lock, { force: true });
      return sharedMock(io, idleMs);
    }
  }
  try {
    if (owner) {
      await removeState(path);
      // Loaded here: a command that finds the mock running never spawns.
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, [daemonPath(), path, String(idleMs), VERSION], {
        detached: true,
        stdio: 'ignore',
      });
      child.unref();
    }
    const deadline = io.now() + START_TIMEOUT_MS;
    while (io.now() < deadline) {
      const state = await runningMock(io);
      if (state) return { url: state.url, started: owner };
      const failed = await readFailure(path);
      if (failed) {
        await removeState(path);
        throw new Error(failed.error);
      }
      await io.sleep(50);
    }
    throw new Error(`the mock server did not start within ${START_TIMEOUT_MS / 1000} s`);
  } finally {
    if (owner) await rm(lock, { force: true });
  }
}
