// A simulator on a manual clock, a client whose polling moves that clock, and a record of every exchange so
// that each answer can be checked against the spec's response schema.

import { createZadigClient, type ZadigClient } from '@zadig-ts/client';
import { createSpecValidator, type SpecValidator } from '@zadig-ts/openapi/validator';
import {
  createManualClock,
  type ManualClock,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '../src/index.js';
import { createRouter } from '../src/routes.js';
import { loadSpec, type ServedSpec } from '../src/spec.js';

export interface Exchange {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export interface Harness {
  sim: Simulator;
  clock: ManualClock;
  zadig: ZadigClient;
  exchanges: Exchange[];
  /** A raw request with the token (unless `token: null`); the answer is recorded too. */
  request(method: string, path: string, init?: { body?: unknown; token?: string | null }): Promise<Exchange>;
  stop(): Promise<void>;
}

export const START = Date.UTC(2026, 11, 7, 9, 0, 0);

export async function harness(options: SimulatorOptions = {}): Promise<Harness> {
  const clock = createManualClock(START);
  const sim = await startSimulator({ clock, ...options });
  const exchanges: Exchange[] = [];
  const record = async (method: string, url: string, response: Response): Promise<Exchange> => {
    const exchange = {
      method,
      url,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.clone().text(),
    };
    exchanges.push(exchange);
    return exchange;
  };
  const observing = async (request: Request) => {
    const response = await fetch(request);
    // Streams are read by the caller; their events are checked where they are read.
    if (!response.headers.get('content-type')?.includes('event-stream'))
      await record(request.method, request.url, response);
    return response;
  };
  const zadig = createZadigClient({
    baseUrl: sim.url,
    token: 'sim-token',
    fetch: observing,
    sleep: clock.sleep,
    timers: { now: clock.now },
  });
  return {
    sim,
    clock,
    zadig,
    exchanges,
    async request(method, path, init = {}) {
      const headers: Record<string, string> = {};
      if (init.token !== null) headers.authorization = `Bearer ${init.token ?? 'sim-token'}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const body =
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body);
      const response = await fetch(`${sim.url}${path}`, { method, headers, body });
      return record(method, `${sim.url}${path}`, response);
    },
    stop: () => sim.stop(),
  };
}

const specs = new Map<
  string | undefined,
  { spec: ServedSpec; validator: SpecValidator; route: ReturnType<typeof createRouter> }
>();

function specFor(release: string | undefined) {
  let entry = specs.get(release);
  if (!entry) {
    const spec = loadSpec(release);
    entry = { spec, validator: createSpecValidator(spec.doc), route: createRouter(spec.operations) };
    specs.set(release, entry);
  }
  return entry;
}

/** The operationId of an exchange and the violations of its JSON answer against the spec's schema. */
export function checkExchange(
  exchange: Exchange,
  release?: string,
): { operationId: string | undefined; violations: string[] } {
  const { route, validator } = specFor(release);
  const url = new URL(exchange.url);
  const match = route(exchange.method, url.pathname);
  if (!match) return { operationId: undefined, violations: [] };
  const operationId = match.operation.operationId;
  if (!exchange.contentType.includes('json')) return { operationId, violations: [] };
  const violations = validator
    .response(operationId, exchange.status, JSON.parse(exchange.body))
    .map((v) => `${operationId} ${exchange.status} ${v.pointer}: ${v.message}`);
  return { operationId, violations };
}
