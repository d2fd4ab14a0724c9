import { ZadigAbortError, ZadigConnectionError, ZadigTimeoutError } from './errors.js';
import type { ZadigLogger } from './logger.js';
import { tagRequest } from './request-meta.js';
import { isRetryableMethod, isRetryableStatus, type RetryPolicy, retryDelay } from './retry.js';

/** Waits `ms`, or rejects when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Everything one request's attempts depend on. */
export interface TransportSettings {
  /** Sends a request; `init.signal` (when given) must govern it. */
  fetch: (request: Request, init?: { signal: AbortSignal }) => Promise<Response>;
  retry: RetryPolicy;
  /** Per-attempt timeout in ms, covering the whole response body; 0 disables it. */
  timeoutMs: number;
  /** Retry POST and PATCH too (only when the caller knows they are safe to repeat). */
  retryNonIdempotent: boolean;
  logger: ZadigLogger | undefined;
  sleep: Sleep;
}

const NO_BODY_STATUS = new Set([101, 204, 205, 304]);

/** An abort signal for one attempt: fires when the caller aborts or when `ms` have passed. */
function attemptDeadline(caller: AbortSignal, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  // Never keep a process alive just for this timer.
  (timer as { unref?: () => void }).unref?.();
  if (caller.aborted) onAbort();
  else caller.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear() {
      clearTimeout(timer);
      caller.removeEventListener('abort', onAbort);
    },
  };
}

function isStreamResponse(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/event-stream');
}

const oneShotBodies = new WeakSet<object>();

/** Marks a request body that can be read once only (a stream); requests carrying it are never retried. */
export function markOneShot<T extends object>(body: T): T {
  oneShotBodies.add(body);
  return body;
}

function hasOneShotBody(request: Request): boolean {
  return request.body !== null && oneShotBodies.has(request.body);
}

function redactedHeaders(request: Request): string {
  const out: string[] = [];
  request.headers.forEach((value, key) => {
    out.push(`${key}: ${key === 'authorization' ? value.replace(/^(\w+)\s.*$/, '$1 ***') : value}`);
  });
  return out.join(', ');
}

/**
 * The `fetch` the client hands to openapi-fetch: per-attempt timeouts, retries with backoff and
 * `Retry-After`, typed connection/timeout/abort errors, and debug logging with the token redacted.
 * Responses are read whole inside the attempt (so the timeout and retries cover the body too), except
 * event streams, which are handed over as they arrive.
 */
export function createTransport(settings: TransportSettings): (request: Request) => Promise<Response> {
  return async (request) => {
    const { method, url } = request;
    const log = settings.logger;
    const retriable = !hasOneShotBody(request) && isRetryableMethod(method, settings.retryNonIdempotent);
    const streaming = isStreamResponse(request);
    if (log) log.debug(`${method} ${url} [${redactedHeaders(request)}]`);

    for (let attempt = 1; ; attempt++) {
      const canRetry = retriable && attempt <= settings.retry.maxRetries;
      // A body can be read once: keep the original for later attempts. Requests without one are reusable.
      const sent = canRetry && request.body !== null ? request.clone() : request;
      const deadline =
        settings.timeoutMs > 0 ? attemptDeadline(request.signal, settings.timeoutMs) : undefined;
      const started = performance.now();
      let failure: Error;
      let retryAfter: string | null = null;
      try {
        const response = deadline
          ? await settings.fetch(sent, { signal: deadline.signal })
          : await settings.fetch(sent);
        if (!(canRetry && isRetryableStatus(response.status))) {
          const whole =
            streaming || NO_BODY_STATUS.has(response.status)
              ? response
              : new Response(await response.arrayBuffer(), {
                  status: response.status,
                  statusText: response.statusText,
                  headers: response.headers,
                });
          // The deadline covered the body; an event stream is only bounded until its headers arrive.
          deadline?.clear();
          if (log)
            log.debug(
              `${method} ${url} -> ${response.status} in ${Math.round(performance.now() - started)} ms`,
            );
          return tagRequest(whole, request);
        }
        deadline?.clear();
        retryAfter = response.headers.get('retry-after');
        await response.body?.cancel().catch(() => {});
        failure = new Error(`status ${response.status}`);
      } catch (cause) {
        deadline?.clear();
        if (request.signal.aborted) throw new ZadigAbortError(method, url, { cause });
        failure = deadline?.timedOut()
          ? new ZadigTimeoutError(method, url, settings.timeoutMs)
          : new ZadigConnectionError(method, url, { cause });
        if (!canRetry) throw failure;
      }
      const delay = retryDelay(attempt, settings.retry, retryAfter);
      if (log) {
        log.debug(
          `${method} ${url} -> ${failure.message}; retry ${attempt}/${settings.retry.maxRetries} in ${delay} ms`,
        );
      }
      try {
        await settings.sleep(delay, request.signal);
      } catch (cause) {
        throw new ZadigAbortError(method, url, { cause });
      }
    }
  };
}
