// One request and what came back, kept raw (status, content type, body text) so that the checks see what
// the server sent rather than what a client made of it.
import { type ZadigClient, ZadigConnectionError, ZadigError, ZadigTimeoutError } from '@zadig-ts/client';
import type { ParamValue } from './params-file.js';

/** Path and query values of a request. */
export interface RequestInput {
  path: Record<string, ParamValue>;
  query: Record<string, ParamValue>;
  body?: unknown;
}

/** A response arrived. */
export interface Answer {
  kind: 'answer';
  status: number;
  /** The `content-type` header, as sent. */
  contentType: string | undefined;
  /** The body as text; `undefined` when empty or not read (event streams). */
  text: string | undefined;
  /** Path and query of the request, without the server. */
  target: string;
  durationMs: number;
}

/** No response: timeout, refused or lost connection. */
export interface NoAnswer {
  kind: 'no-answer';
  reason: string;
  /** The server could not be reached at all, so nothing else will work either. */
  unreachable: boolean;
  target: string;
  durationMs: number;
}

export type Exchange = Answer | NoAnswer;

type RawRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function fill(path: string, input: RequestInput): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(input.path[name] ?? '')),
  );
  const query = new URLSearchParams(Object.entries(input.query).map(([k, v]) => [k, String(v)])).toString();
  return `${filled}${query ? `?${query}` : ''}`;
}

/** The body as the server sent it: openapi-fetch hands error bodies over parsed when they are JSON. */
function bodyText(data: unknown, error: unknown): string | undefined {
  const value = data ?? error;
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Sends one request with no retries; event streams are only connected to, then closed. */
export async function exchange(
  zadig: ZadigClient,
  method: string,
  path: string,
  input: RequestInput,
  options: { accept: string | undefined; streamBudgetMs: number },
): Promise<Exchange> {
  const request = zadig.request as unknown as RawRequest;
  const target = fill(path, input);
  const streaming = options.accept === 'text/event-stream';
  const controller = new AbortController();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { data, error, response } = await request(method.toLowerCase(), path, {
      params: { path: input.path, query: input.query },
      ...(input.body === undefined ? {} : { body: input.body }),
      ...(options.accept ? { headers: { accept: options.accept } } : {}),
      parseAs: streaming ? 'stream' : 'text',
      maxRetries: 0,
      ...(streaming ? { timeoutMs: options.streamBudgetMs, signal: controller.signal } : {}),
    });
    const answer: Answer = {
      kind: 'answer',
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      text: streaming && response.ok ? undefined : bodyText(data, error),
      target,
      durationMs: elapsed(),
    };
    if (streaming) {
      // An event stream never ends by itself: status and headers are all there is to check.
      controller.abort();
      await (data as ReadableStream | undefined)?.cancel().catch(() => {});
    }
    return answer;
  } catch (error) {
    if (error instanceof ZadigTimeoutError) {
      return {
        kind: 'no-answer',
        reason: streaming
          ? `no response headers within ${error.timeoutMs} ms (event streams get a short budget)`
          : `timed out after ${error.timeoutMs} ms`,
        unreachable: false,
        target,
        durationMs: elapsed(),
      };
    }
    if (error instanceof ZadigConnectionError) {
      return {
        kind: 'no-answer',
        reason: error.message.replace(/^\S+ \S+ failed: /, ''),
        unreachable: /could not connect/.test(error.message),
        target,
        durationMs: elapsed(),
      };
    }
    if (error instanceof ZadigError) {
      return { kind: 'no-answer', reason: error.message, unreachable: false, target, durationMs: elapsed() };
    }
    throw error;
  }
}
