// A scriptable HTTP server on 127.0.0.1 for testing what the client does when servers misbehave:
// scripted statuses, slow answers, resets before or in the middle of a body, HTML and malformed bodies,
// event streams that drop. Each route answers its steps in order; the last step repeats.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultStep {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Wait this long before sending headers. */
  delayMs?: number;
  /** Answer only once this settles: the test decides when, e.g. after it has seen a loading state. */
  after?: Promise<unknown>;
  /** Destroy the connection before any response (`before-headers`) or after half the body (`mid-body`). */
  reset?: 'before-headers' | 'mid-body';
  /** Never answer: the request stays open until the client gives up or the server closes. */
  hang?: boolean;
  /** Send the body in pieces with pauses (e.g. server-sent events); `thenReset` drops the connection after. */
  chunks?: Array<{ data: string; delayMs?: number }>;
  thenReset?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The path, decoded and with dot segments resolved (as `new URL` reads it). */
  path: string;
  /** The request target exactly as it arrived on the wire (path and query, nothing decoded). */
  target: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A route: fixed steps, or a function of the request and its 1-based count on this route. */
export type FaultRoute = FaultStep[] | ((request: RecordedRequest, count: number) => FaultStep);

export interface FaultServer {
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Requests received on `METHOD /path`. */
  requestsTo(route: string): RecordedRequest[];
  /**
   * Resolves with the `count`-th request on `METHOD /path` as soon as it has arrived (at once if it already
   * has): a test acts "while a request is in flight" on this event, never after a guessed delay.
   */
  received(route: string, count?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

function send(res: ServerResponse, step: FaultStep): void {
  if (step.reset === 'before-headers') {
    res.socket?.destroy();
    return;
  }
  const isJson = step.body !== undefined && typeof step.body !== 'string';
  const payload = step.body === undefined ? '' : isJson ? JSON.stringify(step.body) : String(step.body);
  const headers = { ...(isJson ? { 'content-type': 'application/json' } : {}), ...step.headers };
  if (step.chunks) {
    res.writeHead(step.status ?? 200, { 'content-type': 'text/event-stream', ...headers });
    res.flushHeaders();
    const next = (i: number) => {
      const chunk = step.chunks?.[i];
      if (!chunk) {
        if (step.thenReset) res.socket?.destroy();
        else res.end();
        return;
      }
      setTimeout(() => {
        res.write(chunk.data);
        next(i + 1);
      }, chunk.delayMs ?? 0);
    };
    next(0);
    return;
  }
  if (step.hang) return;
  if (step.reset === 'mid-body') {
    res.writeHead(step.status ?? 200, { ...headers, 'content-length': String(Buffer.byteLength(payload)) });
    // Destroyed once the first half is handed to the socket, so the client sees a body cut short.
    res.write(payload.slice(0, Math.max(1, Math.floor(payload.length / 2))), () => res.socket?.destroy());
    return;
  }
  res.writeHead(step.status ?? 200, headers);
  res.end(payload);
}

/**
 * Starts a fault server with routes keyed `METHOD /path` (query ignored), e.g. `'GET /openapi/users'`;
 * `'*'` answers every request no other route takes (a server that records everything).
 */
export async function startFaultServer(routes: Record<string, FaultRoute>): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const waiting: Array<{ route: string; count: number; resolve: (r: RecordedRequest) => void }> = [];
  const requestsTo = (route: string) => requests.filter((r) => `${r.method} ${r.path}` === route);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        target: req.url ?? '',
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(recorded);
      const key = `${recorded.method} ${recorded.path}`;
      const seen = requestsTo(key).length;
      for (const waiter of waiting.filter((w) => w.route === key && w.count === seen)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(recorded);
      }
      const route = routes[key] ?? routes['*'];
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`Invalid path: ${recorded.path}`);
        return;
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const step =
        typeof route === 'function'
          ? route(recorded, count)
          : (route[Math.min(count, route.length) - 1] ?? {});
      const answer = () => {
        if (step.delayMs) setTimeout(() => send(res, step), step.delayMs);
        else send(res, step);
      };
      if (step.after) step.after.then(answer, answer);
      else answer();
    });
  });
  // Idle kept-alive sockets stay a minute (Node's default is 5 s): on a busy machine a client can send on a
  // socket the server is just closing, a reset no test asked for.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo,
    received: (route, count = 1) => {
      const already = requestsTo(route)[count - 1];
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiting.push({ route, count, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
