import {
  ZadigAbortError,
  ZadigConnectionError,
  ZadigError,
  ZadigInvalidResponseError,
  ZadigTimeoutError,
} from './errors.js';
import type { ZadigLogger } from './logger.js';
import { followingRedirects } from './redirects.js';
import { tagRequest } from './request-meta.js';
import { isRetryableMethod, isRetryableStatus, type RetryPolicy, retryDelay } from './retry.js';
import type { Sleep, ZadigTimers } from './timers.js';

export type { Sleep } from './timers.js';

/**
 * A body given as a stream. Checked by shape, not `instanceof ReadableStream`: in Node, touching that global
 * loads the web streams implementation, a cost every call would pay on a command line's start-up.
 */
function isStream(body: unknown): boolean {
  return typeof (body as { getReader?: unknown } | null | undefined)?.getReader === 'function';
}

/** How the attempts of one call are made. */
export interface AttemptSettings {
  retry: RetryPolicy;
  /** Per-attempt timeout in ms, covering the response body too; 0 disables it. */
  timeoutMs: number;
  /** Retry POST and PATCH too (only when the caller knows they are safe to repeat). */
  retryNonIdempotent: boolean;
  logger: ZadigLogger | undefined;
  sleep: Sleep;
  /** Sets the per-attempt deadline; its clock dates `Retry-After`. */
  timers: ZadigTimers;
  /** Sends one request (the client's fetch, logging and tagging responses). */
  fetch: (request: Request) => Promise<Response>;
  /** Told of each retry before its delay (see {@link ZadigClientOptions.onRetry}). */
  onRetry?: ((notice: RetryNotice) => void) | undefined;
}

/** A retry about to be made: what failed, and when and how often it is tried again. */
export interface RetryNotice {
  method: string;
  url: string;
  /** The attempt about to be made, 2 for the first retry. */
  attempt: number;
  /** Attempts in all, the first one included. */
  attempts: number;
  /** How long the client waits before it. */
  delayMs: number;
  /** Why the last attempt failed: a timeout, a connection error, or a retryable status. */
  error: ZadigError;
  /** The status of the failed attempt, when it was answered (408, 429, 502, 503, 504). */
  status?: number | undefined;
}

/** What an openapi-fetch call resolves to. */
export interface RawResult {
  data?: unknown | undefined;
  error?: unknown | undefined;
  response: Response;
}

function redactedHeaders(request: Request): string {
  const out: string[] = [];
  request.headers.forEach((value, key) => {
    out.push(`${key}: ${key === 'authorization' ? value.replace(/^(\w+)\s.*$/, '$1 ***') : value}`);
  });
  return out.join(', ');
}

/**
 * The `fetch` openapi-fetch uses: the configured fetch, with debug logging (each redirect hop too), the
 * client's redirect policy ({@link followingRedirects}) and request tagging.
 */
export function createFetch(
  send: (request: Request) => Promise<Response>,
  logger: ZadigLogger | undefined,
): (request: Request) => Promise<Response> {
  const logged: (request: Request) => Promise<Response> = !logger
    ? send
    : async (request) => {
        logger.debug(`${request.method} ${request.url} [${redactedHeaders(request)}]`);
        const started = performance.now();
        const response = await send(request);
        logger.debug(
          `${request.method} ${request.url} -> ${response.status} in ${Math.round(performance.now() - started)} ms`,
        );
        return response;
      };
  const follow = followingRedirects(logged);
  return async (request) => {
    const answered = await follow(request);
    return tagRequest(answered.response, answered.request);
  };
}

/**
 * Runs one openapi-fetch call with a deadline per attempt and retries: connection errors, timeouts and
 * 408/429/502/503/504 are retried for idempotent methods (POST/PATCH only when allowed) with exponential
 * backoff or `Retry-After`; a body given as a stream is never sent twice. Each attempt re-runs the call,
 * so openapi-fetch serializes the body afresh. Failures without a response become typed errors.
 */
export async function sendWithRetries(
  method: string,
  init: Record<string, unknown> | undefined,
  invoke: (init: Record<string, unknown>) => Promise<RawResult>,
  settings: AttemptSettings,
): Promise<RawResult> {
  const caller = init?.signal as AbortSignal | undefined;
  const streaming = init?.parseAs === 'stream';
  const retriable = !isStream(init?.body) && isRetryableMethod(method, settings.retryNonIdempotent);
  const seen = { method, url: '' };
  const fetch = (request: Request) => {
    seen.url = request.url;
    return settings.fetch(request);
  };
  const log = settings.logger;

  for (let attempt = 1; ; attempt++) {
    if (caller?.aborted) throw new ZadigAbortError(seen.method, seen.url, { cause: caller.reason });
    const canRetry = retriable && attempt <= settings.retry.maxRetries;
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      settings.timeoutMs > 0
        ? settings.timers.setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException(`timed out after ${settings.timeoutMs} ms`, 'TimeoutError'));
          }, settings.timeoutMs)
        : undefined;
    const onAbort = caller ? () => controller.abort(caller.reason) : undefined;
    if (caller && onAbort) caller.addEventListener('abort', onAbort, { once: true });
    let failure: ZadigError;
    let status: number | undefined;
    let retryAfter: string | null = null;
    try {
      const result = await invoke({ ...init, signal: controller.signal, fetch });
      if (!(canRetry && isRetryableStatus(result.response.status))) return result;
      retryAfter = result.response.headers.get('retry-after');
      status = result.response.status;
      failure = new ZadigError(`status ${status}`);
    } catch (cause) {
      if (caller?.aborted) throw new ZadigAbortError(seen.method, seen.url, { cause });
      if (cause instanceof ZadigError) throw cause;
      if (cause instanceof SyntaxError) {
        throw new ZadigInvalidResponseError(seen.method, seen.url, 200, '', { cause });
      }
      failure = timedOut
        ? new ZadigTimeoutError(seen.method, seen.url, settings.timeoutMs)
        : new ZadigConnectionError(seen.method, seen.url, { cause });
      if (!canRetry) throw failure;
    } finally {
      if (timer !== undefined) settings.timers.clearTimeout(timer);
      // A stream goes on after the call returns: the caller's signal must still be able to stop it.
      if (caller && onAbort && !streaming) caller.removeEventListener('abort', onAbort);
    }
    const delay = retryDelay(attempt, settings.retry, retryAfter, settings.timers.now());
    if (log) {
      log.debug(
        `${seen.method} ${seen.url} -> ${failure.message}; retry ${attempt}/${settings.retry.maxRetries} in ${delay} ms`,
      );
    }
    settings.onRetry?.({
      method: seen.method,
      url: seen.url,
      attempt: attempt + 1,
      attempts: settings.retry.maxRetries + 1,
      delayMs: delay,
      error: failure,
      ...(status === undefined ? {} : { status }),
    });
    try {
      await settings.sleep(delay, caller);
    } catch (cause) {
      throw new ZadigAbortError(seen.method, seen.url, { cause });
    }
  }
}
