// A request the server is slow to answer, on a terminal: after two seconds one line on stderr says what is
// awaited and for how long (`waiting for zadig.example.com… 5s`), rewritten in place each second and erased
// when the answer (or the error) comes. Never in a pipe or a log file: there it would be noise.
import type { IO } from './io.js';

type Fetch = (request: Request) => Promise<Response>;

/** When the line appears: answers faster than this stay silent. */
export const SLOW_AFTER_MS = 2000;

/** Terminals with a line drawn now, so that another message erases it first. */
const drawn = new WeakSet<IO>();

const ERASE = '\r\x1b[2K';

/** Erases the waiting line, if one is drawn, so that the next message starts on a clean line. */
export function clearSlowLine(io: IO): void {
  if (!drawn.has(io)) return;
  drawn.delete(io);
  io.stderr.write(ERASE);
}

/** `send`, with the waiting line while an answer takes longer than {@link SLOW_AFTER_MS} (terminals only). */
export function showingSlowAnswers(io: IO, send: Fetch): Fetch {
  const every = io.every;
  if (!io.stderr.isTTY || !every) return send;
  return async (request) => {
    const started = io.now();
    let host = request.url;
    try {
      host = new URL(request.url).host;
    } catch {
      // Not a URL: named as it is.
    }
    const stop = every(1000, () => {
      const elapsed = io.now() - started;
      if (elapsed < SLOW_AFTER_MS) return;
      drawn.add(io);
      io.stderr.write(`${ERASE}waiting for ${host}… ${Math.floor(elapsed / 1000)}s`);
    });
    try {
      return await send(request);
    } finally {
      stop();
      clearSlowLine(io);
    }
  };
}
