// Two ways to run zadigctl in tests. `runCli` calls `run(argv, io)` in this process with its own streams,
// environment and clock: cheap, so most tests use it, many at once. `spawnCli` starts the built binary as a
// user would: kept for what only a process shows (start-up, exit codes, signals, terminals, pipes).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type ProcessResult, runNode, virtualClock } from '@zadig-ts/testing';
import { inject } from 'vitest';
import { run } from '../src/cli.js';
import type { IO, OutputStream } from '../src/io.js';

export const BIN = fileURLToPath(new URL('../dist/zadigctl.cjs', import.meta.url));

/** Where in-process runs keep state (audit log) unless a test sets XDG_STATE_HOME: never the user's. */
const STATE_HOME = mkdtempSync(join(tmpdir(), 'zadigctl-state-'));
/** Where spawned runs keep compiled code (Node 20, src/code-cache.ts): never the user's cache either. */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'zadigctl-cache-'));

export type CliResult = ProcessResult;

export interface RunOptions {
  /** Added to PATH, HOME and NO_COLOR=1, the only variables otherwise set (as for a spawned binary). */
  env?: Record<string, string>;
  /** Written to stdin, which then ends. */
  input?: string;
  /**
   * Which streams are terminals (none by default, as in a pipe). A terminal stdin takes raw mode and hands
   * `input` to prompts as typed keys.
   */
  tty?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** The terminal's width, when stdout is a terminal. Default 120. */
  columns?: number;
  /** Ctrl-C once stderr so far satisfies this (checked after every write). */
  interruptWhen?: (stderr: string) => boolean;
  /** The IO's real-time ticker (the live clock of --wait); none by default. */
  every?: IO['every'];
  /** The server --mock uses; default: the run's Prism. */
  startMock?: IO['startMock'];
  /** The clock (`now`, and `sleep` for polls and retries); default: a virtual clock of this run's own. */
  clock?: Pick<IO, 'now' | 'sleep'>;
}

function collector(isTTY: boolean, columns: number | undefined, onWrite?: () => void) {
  const chunks: string[] = [];
  const stream: OutputStream = {
    write: (text) => {
      chunks.push(text);
      onWrite?.();
    },
    isTTY,
    columns: isTTY ? columns : undefined,
  };
  return { stream, text: () => chunks.join('') };
}

function stdinOf(options: RunOptions): IO['stdin'] {
  const stream = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  if (!options.tty?.stdin) return stream;
  return Object.assign(stream, { isTTY: true, setRawMode: () => stream });
}

/** Runs zadigctl in process with a clean environment, a virtual clock and captured output. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const interrupts = new Set<() => void>();
  let interrupted = false;
  const stdout = collector(Boolean(options.tty?.stdout), options.columns ?? 120);
  const stderr = collector(Boolean(options.tty?.stderr), options.columns ?? 120, () => {
    if (!interrupted && options.interruptWhen?.(stderr.text())) {
      interrupted = true;
      for (const handler of [...interrupts]) handler();
    }
  });
  const clock = options.clock ?? virtualClock();
  const io: IO = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: stdinOf(options),
    // A private state directory (audit log, shared mock state) unless a test gives one.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      XDG_STATE_HOME: STATE_HOME,
      ...options.env,
    },
    now: clock.now,
    sleep: clock.sleep,
    ...(options.every ? { every: options.every } : {}),
    onInterrupt(handler) {
      interrupts.add(handler);
      return () => interrupts.delete(handler);
    },
    // --mock uses the run's Prism; starting one per command is what smoke.test.ts checks, spawned.
    startMock: options.startMock ?? (async () => ({ url: inject('prismUrl'), stop: async () => {} })),
  };
  const code = await run(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Spawns the built zadigctl with a clean environment (only what is passed, plus PATH, HOME, NO_COLOR). */
export function spawnCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  return runNode([BIN, ...args], {
    ...options,
    env: { XDG_STATE_HOME: STATE_HOME, XDG_CACHE_HOME: CACHE_HOME, ...options.env },
  });
}
