import { ZadigConnectionError, ZadigError } from './errors.js';
import type { Sleep } from './transport.js';

/** One server-sent event. */
export interface ServerEvent {
  event: string;
  data: string;
  id?: string | undefined;
}

/** Parses a `text/event-stream` body into events (https://html.spec.whatwg.org/#event-stream-interpretation). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event = 'message';
  let id: string | undefined;
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (line === '') {
          if (data.length) yield { event, data: data.join('\n'), ...(id !== undefined ? { id } : {}) };
          data = [];
          event = 'message';
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'event') event = value;
        else if (field === 'id') id = value;
      }
      if (done) {
        if (data.length) yield { event, data: data.join('\n'), ...(id !== undefined ? { id } : {}) };
        return;
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => {});
  }
}

/** Options of the log streams. */
export interface LogStreamOptions {
  /** Stop streaming. */
  signal?: AbortSignal | undefined;
  /** Reconnections allowed after the connection drops (not after a clean end). Default 3. */
  maxReconnects?: number | undefined;
  /** Delay before reconnecting, in ms. Default 1000. */
  reconnectDelayMs?: number | undefined;
}

/**
 * Lines of a log served as server-sent events, as an async iterator. If the connection drops before the
 * server ends the stream, it reconnects; Zadig replays a log from its start, so the lines already
 * yielded are skipped and nothing is seen twice.
 */
export async function* streamLogLines(
  open: (signal?: AbortSignal) => Promise<ReadableStream<Uint8Array>>,
  sleep: Sleep,
  options: LogStreamOptions = {},
): AsyncGenerator<string> {
  const maxReconnects = options.maxReconnects ?? 3;
  let yielded = 0;
  for (let reconnects = 0; ; reconnects++) {
    let seenThisTime = 0;
    try {
      const body = await open(options.signal);
      for await (const event of readEvents(body)) {
        for (const line of event.data.split('\n')) {
          seenThisTime++;
          if (seenThisTime > yielded) {
            yielded++;
            yield line;
          }
        }
      }
      return;
    } catch (error) {
      if (options.signal?.aborted) return;
      const dropped =
        error instanceof ZadigConnectionError ||
        (error instanceof TypeError && !(error instanceof ZadigError));
      if (!dropped || reconnects >= maxReconnects) throw error;
      await sleep(options.reconnectDelayMs ?? 1000, options.signal);
    }
  }
}
