// The simulator's HTTP server: finds the operation of each request, checks the request against the spec,
// and answers from the state (or the operation's example when it keeps no state for it).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { SpecValidator, Violation } from '@zadig-ts/openapi/validator';
import { type ManualClock, type SimulatorClock, SYSTEM_CLOCK } from './clock.js';
import { controlRoute } from './control.js';
import { badRequest, SimulatorError } from './errors.js';
import type { HandlerInput } from './handlers/common.js';
import { HANDLERS } from './handlers/index.js';
import { readParameters } from './params.js';
import { createRouter } from './routes.js';
import { DEFAULT_SEED } from './seed/default.js';
import { checkSeed, loadSeedFile } from './seed/load.js';
import type { Seed } from './seed/schema.js';
import { loadSpec } from './spec.js';
import { SimulatorState } from './state/store.js';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on. Default 0: the OS picks a free port. */
  port?: number;
  /**
   * Zadig release to act as (`v4.3.0`, `5.0.0`, `main`): only the routes it has are served, the others answer
   * gin's `404 page not found`. Default: every operation of the spec.
   */
  release?: string;
  /** What the server holds at start: a seed, the path of a YAML seed file, or the default seed. */
  seed?: Seed | string;
  /** How much faster than the clock things happen. Default 1. */
  speed?: number;
  /** Where time comes from. Default: the system clock; give a {@link ManualClock} to drive it. */
  clock?: SimulatorClock;
  /** Serve requests without `Authorization: Bearer <token>`. Default false (401, as Zadig answers). */
  open?: boolean;
}

/** A running simulator. */
export interface Simulator {
  /** Base URL to give a client, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** The release acted as, or `undefined` for the whole spec. */
  readonly release: string | undefined;
  /** Everything the simulator holds; read it, or approve release plans with it. */
  readonly state: SimulatorState;
  /** With a manual clock: moves it forward by `ms`. */
  readonly advance: ((ms: number) => void) | undefined;
  /** Stops listening and closes open connections (log streams included). */
  stop(): Promise<void>;
}

const GIN_404 = '404 page not found';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function describe(where: string, violations: Violation[]): string {
  return `invalid ${where}: ${violations.map((v) => `${v.pointer || '/'} ${v.message}`).join('; ')}`;
}

/** Bodies past this size are refused rather than held in memory. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit (keeping nothing), so the client gets the answer, not a reset.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw badRequest(`invalid request body: larger than ${MAX_BODY_BYTES} bytes`);
  return Buffer.concat(chunks).toString('utf8');
}

/** Bearer and a non-empty token, as Zadig's middleware asks; the token itself is not checked. */
const authorized = (header: string | undefined) => /^Bearer\s+\S/.test(header ?? '');

/**
 * Starts a Zadig simulator on 127.0.0.1 and resolves once it accepts requests.
 *
 * @example
 * const sim = await startSimulator({ seed: 'company.yaml', speed: 10 });
 * const zadig = createZadigClient({ baseUrl: sim.url, token: 'any' });
 * // …
 * await sim.stop();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const spec = loadSpec(options.release);
  const seed =
    typeof options.seed === 'string'
      ? await loadSeedFile(options.seed)
      : options.seed
        ? await checkSeed(options.seed)
        : DEFAULT_SEED;
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new RangeError(`speed must be a positive number, got ${speed}`);
  const clock = options.clock ?? SYSTEM_CLOCK;
  const clockStart = clock.now();
  const simNow = () => clockStart + (clock.now() - clockStart) * speed;
  const state = new SimulatorState(simNow);
  state.applySeed(seed, clockStart);
  const route = createRouter(spec.operations);
  // The validator (Ajv) is loaded by the first request with a body, and compiles each operation's schema on
  // first use: loading and compiling them all would cost more than the rest of the start.
  let validator: Promise<SpecValidator> | undefined;
  const bodyViolations = async (operationId: string, body: unknown) => {
    validator ??= import('@zadig-ts/openapi/validator').then((m) => m.createSpecValidator(spec.doc));
    return (await validator).requestBody(operationId, body);
  };
  const watch = (listener: () => void): (() => void) => {
    if (clock.subscribe) return clock.subscribe(listener);
    const timer = setInterval(listener, 100);
    return () => clearInterval(timer);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const method = req.method ?? 'GET';
    // Pages on another origin (the dashboard, a browser app) call it as they would call Prism: with CORS.
    res.setHeader('access-control-allow-origin', '*');
    if (method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    const control = controlRoute(method, url.pathname);
    if (control) return sendJson(res, 200, control(state, clock as Partial<ManualClock>, url.searchParams));
    const match = route(method, url.pathname);
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(GIN_404);
      return;
    }
    if (!options.open && !authorized(req.headers.authorization)) {
      throw new SimulatorError(401, 'token is missing or not a Bearer token');
    }
    const { operation } = match;
    const { values, violations } = readParameters(operation, match.path, url.searchParams);
    if (violations.length) throw badRequest(describe('parameters', violations));
    const raw = await readBody(req);
    let body: unknown;
    if (operation.bodyRequired !== undefined) {
      if (raw.trim() === '') {
        if (operation.bodyRequired) throw badRequest('invalid request body: a JSON body is required');
      } else {
        try {
          body = JSON.parse(raw);
        } catch (error) {
          throw badRequest(`invalid request body: not JSON (${(error as Error).message})`);
        }
        const violations = await bodyViolations(operation.operationId, body);
        if (violations.length) throw badRequest(describe('request body', violations));
      }
    }
    const handler = HANDLERS[operation.operationId];
    if (!handler) {
      const example = operation.example();
      if (!example) return sendJson(res, 200, { message: 'success' });
      if (example.contentType.includes('json')) return sendJson(res, example.status, example.body ?? {});
      res.writeHead(example.status, { 'content-type': example.contentType });
      res.end(typeof example.body === 'string' ? example.body : '');
      return;
    }
    const input: HandlerInput = {
      params: values,
      body,
      state,
      now: simNow(),
      spec,
      user: state.user,
      clock: { now: simNow, watch },
    };
    const result = handler(input);
    if ('stream' in result) {
      result.stream(res, new Promise((resolve) => res.once('close', () => resolve())));
      return;
    }
    if (result.contentType && typeof result.body === 'string') {
      res.writeHead(result.status ?? 200, { 'content-type': result.contentType });
      res.end(result.body);
      return;
    }
    sendJson(res, result.status ?? 200, result.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const failure =
        error instanceof SimulatorError
          ? error
          : new SimulatorError(500, `simulator failure: ${(error as Error)?.message ?? error}`);
      if (res.headersSent) res.destroy();
      else sendJson(res, failure.status, failure.body);
    });
  });
  // Idle kept-alive sockets stay open a minute, not Node's 5 s: a client (undici keeps a socket 1 s less than
  // the server says) may send on a socket the server is closing, and on a busy machine a late timer makes
  // that race likely at 5 s; at a minute it needs a client idle for exactly that long.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  const manual = clock as Partial<ManualClock>;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    release: spec.release,
    state,
    advance: typeof manual.advance === 'function' ? (ms) => manual.advance?.(ms) : undefined,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
