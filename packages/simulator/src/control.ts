// Routes of the simulator itself, under /_sim/: what a person does in Zadig's UI and the OpenAPI cannot
// (approve a release plan), and moving a manual clock from outside the process.
import type { ManualClock } from './clock.js';
import { badRequest } from './errors.js';
import type { SimulatorState } from './state/store.js';

type Control = (state: SimulatorState, clock: Partial<ManualClock>, query: URLSearchParams) => unknown;

function attempt<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw badRequest((error as Error).message);
  }
}

/** The control action for a request, or `undefined` when it is not one. */
export function controlRoute(method: string, pathname: string): Control | undefined {
  if (method !== 'POST' || !pathname.startsWith('/_sim/')) return undefined;
  const plan = /^\/_sim\/release-plans\/([^/]+)\/(approve|reject)$/.exec(pathname);
  if (plan) {
    const [, id, verb] = plan as unknown as [string, string, string];
    return (state) => {
      attempt(() => (verb === 'approve' ? state.approveReleasePlan(id) : state.rejectReleasePlan(id)));
      return { message: 'success' };
    };
  }
  if (pathname === '/_sim/clock/advance') {
    return (_state, clock, query) => {
      const ms = Number(query.get('ms'));
      if (typeof clock.advance !== 'function') throw badRequest('the simulator runs on the system clock');
      attempt(() => clock.advance?.(ms));
      return { message: 'success' };
    };
  }
  return undefined;
}
