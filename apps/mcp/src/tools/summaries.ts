// Compact views of a workflow task and a release plan: what a model needs to follow them.
import { FINAL_STATUS, SUCCESS_STATUS } from '@zadig-ts/client';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** A Unix time in seconds as an ISO date, or undefined when unset (0). */
export function isoTime(seconds: unknown): string | undefined {
  return typeof seconds === 'number' && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

const TASK_FINAL = new Set<string>(FINAL_STATUS.task);
const PLAN_FINAL = new Set<string>(FINAL_STATUS.releasePlan);

function compact(entries: Record<string, unknown>): Json {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined && v !== '' && v !== null),
  );
}

/** A workflow task: status, times, stages and jobs (no job specs), and the failed jobs. */
export function summarizeTask(task: Json) {
  const status = String(task.status ?? '');
  const stages = list(task.stages).map((stage) =>
    compact({
      name: stage.name,
      status: stage.status,
      error: stage.error,
      jobs: list(stage.jobs).map((job) =>
        compact({
          name: job.name,
          type: job.type,
          status: job.status,
          costSeconds: job.cost_seconds,
          error: job.error,
        }),
      ),
    }),
  );
  const failedJobs = list(task.stages)
    .flatMap((stage) => list(stage.jobs))
    .filter(
      (job) => job.status && !SUCCESS_STATUS.has(String(job.status)) && TASK_FINAL.has(String(job.status)),
    )
    .map((job) => String(job.name));
  const start = typeof task.start_time === 'number' ? task.start_time : 0;
  const end = typeof task.end_time === 'number' ? task.end_time : 0;
  return compact({
    taskId: task.task_id,
    workflowKey: task.workflow_key,
    workflowName: task.workflow_name,
    projectKey: task.project_key,
    status,
    finished: TASK_FINAL.has(status),
    passed: SUCCESS_STATUS.has(status),
    creator: task.task_creator,
    created: isoTime(task.create_time),
    started: isoTime(task.start_time),
    ended: isoTime(task.end_time),
    durationSeconds: start > 0 && end >= start ? end - start : undefined,
    error: task.error,
    stages,
    failedJobs: failedJobs.length ? failedJobs : undefined,
  });
}

/** A release plan: status, timeline, approval and jobs. */
export function summarizeReleasePlan(plan: Json) {
  const status = String(plan.status ?? '');
  const approval = isRecord(plan.approval) ? plan.approval : undefined;
  // The approval of the plan's type (`native_approval`, `lark_approval`, …): its users, or its nodes' users.
  const kind = approval ? approval[`${String(approval.type)}_approval`] : undefined;
  const users = isRecord(kind)
    ? [...list(kind.approve_users), ...list(kind.approval_nodes).flatMap((node) => list(node.approve_users))]
    : [];
  const approvers = users.map((user) =>
    compact({ name: user.user_name, decision: user.reject_or_approve, comment: user.comment }),
  );
  const jobs = list(plan.jobs).map((job) =>
    compact({
      name: job.name,
      type: job.type,
      status: job.status,
      executedBy: job.executed_by,
      executed: isoTime(job.executed_time),
    }),
  );
  const byStatus: Record<string, number> = {};
  for (const job of jobs) {
    const key = String(job.status ?? '') || 'not started';
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  return compact({
    id: plan.id,
    name: plan.name,
    manager: plan.manager,
    description: plan.description,
    status,
    finished: PLAN_FINAL.has(status),
    success: SUCCESS_STATUS.has(status),
    window: compact({ start: isoTime(plan.start_time), end: isoTime(plan.end_time) }),
    scheduledExecution: isoTime(plan.schedule_execute_time),
    timeline: compact({
      created: isoTime(plan.create_time),
      planning: isoTime(plan.planning_time),
      planningFinished: isoTime(plan.finish_planning_time),
      approved: isoTime(plan.approval_time),
      executing: isoTime(plan.executing_time),
      succeeded: isoTime(plan.success_time),
    }),
    approval: approval
      ? compact({
          enabled: approval.enabled,
          type: approval.type,
          status: approval.status,
          approvers: approval.enabled && approvers.length ? approvers : undefined,
        })
      : undefined,
    jobs,
    jobsByStatus: byStatus,
    externalCheckFailedReason: plan.external_check_failed_reason,
  });
}
