// What `--wait` says at the end, on stderr: the final status, every failed stage and job with its error,
// the task's page in the Zadig web UI, and how to read its logs.
import type { WorkflowTaskJob } from '@zadig-ts/client';
import { formatElapsed } from './duration.js';
import { jobDetail } from './job-detail.js';

type Json = Record<string, unknown>;

const FAILED = new Set(['failed', 'timeout', 'cancelled', 'reject', 'error', 'unstable']);

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** The web UI's page of a custom workflow task, as Zadig's own notifications link it. */
function taskUrl(baseUrl: string, task: Json): string | undefined {
  const project = text(task.project_key) || text(task.project_name);
  const workflow = text(task.workflow_key);
  const id = task.task_id;
  if (!project || !workflow || id === undefined || id === null) return undefined;
  const display = text(task.workflow_name);
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/v1/projects/detail/${encodeURIComponent(project)}/pipelines/custom/${encodeURIComponent(workflow)}/${id}${
    display ? `?display_name=${encodeURIComponent(display)}` : ''
  }`;
}

/** The lines for a workflow task that ended. */
export function workflowSummary(task: Json, elapsedMs: number, baseUrl: string | undefined): string[] {
  const status = text(task.status) || 'unknown';
  const workflow = text(task.workflow_key);
  const id = task.task_id;
  const lines = [`Task ${workflow} #${id}: ${status} after ${formatElapsed(elapsedMs)}`];
  if (text(task.error)) lines.push(`  error: ${text(task.error)}`);
  const failedJobs: string[] = [];
  for (const stage of (Array.isArray(task.stages) ? task.stages : []) as Json[]) {
    const jobs = (Array.isArray(stage.jobs) ? stage.jobs : []) as Json[];
    const bad = jobs.filter((j) => FAILED.has(text(j.status)));
    if (!FAILED.has(text(stage.status)) && !bad.length) continue;
    lines.push(
      `  stage ${text(stage.name)}: ${text(stage.status)}${text(stage.error) ? `: ${text(stage.error)}` : ''}`,
    );
    for (const job of bad) {
      const name = text(job.name);
      failedJobs.push(name);
      lines.push(
        `    job ${name}${text(job.type) ? ` (${text(job.type)})` : ''}: ${text(job.status)}${text(job.error) ? `: ${text(job.error)}` : ''}`,
      );
      // The task detail is the server's JSON: its jobs are the spec's WorkflowTaskJob, narrowed by type there.
      const detail = jobDetail(job as WorkflowTaskJob);
      if (detail) lines.push(`      ${text(detail)}`);
    }
  }
  const url = baseUrl ? taskUrl(baseUrl, task) : undefined;
  if (url) lines.push(`  web:  ${url}`);
  if (workflow && id !== undefined) {
    const job = failedJobs[0] ?? '<job>';
    lines.push(`  logs: zadigctl workflow log ${workflow} ${id} ${job}`);
  }
  return lines;
}

/** The lines for anything else that ended (a version, a test or scan task, a release plan). */
export function genericSummary(what: string, state: Json, elapsedMs: number): string[] {
  const status = text(state.status) || 'unknown';
  const lines = [`${what}: ${status} after ${formatElapsed(elapsedMs)}`];
  if (text(state.error)) lines.push(`  error: ${text(state.error)}`);
  return lines;
}
