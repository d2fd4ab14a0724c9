// Everything the scripts touch outside their arguments: output streams, environment and clock. A script's
// `main(argv, io)` uses nothing else of the process, so tests run it in process with their own streams,
// environment and a virtual clock, and the tsx entry passes the real ones (processIO).
import { logLevelOf, type Sleep, systemSleep, type ZadigClientOptions } from '@zadig-ts/client';

/** Where output goes: stdout or stderr. */
export interface OutputStream {
  write(text: string): void;
}

export interface ScriptIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The environment (ZADIG_URL, ZADIG_TOKEN, ZADIG_LOG, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits between polls and retries; rejects when the signal aborts. */
  sleep: Sleep;
  /** The server `--mock` uses. Default: the Zadig simulator, started for the run and stopped after it. */
  startMock?(): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * The client options that come from IO: address and token from its environment, its clock and sleep, and
 * debug lines (ZADIG_LOG) on its stderr, so the client reads nothing of the process either.
 */
export function clientOptions(
  io: ScriptIO,
): Pick<ZadigClientOptions, 'baseUrl' | 'token' | 'sleep' | 'timers' | 'logger' | 'logLevel'> {
  const line = (message: string) => io.stderr.write(`${message}\n`);
  return {
    // Never undefined, or the client would read process.env: with '' (unset) it throws its usual
    // "No Zadig address: … set ZADIG_URL" error, and it validates any other value as before.
    baseUrl: io.env.ZADIG_URL ?? '',
    // '' sends no Authorization header, as an unset ZADIG_TOKEN does.
    token: io.env.ZADIG_TOKEN ?? '',
    sleep: io.sleep,
    timers: { now: () => io.now() },
    logger: { debug: line, warn: line },
    logLevel: logLevelOf(io.env.ZADIG_LOG),
  };
}

/** The real process: its streams, environment and clock. */
export function processIO(): ScriptIO {
  return {
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    env: process.env,
    now: () => Date.now(),
    sleep: systemSleep,
  };
}
