// The shared mock server's state file: where the Prism that `--mock` commands reuse listens, and who runs it.
import { readFile, rm, utimes } from 'node:fs/promises';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** What the mock's supervisor writes once Prism listens. */
export interface MockState {
  url: string;
  /** The supervisor's process id. */
  pid: number;
  /** The zadigctl version that started it: another version starts its own (its spec may differ). */
  version: string;
  startedAt: number;
  /** Stops after this long without a command using it. */
  idleMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `$XDG_STATE_HOME/zadigctl` (default `~/.local/state/zadigctl`). */
export function stateDir(env: Env): string {
  const xdg = env.XDG_STATE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'zadigctl');
}

export function mockStatePath(env: Env): string {
  return join(stateDir(env), 'mock.json');
}

export async function readMockState(path: string): Promise<MockState | undefined> {
  try {
    const state = JSON.parse(await readFile(path, 'utf8')) as MockState;
    return typeof state.url === 'string' && typeof state.pid === 'number' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether something accepts connections at the URL's port (Prism answers once it listens). */
export function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.setTimeout(1000);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Marks the mock as used now: the supervisor measures idle time from the state file's modification time. */
export async function touch(path: string): Promise<void> {
  const now = new Date();
  await utimes(path, now, now).catch(() => {});
}

export async function removeState(path: string): Promise<void> {
  await rm(path, { force: true });
}
