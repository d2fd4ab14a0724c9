import { callOperation, type OperationId, type OperationInput, type OperationOutput } from './call.js';
import type { ClientContext } from './client.js';
import { type WaitOptions, waitUntilFinal } from './wait.js';

/** Final statuses of versions, release plans and tasks (workflow, test, code scan). */
export const FINAL_STATUS = {
  release: ['success', 'failed'],
  releasePlan: [
    'success',
    'cancel',
    'denied',
    'timeout',
    'wait_for_finish_planning_external_check_failed',
    'wait_for_execute_external_check_failed',
    'wait_for_all_done_external_check_failed',
  ],
  task: [
    'passed',
    'failed',
    'timeout',
    'cancelled',
    'reject',
    'unstable',
    'skipped',
    'disabled',
    'notRun',
    'notrun',
  ],
} as const;

/** Statuses that mean success: `success` for versions and plans, `passed` for tasks. */
export const SUCCESS_STATUS = new Set(['success', 'passed']);

type Waited<K extends OperationId> = (
  input: OperationInput<K>,
  options?: WaitOptions<OperationOutput<K>>,
) => Promise<OperationOutput<K>>;

/** Wait helpers: poll until a final state, with growing delays, a deadline and progress callbacks. */
export interface Waiters {
  /** Waits until a version is `success` or `failed` (from `creating` or `retrying`). */
  release: Waited<'getRelease'>;
  /** Waits until a release plan is finished: `success`, `cancel`, `denied`, `timeout` or a failed external check. */
  releasePlan: Waited<'getReleasePlan'>;
  /** Waits until a workflow task is finished (`passed`, `failed`, `cancelled`, `timeout`, `reject`, …). */
  workflowTask: Waited<'getWorkflowTask'>;
  /** Waits until a test task is finished. */
  testTask: Waited<'getTestTask'>;
  /** Waits until a code scan task is finished. */
  codeScanTask: Waited<'getCodeScanTask'>;
}

function waiter<K extends OperationId>(
  context: ClientContext,
  operationId: K,
  final: readonly string[],
  describe: (input: OperationInput<K>) => string,
): Waited<K> {
  const finals = new Set<string>(final);
  return (input, options) =>
    waitUntilFinal(
      {
        what: describe(input),
        fetch: (signal) => callOperation(context, operationId, input as Record<string, unknown>, { signal }),
        status: (state) => String((state as { status?: unknown } | undefined)?.status ?? ''),
        isFinal: (status) => finals.has(status),
      },
      context.resolved.sleep,
      options,
      () => context.resolved.timers.now(),
    );
}

export function buildWaiters(context: ClientContext): Waiters {
  return {
    release: waiter(
      context,
      'getRelease',
      FINAL_STATUS.release,
      (i) => `version ${i.versionName} of ${i.projectKey}`,
    ),
    releasePlan: waiter(context, 'getReleasePlan', FINAL_STATUS.releasePlan, (i) => `release plan ${i.id}`),
    workflowTask: waiter(
      context,
      'getWorkflowTask',
      FINAL_STATUS.task,
      (i) => `task ${i.taskId} of workflow ${i.workflowKey}`,
    ),
    testTask: waiter(
      context,
      'getTestTask',
      FINAL_STATUS.task,
      (i) => `task ${i.taskID} of test ${i.testName}`,
    ),
    codeScanTask: waiter(
      context,
      'getCodeScanTask',
      FINAL_STATUS.task,
      (i) => `task ${i.taskID} of scan ${i.scanName}`,
    ),
  };
}
