/** Waits `ms`, or rejects when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * The clock and timers the client uses: per-attempt deadlines, backoff and poll delays, elapsed times.
 * Pass your own (all or some) to observe or control time, e.g. in tests; the client never touches any
 * other timer.
 */
export interface ZadigTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
}

export const SYSTEM_TIMERS: ZadigTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A {@link Sleep} made of `timers`: one timer, cleared when the signal aborts first. */
export function sleepWith(timers: Pick<ZadigTimers, 'setTimeout' | 'clearTimeout'>): Sleep {
  return (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        timers.clearTimeout(handle);
        reject(signal?.reason);
      };
      const handle = timers.setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}

/** The client's default sleep: a real timer, cleared when the signal aborts first. */
export const systemSleep: Sleep = sleepWith(SYSTEM_TIMERS);
