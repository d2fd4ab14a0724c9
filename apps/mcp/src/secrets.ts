// zadig-mcp never hands a secret the server sent to a model: every answer its client reads passes through
// the client's redacting fetch (no option turns it off), and each tool call collects where it hid something,
// for the result to say.
import { AsyncLocalStorage } from 'node:async_hooks';
import { redactingFetch as redacting } from '@zadig-ts/client';

type Fetch = (request: Request) => Promise<Response>;

/** Pointers a result lists; a call that hid more says how many more. */
const MAX_LISTED = 20;

const calls = new AsyncLocalStorage<Set<string>>();

/** `inner` (the global fetch when undefined) with the secrets of JSON answers replaced. */
export function redactingFetch(baseUrl: string, inner?: Fetch): Fetch {
  return redacting(
    {
      baseUrl,
      onRedacted: (operationId, pointers) => {
        const log = calls.getStore();
        for (const pointer of pointers) log?.add(operationId ? `${operationId}:${pointer}` : pointer);
      },
    },
    inner,
  );
}

/** What one tool call hid: `run` the call inside it, then read `redacted()` (also after a failure). */
export function redactionLog(): { run<T>(call: () => Promise<T>): Promise<T>; redacted(): string[] } {
  const log = new Set<string>();
  return { run: (call) => calls.run(log, call), redacted: () => [...log] };
}

/**
 * The note a result carries when secrets were hidden: where they were (`<operationId>:<JSON pointer into its
 * answer>`), at most MAX_LISTED of them.
 */
export function redactionNote(redacted: string[]): { redacted?: { note: string; at: string[] } } {
  if (!redacted.length) return {};
  const more = redacted.length - MAX_LISTED;
  const plural = redacted.length !== 1;
  return {
    redacted: {
      note: `${redacted.length} secret value${plural ? 's' : ''} the server sent ${plural ? 'were' : 'was'} replaced with [redacted]; zadig-mcp never shows them.`,
      at: more > 0 ? [...redacted.slice(0, MAX_LISTED), `… and ${more} more`] : redacted,
    },
  };
}
