// Turns successive snapshots of a workflow task into the changes worth printing: the task's, each stage's
// and each job's status when it changes, and the jobs that have just failed.
import type { OperationOutput } from '@zadig-ts/client';

/** A workflow task as `getWorkflowTask` returns it. */
export type WorkflowTask = OperationOutput<'getWorkflowTask'>;
type Stage = NonNullable<WorkflowTask['stages']>[number];
/** A job of a stage of a workflow task. */
export type TaskJob = NonNullable<Stage['jobs']>[number];

/** Job statuses after which the job has failed (its log says why). */
const FAILED_JOB = new Set(['failed', 'timeout']);

/** Remembers the last status of everything in a task and reports what changed since. */
export class TaskProgress {
  private readonly seen = new Map<string, string>();
  private readonly reported = new Set<string>();

  /** Lines describing the changes in this snapshot, and jobs that failed since the last one. */
  update(task: WorkflowTask): { lines: string[]; failed: TaskJob[] } {
    const lines: string[] = [];
    const failed: TaskJob[] = [];
    if (this.changed('task', task.status)) lines.push(`task: ${task.status}`);
    for (const stage of task.stages ?? []) {
      const stageName = stage.name ?? '?';
      if (this.changed(`stage:${stageName}`, stage.status)) lines.push(`stage ${stageName}: ${stage.status}`);
      for (const job of stage.jobs ?? []) {
        const jobName = job.name ?? '?';
        if (!this.changed(`job:${stageName}/${jobName}`, job.status)) continue;
        const label = job.display_name || jobName;
        const error = job.error ? ` (${job.error})` : '';
        lines.push(`  job ${label} [${job.type ?? 'job'}]: ${job.status}${error}`);
        // A retried job can fail again: each failure is reported once.
        const attempt = `${stageName}/${jobName}#${job.retry_count ?? 0}`;
        if (FAILED_JOB.has(job.status ?? '') && !this.reported.has(attempt)) {
          this.reported.add(attempt);
          failed.push(job);
        }
      }
    }
    return { lines, failed };
  }

  private changed(key: string, status: string | undefined): boolean {
    if (!status || this.seen.get(key) === status) return false;
    this.seen.set(key, status);
    return true;
  }
}
