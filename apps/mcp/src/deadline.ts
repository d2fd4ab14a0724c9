// The overall deadline of one tool call, retries and polling included: hosts commonly give up on a call at
// 60 s, so the call ends first and says so, instead of being dropped by the host with nothing learned.
import type { ZadigTimers } from '@zadig-ts/client';

/** Default deadline of a call, in seconds (`--call-timeout`). */
export const DEFAULT_CALL_TIMEOUT_SECONDS = 45;

export interface Deadline {
  /** Aborted when the host cancels the call or the deadline passes. */
  signal: AbortSignal;
  /** The deadline passed (rather than the host cancelling). */
  readonly expired: boolean;
  /** The deadline, in ms. */
  readonly ms: number;
  /** Milliseconds left, by the clock of `timers`. */
  remainingMs(): number;
  /** Clears the timer. */
  dispose(): void;
}

/** Starts the deadline of a call that `cancelled` aborts when the host cancels it. */
export function startDeadline(ms: number, timers: ZadigTimers, cancelled: AbortSignal): Deadline {
  const controller = new AbortController();
  const started = timers.now();
  let expired = false;
  const onCancel = () => controller.abort(cancelled.reason);
  if (cancelled.aborted) onCancel();
  else cancelled.addEventListener('abort', onCancel, { once: true });
  const timer = timers.setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`the call's deadline of ${ms / 1000} s passed`, 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    ms,
    remainingMs: () => Math.max(0, started + ms - timers.now()),
    dispose: () => {
      timers.clearTimeout(timer);
      cancelled.removeEventListener('abort', onCancel);
    },
  };
}
