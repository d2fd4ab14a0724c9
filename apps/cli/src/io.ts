// Everything zadigctl touches outside its arguments: streams, environment, clock and Ctrl-C. Commands get
// one IO and use nothing else of the process, so that tests run them in process with their own streams,
// environment and clock, many at a time, and the binary passes the real ones (processIO).
import type { Sleep } from '@zadig-ts/client';
import type { TableView } from './output/table.js';

/** Where output goes: stdout or stderr. */
export interface OutputStream {
  write(text: string): void;
  /** A terminal: aligned tables, progress rewritten in place, prompts. */
  readonly isTTY: boolean;
  /** The terminal's width in columns, when it is a terminal. */
  readonly columns?: number | undefined;
}

/** What stdin offers: its bytes, and raw mode when it is a terminal (for hidden input). */
export type InputStream = NodeJS.ReadableStream & {
  readonly isTTY?: boolean | undefined;
  setRawMode?(mode: boolean): unknown;
};

export interface IO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  /** The environment (ZADIG_URL, ZADIG_TOKEN, HOME, XDG_*, NO_COLOR, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits between polls and retries; rejects when the signal aborts. */
  sleep: Sleep;
  /**
   * Calls `fn` every `ms` milliseconds of real time until the returned function is called (the live clock of
   * --wait on a terminal). Optional: without it nothing ticks (tests drive time with `sleep`).
   */
  every?(ms: number, fn: () => void): () => void;
  /** Calls `handler` on Ctrl-C (SIGINT) until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  /**
   * The server `--mock` uses. Default: the shared mock (started in the background by the first `--mock`
   * command, reused by later ones). Tests hand in the Prism their run already has.
   */
  startMock?(): Promise<{ url: string; stop(): Promise<void> }>;
}

/** Colours on `stream`: only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function colourOn(io: IO, stream: OutputStream): boolean {
  return stream.isTTY && !io.env.NO_COLOR;
}

/** A variable of `env`, trimmed; undefined when unset or blank. */
export function envValue(env: IO['env'], name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/**
 * A reader that went away (`zadigctl … | head -1`) is not an error: the process ends quietly with 0, as `gh`
 * and the coreutils do, instead of an unhandled EPIPE.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

function output(stream: NodeJS.WriteStream): OutputStream {
  endQuietlyOnClosedPipe(stream);
  return {
    write: (text) => {
      stream.write(text);
    },
    get isTTY() {
      return Boolean(stream.isTTY);
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
  };
}

/** The real process: its streams, environment, clock and SIGINT. */
export function processIO(): IO {
  return {
    stdout: output(process.stdout),
    stderr: output(process.stderr),
    // Touched only by commands that read it: opening stdin (a terminal's above all) loads readline and tty.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    now: () => Date.now(),
    // The client is loaded only by commands that call the API; so is its sleep.
    sleep: async (ms, signal) => (await import('@zadig-ts/client')).systemSleep(ms, signal),
    every(ms, fn) {
      const timer = setInterval(fn, ms);
      timer.unref();
      return () => clearInterval(timer);
    },
    onInterrupt(handler) {
      process.once('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}

/** How tables go to `stream` (stdout by default): fitted to the terminal, or tab-separated in a pipe. */
export function tableView(io: IO, stream: OutputStream = io.stdout): TableView {
  return { tty: stream.isTTY, colour: colourOn(io, stream), width: stream.columns };
}
