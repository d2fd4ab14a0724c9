// What a command's client takes from its IO. Kept apart from io.ts, which every command loads: only commands
// that call the API load the client.
import {
  logLevelOf,
  type RetryNotice,
  type ZadigClientOptions,
  ZadigConnectionError,
  ZadigTimeoutError,
} from '@zadig-ts/client';
import type { IO } from './io.js';
import { parseDuration } from './model/duration.js';
import { clearSlowLine } from './request-wait.js';

/** 2_000 -> `2s`, 500 -> `0.5s`, 90_000 -> `90s`. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)}s`;
}

/** Why an attempt failed, in the words of the retry line: `no answer after 60s`, `HTTP 503`. */
function reason(notice: RetryNotice): string {
  const { error } = notice;
  if (error instanceof ZadigTimeoutError) return `no answer after ${seconds(error.timeoutMs)}`;
  if (error instanceof ZadigConnectionError) return error.message.replace(/^.* failed: /, '');
  return notice.status === undefined ? error.message : `the server answered ${notice.status}`;
}

/** `retrying in 2s (2/3): no answer after 60s (GET /openapi/projects)`. */
export function retryLine(notice: RetryNotice): string {
  let path = notice.url;
  try {
    path = new URL(notice.url).pathname;
  } catch {
    // Not a URL: shown as it is.
  }
  return `retrying in ${seconds(notice.delayMs)} (${notice.attempt}/${notice.attempts}): ${reason(notice)} (${notice.method} ${path})`;
}

/**
 * The client options that come from IO and the global flags: its clock, its sleep, debug lines on its stderr,
 * `--request-timeout`, and each retry announced on stderr (with -o json too: stdout stays the answer's),
 * so that a slow server is never minutes of silence.
 */
export function clientIO(
  io: IO,
  flags: { requestTimeout?: string | undefined } = {},
): Pick<ZadigClientOptions, 'sleep' | 'timers' | 'logger' | 'logLevel' | 'onRetry' | 'timeoutMs'> {
  const line = (message: string) => io.stderr.write(`${message}\n`);
  // Checked when the command line was parsed (a duration above zero).
  const timeoutMs =
    flags.requestTimeout === undefined ? undefined : parseDuration('--request-timeout', flags.requestTimeout);
  return {
    sleep: io.sleep,
    timers: { now: () => io.now() },
    logger: { debug: line, warn: line },
    logLevel: logLevelOf(io.env.ZADIG_LOG),
    onRetry: (notice) => {
      clearSlowLine(io);
      line(retryLine(notice));
    },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}
