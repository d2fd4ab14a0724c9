// The state of a task, a version or a release plan at a moment, computed from what happened to it and when.
// Nothing is scheduled: asking at a later time gives the later state.
import type { ReleasePlan, TaskJob, Version, WorkflowTask } from './model.js';

/** How long things take, in simulated milliseconds (before the speed factor). */
export const DURATIONS = {
  taskQueued: 2_000,
  job: { 'zadig-build': 24_000, 'zadig-deploy': 12_000, 'zadig-test': 18_000 } as Record<string, number>,
  otherJob: 8_000,
  versionCreating: 10_000,
  planPlanning: 10_000,
  planJob: 10_000,
};

export const jobDuration = (type: string) => DURATIONS.job[type] ?? DURATIONS.otherJob;

export interface JobState {
  job: TaskJob;
  /** `''` before it starts, then `running`, `passed`, `failed` or `cancelled`. */
  status: string;
  start: number | undefined;
  end: number | undefined;
}

export interface TaskState {
  status: 'queued' | 'running' | 'passed' | 'failed' | 'cancelled';
  start: number | undefined;
  end: number | undefined;
  jobs: JobState[];
}

const FINAL_TASK = new Set(['passed', 'failed', 'cancelled']);
export const isFinalTask = (status: string) => FINAL_TASK.has(status);

/** Queued, then each job in turn; the first failing job fails the task; a cancel stops it where it is. */
export function taskState(task: WorkflowTask, now: number): TaskState {
  const at = task.cancelledAt === undefined ? now : Math.min(now, task.cancelledAt);
  const cancelled = task.cancelledAt !== undefined && task.cancelledAt <= now;
  const start = task.createdAt + DURATIONS.taskQueued;
  let cursor = start;
  let status: TaskState['status'] = at < start ? 'queued' : 'running';
  let end: number | undefined;
  const jobs: JobState[] = task.jobs.map((job) => {
    if (status !== 'running' || at < cursor) return { job, status: '', start: undefined, end: undefined };
    const jobStart = cursor;
    const jobEnd = cursor + job.durationMs;
    cursor = jobEnd;
    if (at < jobEnd)
      return {
        job,
        status: cancelled ? 'cancelled' : 'running',
        start: jobStart,
        end: cancelled ? at : undefined,
      };
    if (job.fails) {
      status = 'failed';
      end = jobEnd;
      return { job, status: 'failed', start: jobStart, end: jobEnd };
    }
    return { job, status: 'passed', start: jobStart, end: jobEnd };
  });
  if (status === 'running' && jobs.every((j) => j.status === 'passed')) {
    status = 'passed';
    end = cursor;
  }
  if (cancelled && !isFinalTask(status)) {
    status = 'cancelled';
    end = at;
  }
  return { status, start: at < start ? undefined : start, end, jobs };
}

/** `creating` (or `retrying` after a retry), then `success`, or `failed` when it is set to fail. */
export function versionStatus(version: Version, now: number): 'creating' | 'retrying' | 'success' | 'failed' {
  if (version.retriedAt !== undefined) {
    return now < version.retriedAt + DURATIONS.versionCreating ? 'retrying' : 'success';
  }
  if (now < version.createdAt + DURATIONS.versionCreating) return 'creating';
  return version.fails ? 'failed' : 'success';
}

export interface PlanState {
  status: 'planning' | 'wait_for_approval' | 'executing' | 'success' | 'denied';
  /** `todo`, `running` or `done` per job, `''` before execution. */
  jobs: string[];
  planningEnd: number | undefined;
  approvalEnd: number | undefined;
  executingEnd: number | undefined;
}

/** Planning, then waiting for approval (when enabled) until approved, then each job in turn. */
export function planState(plan: ReleasePlan, now: number): PlanState {
  const planningEnd = plan.planningFrom + DURATIONS.planPlanning;
  const idle = plan.jobs.map(() => '');
  if (now < planningEnd) {
    return {
      status: 'planning',
      jobs: idle,
      planningEnd: undefined,
      approvalEnd: undefined,
      executingEnd: undefined,
    };
  }
  let execStart = planningEnd;
  let approvalEnd: number | undefined;
  if (plan.approval?.enabled) {
    if (plan.rejectedAt !== undefined && plan.rejectedAt <= now) {
      return {
        status: 'denied',
        jobs: idle,
        planningEnd,
        approvalEnd: plan.rejectedAt,
        executingEnd: undefined,
      };
    }
    if (plan.approvedAt === undefined || plan.approvedAt > now) {
      return {
        status: 'wait_for_approval',
        jobs: idle,
        planningEnd,
        approvalEnd: undefined,
        executingEnd: undefined,
      };
    }
    execStart = Math.max(planningEnd, plan.approvedAt);
    approvalEnd = execStart;
  }
  const jobs = plan.jobs.map((_, i) => {
    const start = execStart + i * DURATIONS.planJob;
    return now < start ? 'todo' : now < start + DURATIONS.planJob ? 'running' : 'done';
  });
  const executingEnd = execStart + plan.jobs.length * DURATIONS.planJob;
  return now < executingEnd
    ? { status: 'executing', jobs, planningEnd, approvalEnd, executingEnd: undefined }
    : { status: 'success', jobs, planningEnd, approvalEnd, executingEnd };
}
