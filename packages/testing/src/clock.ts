// Time for code under test that takes its clock and sleep as parameters (the client, zadigctl's IO, the
// example scripts): it moves only when slept on, so polling and backoff cost no real time and elapsed times
// are exact, whatever the machine is doing.

/** A clock whose `sleep(ms)` advances it by `ms` and returns at once (after pending I/O callbacks). */
export function virtualClock(start = Date.now()) {
  let offset = 0;
  return {
    now: () => start + offset,
    sleep: (ms: number, signal?: AbortSignal): Promise<void> => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      offset += ms;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
    /** Milliseconds slept so far. */
    slept: () => offset,
  };
}
