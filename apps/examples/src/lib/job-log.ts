// Prints the log of a failed job: the complete saved log when there is one, else the live stream.
import type { ZadigClient } from '@zadig-ts/client';
import type { ScriptIO } from './io.js';

/** Which job's log to print. */
export interface JobLogTarget {
  workflowName: string;
  taskID: number;
  jobName: string;
}

/**
 * Longest wait for a live log stream to end; a failed job's stream normally ends at once. A real-time
 * ceiling on I/O (like the client's per-request timeout), not a delay: it does not follow io's clock.
 */
const STREAM_LIMIT_MS = 120_000;

/**
 * Prints a job's log between header lines. The complete log (`getWorkflowTaskJobLogs`) exists once the job
 * saved it; until then (empty body or an error) the log is read from the live stream
 * (`zadig.logs.workflowJob`). Failures are reported as warnings, never thrown: the task's result decides
 * the exit code, not its log.
 */
export async function printJobLog(io: ScriptIO, zadig: ZadigClient, target: JobLogTarget): Promise<void> {
  const write = (line: string) => io.stdout.write(`  | ${line}\n`);
  const warn = (what: string, error: unknown) =>
    io.stderr.write(`warning: ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  io.stdout.write(`--- log of job ${target.jobName} ---\n`);
  let printed = 0;
  try {
    const text = await zadig.call('getWorkflowTaskJobLogs', target);
    const body = typeof text === 'string' ? text : JSON.stringify(text);
    if (body.trim() !== '') {
      for (const line of body.replace(/\n$/, '').split('\n')) write(line);
      printed = 1;
    }
  } catch (error) {
    warn(`no complete log of job ${target.jobName}, reading the live stream`, error);
  }
  if (!printed) {
    try {
      const lines = zadig.logs.workflowJob(
        { ...target, lines: 1000 },
        { signal: AbortSignal.timeout(STREAM_LIMIT_MS) },
      );
      for await (const line of lines) {
        write(line);
        printed++;
      }
      if (printed === 0) io.stdout.write('  (the log is empty)\n');
    } catch (error) {
      warn(`could not stream the log of job ${target.jobName}`, error);
    }
  }
  io.stdout.write(`--- end of log of job ${target.jobName} ---\n`);
}
