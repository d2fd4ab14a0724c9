// Runs a workflow, follows its stages and jobs until the task ends, prints the log of every job that
// fails, and exits with the task's result.
//
//   tsx src/run-workflow-and-wait.ts --workflow build-images --project demo --param BRANCH=main
//   tsx src/run-workflow-and-wait.ts --mock --workflow storefront-ci --project storefront
import { readFile } from 'node:fs/promises';
import type { OperationInput } from '@zadig-ts/client';
import {
  exitCode,
  type FlagSpec,
  parseFlags,
  positiveInt,
  requireString,
  runIfEntry,
  UsageError,
} from './lib/cli.js';
import { formatElapsed } from './lib/format.js';
import type { ScriptIO } from './lib/io.js';
import { printJobLog } from './lib/job-log.js';
import { withSession } from './lib/session.js';
import { type TaskJob, TaskProgress } from './lib/task-progress.js';

const USAGE = `Usage: run-workflow-and-wait --workflow <key> --project <key> [options]

Runs a workflow, prints stage and job status changes until the task ends, and prints the log of each job
that fails. Exits 0 when the task passed, 1 otherwise.

Options:
  --workflow <key>         workflow key (required)
  --project <key>          project key (required)
  --param <name=value>     set a global variable of the workflow (repeatable)
  --inputs <file.json>     jobs to run with their inputs: a JSON array, as executeWorkflow's \`inputs\`
                           (Zadig skips every job of a run without inputs)
  --poll-interval <ms>     first delay between status checks (default 2000)
  --timeout <seconds>      stop waiting after this long (default 3600)
  --mock                   run against the Zadig simulator instead of ZADIG_URL
  -h, --help               show this help

Environment: ZADIG_URL (e.g. https://zadig.example.com) and ZADIG_TOKEN (API token).`;

const FLAGS: FlagSpec = {
  workflow: { type: 'string' },
  project: { type: 'string' },
  param: { type: 'string', multiple: true },
  inputs: { type: 'string' },
  'poll-interval': { type: 'string' },
  timeout: { type: 'string' },
  mock: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

type RunBody = OperationInput<'executeWorkflow'>['body'];

function parameters(values: string[]): NonNullable<RunBody['parameters']> {
  return values.map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--param: expected name=value, got ${JSON.stringify(pair)}`);
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
}

async function inputs(path: string): Promise<NonNullable<RunBody['inputs']>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--inputs: cannot read ${path} as JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--inputs: ${path} must hold a JSON array of job inputs`);
  return parsed as NonNullable<RunBody['inputs']>;
}

/** Runs run-workflow-and-wait with `argv` (without node and the script); resolves to the exit code. */
export function main(argv: string[], io: ScriptIO): Promise<number> {
  return exitCode(USAGE, io, () => runWorkflowAndWait(argv, io));
}

async function runWorkflowAndWait(argv: string[], io: ScriptIO): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const workflowKey = requireString(flags, 'workflow');
  const projectKey = requireString(flags, 'project');
  const params = parameters(Array.isArray(flags.param) ? flags.param : []);
  const jobInputs = typeof flags.inputs === 'string' ? await inputs(flags.inputs) : undefined;
  const intervalMs = positiveInt(flags, 'poll-interval', 2000);
  const timeoutMs = positiveInt(flags, 'timeout', 3600) * 1000;

  return withSession(io, { mock: flags.mock === true }, async ({ zadig }) => {
    const run = await zadig.call('executeWorkflow', {
      body: {
        project_key: projectKey,
        workflow_key: workflowKey,
        ...(params.length ? { parameters: params } : {}),
        ...(jobInputs ? { inputs: jobInputs } : {}),
      },
    });
    const taskId = run.task_id;
    io.stdout.write(`Started task #${taskId} of workflow ${workflowKey} (project ${projectKey})\n`);

    const progress = new TaskProgress();
    // Logs are fetched while polling goes on; chaining keeps one job's log in one block.
    let logs = Promise.resolve();
    const showLog = (job: TaskJob) => {
      const target = { workflowName: workflowKey, taskID: taskId, jobName: job.name ?? '' };
      logs = logs.then(() => printJobLog(io, zadig, target));
    };
    let task: Awaited<ReturnType<typeof zadig.waitFor.workflowTask>>;
    try {
      task = await zadig.waitFor.workflowTask(
        { taskId, workflowKey },
        {
          intervalMs,
          timeoutMs,
          onProgress: ({ state, elapsedMs }) => {
            const { lines, failed } = progress.update(state);
            for (const line of lines) io.stdout.write(`[${formatElapsed(elapsedMs)}] ${line}\n`);
            for (const job of failed) showLog(job);
          },
        },
      );
    } finally {
      await logs;
    }

    const ran =
      task.start_time && task.end_time
        ? ` after ${formatElapsed((task.end_time - task.start_time) * 1000)}`
        : '';
    io.stdout.write(`\nTask #${taskId} of workflow ${workflowKey}: ${task.status}${ran}\n`);
    if (task.error) io.stdout.write(`Error: ${task.error}\n`);
    return task.status === 'passed' ? 0 : 1;
  });
}

// Process entry: `tsx src/run-workflow-and-wait.ts …` runs main with the real process (processIO). Importing
// this module, as the tests do to call main in process, runs nothing.
runIfEntry(import.meta.url, main);
