import type { WaitProgress } from '@zadig-ts/client';
import { formatElapsed } from './duration.js';

type Json = Record<string, unknown>;

/** What is happening now: for a workflow task, the first stage and job that are not finished. */
function describeState(state: unknown): string {
  const task = (state ?? {}) as Json;
  const stages = Array.isArray(task.stages) ? (task.stages as Json[]) : [];
  const current = stages.find((s) => !['passed', 'skipped'].includes(String(s.status))) ?? stages.at(-1);
  if (!current) return '';
  const jobs = Array.isArray(current.jobs) ? (current.jobs as Json[]) : [];
  const job = jobs.find((j) => !['passed', 'skipped'].includes(String(j.status)));
  return `stage ${current.name} (${current.status || 'waiting'})${job ? `, job ${job.name} (${job.status || 'waiting'})` : ''}`;
}

const SPINNER = ['|', '/', '-', '\\'];

/**
 * Reports waiting progress: on a terminal, one line rewritten in place (status, stage, elapsed time) which
 * `tick()` refreshes between polls, so the clock moves every second; otherwise a plain line each time the
 * status or stage changes.
 */
export function progressReporter(
  what: string,
  tty: boolean,
  write: (text: string) => void,
  now: () => number = () => Date.now(),
) {
  let last = '';
  let frame = 0;
  const started = now();
  const draw = () => {
    frame = (frame + 1) % SPINNER.length;
    write(`\r\x1b[2K${SPINNER[frame]} ${last}  ${formatElapsed(now() - started)}`);
  };
  return {
    update(progress: WaitProgress<unknown>) {
      const detail = describeState(progress.state);
      const line = `${what}: ${progress.status || 'pending'}${detail ? `, ${detail}` : ''}`;
      if (tty) {
        last = line;
        draw();
      } else if (line !== last) {
        write(`[${formatElapsed(progress.elapsedMs)}] ${line}\n`);
      }
      last = line;
    },
    /** Redraws the line with the time now (terminals only). */
    tick() {
      if (tty && last) draw();
    },
    done() {
      if (tty && last) write('\r\x1b[2K');
    },
  };
}
