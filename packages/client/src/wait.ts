import { ZadigError } from './errors.js';
import type { Sleep } from './transport.js';

/** A snapshot reported while waiting. */
export interface WaitProgress<T> {
  /** The latest state fetched. */
  state: T;
  /** Its status, as the waiter reads it. */
  status: string;
  /** Polls made so far. */
  polls: number;
  /** Milliseconds since waiting began. */
  elapsedMs: number;
}

/** Options of the wait helpers. */
export interface WaitOptions<T> {
  /** First delay between polls in ms. Default 2000. */
  intervalMs?: number | undefined;
  /** Longest delay between polls in ms; the delay grows by half each poll up to this. Default 15 000. */
  maxIntervalMs?: number | undefined;
  /** Give up after this many ms with a `ZadigWaitTimeoutError`. Default 30 minutes. */
  timeoutMs?: number | undefined;
  /** Called after every poll. */
  onProgress?: ((progress: WaitProgress<T>) => void) | undefined;
  /** Stop waiting (the operation itself goes on on the server). */
  signal?: AbortSignal | undefined;
}

/** Waiting ran past its deadline. The last state is attached; the task itself was not cancelled. */
export class ZadigWaitTimeoutError<T = unknown> extends ZadigError {
  override name = 'ZadigWaitTimeoutError';
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    readonly lastState: T | undefined,
    readonly lastStatus: string | undefined,
  ) {
    super(
      `${what} was still ${lastStatus ?? 'unknown'} after ${timeoutMs} ms; stopped waiting (it was not cancelled)`,
    );
  }
}

/** How to poll one kind of thing until it reaches a final status. */
export interface Waiter<T> {
  /** Used in messages, e.g. `version v1.2.0 of demo`. */
  what: string;
  fetch(signal?: AbortSignal): Promise<T>;
  status(state: T): string;
  isFinal(status: string): boolean;
}

/**
 * Polls until the status is final, with growing delays and a deadline; resolves to the final state
 * (whatever it is: callers decide whether `failed` is an error).
 */
export async function waitUntilFinal<T>(
  waiter: Waiter<T>,
  sleep: Sleep,
  options: WaitOptions<T> = {},
  now: () => number = Date.now,
): Promise<T> {
  const started = now();
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  let delay = options.intervalMs ?? 2000;
  const maxDelay = options.maxIntervalMs ?? 15_000;
  let last: T | undefined;
  let lastStatus: string | undefined;
  for (let polls = 1; ; polls++) {
    last = await waiter.fetch(options.signal);
    lastStatus = waiter.status(last);
    options.onProgress?.({ state: last, status: lastStatus, polls, elapsedMs: now() - started });
    if (waiter.isFinal(lastStatus)) return last;
    const remaining = timeoutMs - (now() - started);
    if (remaining <= 0) throw new ZadigWaitTimeoutError(waiter.what, timeoutMs, last, lastStatus);
    await sleep(Math.min(delay, remaining), options.signal);
    delay = Math.min(Math.round(delay * 1.5), maxDelay);
  }
}
