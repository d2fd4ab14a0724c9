// Time for the simulator. Lifecycles are computed from the clock when asked (nothing is scheduled), so a
// test that moves a manual clock sees exactly the states that time gives, whatever the machine is doing.

/** What the simulator reads the time from. */
export interface SimulatorClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Calls `listener` whenever time moves (a manual clock); open log streams push new lines then. Without
   * it, open streams look at the clock every 100 ms of real time.
   */
  subscribe?(listener: () => void): () => void;
}

/** A clock that moves only when told: for tests and for scripted demos. */
export interface ManualClock extends SimulatorClock {
  /** Moves time forward by `ms`. */
  advance(ms: number): void;
  /**
   * Moves time forward by `ms` and resolves after pending I/O: give it to the client as its `sleep`, and
   * polling (`waitFor`) drives the simulator's time instead of waiting for it.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  subscribe(listener: () => void): () => void;
}

/** A manual clock starting at `start` (default: now). */
export function createManualClock(start: number = Date.now()): ManualClock {
  let now = start;
  const listeners = new Set<() => void>();
  const advance = (ms: number) => {
    if (!(ms >= 0)) throw new RangeError(`cannot move a clock by ${ms} ms`);
    now += ms;
    for (const listener of [...listeners]) listener();
  };
  return {
    now: () => now,
    advance,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      advance(ms);
      return new Promise((resolve) => setImmediate(resolve));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const SYSTEM_CLOCK: SimulatorClock = { now: () => Date.now() };
