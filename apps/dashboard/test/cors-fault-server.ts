// A fault server the built app can call from another origin: every route also answers the CORS preflight,
// and every answer carries Access-Control-Allow-Origin.
import { type FaultRoute, type FaultServer, type FaultStep, startFaultServer } from '@zadig-ts/testing';

const ALLOW = { 'access-control-allow-origin': '*' };
const PREFLIGHT: FaultStep = {
  status: 204,
  headers: { ...ALLOW, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, POST' },
};

function withAllow(step: FaultStep): FaultStep {
  return { ...step, headers: { ...ALLOW, ...step.headers } };
}

/** Starts a fault server whose routes (keyed `GET /path`) answer cross-origin requests. */
export function startCorsFaultServer(routes: Record<string, FaultRoute>): Promise<FaultServer> {
  const all: Record<string, FaultRoute> = {};
  for (const [key, route] of Object.entries(routes)) {
    const path = key.slice(key.indexOf(' ') + 1);
    all[`OPTIONS ${path}`] = [PREFLIGHT];
    all[key] =
      typeof route === 'function'
        ? (request, count) => withAllow(route(request, count))
        : route.map(withAllow);
  }
  return startFaultServer(all);
}
