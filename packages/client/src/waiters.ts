import { callOperation, type OperationInput, type OperationOutput } from './call.js';
import type { ClientContext } from './client.js';
import { type WaitOptions, waitUntilFinal } from './wait.js';

const FINAL_RELEASE = new Set(['success', 'failed']);
const FINAL_RELEASE_PLAN = new Set([
  'success',
  'cancel',
  'denied',
  'timeout',
  'wait_for_finish_planning_external_check_failed',
  'wait_for_execute_external_check_failed',
  'wait_for_all_done_external_check_failed',
]);

/** Wait helpers: poll until a final state, with growing delays, a deadline and progress callbacks. */
export interface Waiters {
  /** Waits until a version is `success` or `failed` (from `creating` or `retrying`). */
  release(
    input: OperationInput<'getRelease'>,
    options?: WaitOptions<OperationOutput<'getRelease'>>,
  ): Promise<OperationOutput<'getRelease'>>;
  /** Waits until a release plan is finished: `success`, `cancel`, `denied`, `timeout` or a failed external check. */
  releasePlan(
    input: OperationInput<'getReleasePlan'>,
    options?: WaitOptions<OperationOutput<'getReleasePlan'>>,
  ): Promise<OperationOutput<'getReleasePlan'>>;
}

export function buildWaiters(context: ClientContext): Waiters {
  const sleep = context.resolved.sleep;
  return {
    release: (input, options) =>
      waitUntilFinal(
        {
          what: `version ${input.versionName} of ${input.projectKey}`,
          fetch: (signal) => callOperation(context, 'getRelease', input, { signal }),
          status: (state: OperationOutput<'getRelease'>) => state.status,
          isFinal: (status) => FINAL_RELEASE.has(status),
        },
        sleep,
        options,
      ),
    releasePlan: (input, options) =>
      waitUntilFinal(
        {
          what: `release plan ${input.id}`,
          fetch: (signal) => callOperation(context, 'getReleasePlan', input, { signal }),
          status: (state: OperationOutput<'getReleasePlan'>) => state.status,
          isFinal: (status) => FINAL_RELEASE_PLAN.has(status),
        },
        sleep,
        options,
      ),
  };
}
