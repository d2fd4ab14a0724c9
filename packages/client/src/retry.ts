/** Retry settings; see {@link ZadigClientOptions}. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number;
  /** First backoff delay in ms; doubles each retry. Default 500. */
  initialDelayMs: number;
  /** Longest backoff delay in ms. Default 8000. */
  maxDelayMs: number;
  /** Longest wait a `Retry-After` header can impose, in ms. Default 30 000. */
  maxRetryAfterMs: number;
}

/** The defaults: 2 retries, backoff from 0.5 s doubling up to 8 s, `Retry-After` honoured up to 30 s. */
export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 30_000,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([408, 429, 502, 503, 504]);

/** Whether a request with this method may be retried: idempotent methods always, POST/PATCH only if opted in. */
export function isRetryableMethod(method: string, retryNonIdempotent: boolean): boolean {
  return IDEMPOTENT.has(method.toUpperCase()) || retryNonIdempotent;
}

/** Whether a response status is worth retrying (408, 429, 502, 503, 504). */
export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUS.has(status);
}

/**
 * Milliseconds to wait before retry number `retry` (1-based). A `Retry-After` header (seconds or an HTTP
 * date) wins, capped at `maxRetryAfterMs`; otherwise exponential backoff from `initialDelayMs`, capped at
 * `maxDelayMs`, with up to 25 % jitter taken off so that clients spread out.
 */
export function retryDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfter: string | null | undefined,
  now: number = Date.now(),
  random: () => number = Math.random,
): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.maxRetryAfterMs);
  }
  const base = Math.min(policy.initialDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(base * (1 - 0.25 * random()));
}
