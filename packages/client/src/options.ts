import type { CallOptions } from './call.js';
import { normalizeBaseUrl, readEnv } from './config.js';
import { envLogLevel, type LogLevel, levelled, type ZadigLogger } from './logger.js';
import { normalizeZadigVersion, type TrackedRelease } from './releases.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { type Sleep, SYSTEM_TIMERS, sleepWith, type ZadigTimers } from './timers.js';
import type { AttemptSettings, RetryNotice } from './transport.js';

/** Options of {@link createZadigClient}; all optional. */
export interface ZadigClientOptions {
  /** Address of the Zadig installation, e.g. `https://zadig.example.com`. Default: `ZADIG_URL`. */
  baseUrl?: string | undefined;
  /** API token (Zadig: Account Settings › API Token). Default: `ZADIG_TOKEN`. */
  token?: string | undefined;
  /** A `fetch` to use instead of the global one (proxies, instrumentation, tests). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /** Retries after a failed attempt (connection errors, timeouts, 408/429/502/503/504). Default 2. */
  maxRetries?: number | undefined;
  /** Also retry POST and PATCH. Only for callers who know their requests are safe to repeat. Default false. */
  retryNonIdempotent?: boolean | undefined;
  /** Backoff tuning: first delay, cap, and the cap on `Retry-After`. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>> | undefined;
  /** Timeout of each attempt in ms, body included; 0 disables it. Default 60 000. */
  timeoutMs?: number | undefined;
  /**
   * Called before each retry with what failed and when it is tried again, so that a program can tell its
   * user instead of going silent for minutes (zadigctl prints `retrying in 2s (2/3): no answer after 60s`).
   */
  onRetry?: ((notice: RetryNotice) => void) | undefined;
  /** Receives debug lines (method, URL, status, timing, retries; the token is redacted). Default: stderr. */
  logger?: ZadigLogger | undefined;
  /** `debug` logs every request; default from `ZADIG_LOG`, else `off`. */
  logLevel?: LogLevel | undefined;
  /** Waits between retries and polls. Default: a timer from `timers`. Replace it to control time in tests. */
  sleep?: Sleep | undefined;
  /** The clock and timers for deadlines, delays and elapsed times (all or some). Default: the system's. */
  timers?: Partial<ZadigTimers> | undefined;
  /**
   * The server's Zadig release, e.g. `'5.0.0'`, `'v4.2.1'` or `'main'` (see `detectZadigVersion`). With it,
   * an operation that release does not route throws `UnsupportedOperationError` before anything is sent,
   * and an operation whose route moved is sent the way that release routes it. Default: unset, every
   * operation is sent as the newest spec describes it.
   */
  zadigVersion?: string | undefined;
}

/** Options after defaults and environment are applied. */
export interface ResolvedOptions
  extends Required<
    Omit<ZadigClientOptions, 'token' | 'logger' | 'fetch' | 'retry' | 'timers' | 'zadigVersion' | 'onRetry'>
  > {
  onRetry: ((notice: RetryNotice) => void) | undefined;
  token: string | undefined;
  /** The tracked release `zadigVersion` stands for (`v5.0.0`, `main`, …), or undefined when unset. */
  zadigVersion: TrackedRelease | undefined;
  logger: ZadigLogger | undefined;
  fetch: (request: Request) => Promise<Response>;
  retry: RetryPolicy;
  timers: ZadigTimers;
}

export function resolveOptions(options: ZadigClientOptions): ResolvedOptions {
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? readEnv('ZADIG_URL'));
  const timers: ZadigTimers = { ...SYSTEM_TIMERS, ...options.timers };
  return {
    baseUrl,
    token: options.token ?? readEnv('ZADIG_TOKEN'),
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    headers: options.headers ?? {},
    maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
    retryNonIdempotent: options.retryNonIdempotent ?? false,
    retry: { ...DEFAULT_RETRY, ...options.retry, maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries },
    timeoutMs: options.timeoutMs ?? 60_000,
    onRetry: options.onRetry,
    logger: options.logger,
    logLevel: options.logLevel ?? envLogLevel(),
    sleep: options.sleep ?? sleepWith(timers),
    timers,
    zadigVersion:
      options.zadigVersion === undefined ? undefined : normalizeZadigVersion(options.zadigVersion),
  };
}

/** Attempt settings of a call: the client's, with the call's overrides. */
export function attemptSettings(
  resolved: ResolvedOptions,
  fetch: (request: Request) => Promise<Response>,
  call?: CallOptions,
): AttemptSettings {
  return {
    retry:
      call?.maxRetries === undefined ? resolved.retry : { ...resolved.retry, maxRetries: call.maxRetries },
    timeoutMs: call?.timeoutMs ?? resolved.timeoutMs,
    retryNonIdempotent: call?.retryNonIdempotent ?? resolved.retryNonIdempotent,
    logger: levelled(resolved.logger, resolved.logLevel),
    sleep: resolved.sleep,
    timers: resolved.timers,
    fetch,
    onRetry: resolved.onRetry,
  };
}
