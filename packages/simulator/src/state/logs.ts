// A job's log: lines that read like the job's type, appearing over the job's run time.
import type { JobState } from './lifecycle.js';
import type { WorkflowTask } from './model.js';

function script(task: WorkflowTask, job: JobState['job']): string[] {
  const service = job.name.replace(/^(build|deploy|test)-?/, '') || task.workflowKey;
  switch (job.type) {
    case 'zadig-build':
      return [
        `Cloning into '/workspace/${task.projectKey}'...`,
        `checkout ${task.projectKey} main done`,
        'Step 1/5 : FROM node:20-alpine',
        'Step 2/5 : COPY . /app',
        'Step 3/5 : RUN npm ci --omit=dev',
        'Step 4/5 : EXPOSE 8080',
        'Step 5/5 : CMD ["node", "server.js"]',
        `pushing image ${service}:${task.id}`,
        `build ${service} done`,
      ];
    case 'zadig-deploy':
      return [
        `updating workloads of ${task.projectKey} (task ${task.id})`,
        'deployment rolled out: 1 of 2 updated replicas are available',
        'deployment rolled out: 2 of 2 updated replicas are available',
        `deploy ${service} done`,
      ];
    case 'zadig-test':
      return ['running tests', 'collected 42 tests', '42 passed, 0 failed', 'test report uploaded'];
    default:
      return [
        `$ ./scripts/${job.name}.sh`,
        `${job.name}: step 1 of 2`,
        `${job.name}: step 2 of 2`,
        `${job.name} done`,
      ];
  }
}

/** The lines of `state`'s log written by `now`: all of them once the job has ended. */
export function jobLogLines(task: WorkflowTask, state: JobState, now: number): string[] {
  if (state.start === undefined) return [];
  const full = script(task, state.job);
  // A failing job goes wrong halfway through; while it runs, its log is a beginning of the failed one.
  const lines = state.job.fails
    ? [...full.slice(0, Math.ceil(full.length / 2)), `ERROR: ${state.job.name} failed: exit status 1`]
    : full;
  if (state.status === 'failed' || state.status === 'passed') return lines;
  const until = state.end ?? now;
  const shown = Math.floor(((until - state.start) / state.job.durationMs) * lines.length);
  return lines.slice(0, Math.max(1, Math.min(shown, lines.length - 1)));
}
