// Tools for what an agent needs in one step: run a workflow and wait (bounded), follow a task, the tail of
// a job's log, a version from an environment, the status of a release plan.
import { ZadigWaitTimeoutError } from '@zadig-ts/client';
import { MAX_RESULT_CHARS_CAP } from '../budget.js';
import type { Operation } from '../catalog.js';
import { invalidInput, ToolFailure } from '../errors.js';
import type { Violation } from '../validate.js';
import { checkInput } from '../validate.js';
import { maxCharsSchema } from './operations.js';
import { outputSchemas } from './output-schemas.js';
import { findOperation, preview, requireWriteAllowed } from './shared.js';
import { summarizeReleasePlan, summarizeTask } from './summaries.js';
import type { ToolContext, ToolDefinition } from './types.js';

type Json = Record<string, unknown>;

/** The longest a tool waits for something to finish, and for a live log. */
const MAX_WAIT_SECONDS = 900;
const MAX_LOG_LINES = 1000;

/** A required, non-empty string argument (a key, a name, an ID). */
const key = (description: string) => ({ type: 'string', minLength: 1, description });

const TASK_ID = { type: 'integer', minimum: 1, description: 'Task number (task_id).' };

const waitSeconds = (description: string, fallback: number) => ({
  type: 'integer',
  minimum: 0,
  maximum: MAX_WAIT_SECONDS,
  default: fallback,
  description,
});

/**
 * Checks the body an operation gets from a task tool's arguments, reporting each violation at the
 * argument it came from (`/body/workflow_key` → `/workflowKey`).
 */
function checkBody(context: ToolContext, op: Operation, body: Json, argumentOf: Record<string, string>) {
  const violations = checkInput(context.catalog, op, { body }, '').map((v): Violation => {
    const match = /^\/body\/([^/]+)(.*)$/.exec(v.pointer);
    const argument = match?.[1] ? argumentOf[match[1]] : undefined;
    return argument ? { pointer: `/${argument}${match?.[2] ?? ''}`, message: v.message } : v;
  });
  if (violations.length) throw invalidInput(`invalid arguments for ${op.operationId}`, violations);
}

/**
 * Reads something once (`seconds` 0) or waits at most `seconds` until it is final: its last state, and the
 * status it was still in when the wait ended first.
 */
async function readOrWait(
  context: ToolContext,
  seconds: number,
  read: () => Promise<unknown>,
  wait: (timeoutMs: number) => Promise<unknown>,
): Promise<{ state: Json; still?: string; waitedSeconds?: number; cutByDeadline?: boolean }> {
  if (seconds <= 0) return { state: (await read()) as Json };
  // The wait ends before the call's deadline, leaving time for the last read and the answer.
  const remaining = context.remainingMs();
  const room = Math.max(0, remaining - Math.min(5_000, remaining / 10));
  const timeoutMs = Math.min(seconds * 1000, room);
  const cutByDeadline = timeoutMs < seconds * 1000;
  try {
    return { state: (await wait(timeoutMs)) as Json };
  } catch (error) {
    if (error instanceof ZadigWaitTimeoutError && error.lastState)
      return {
        state: error.lastState as Json,
        still: error.lastStatus ?? 'unknown',
        waitedSeconds: Math.floor(timeoutMs / 1000),
        cutByDeadline,
      };
    throw error;
  }
}

/** Polls a workflow task until it is finished or `seconds` pass; the summary says which. */
async function followTask(context: ToolContext, workflowKey: string, taskId: number, seconds: number) {
  findOperation(context, 'getWorkflowTask', '/taskId');
  const next = {
    tool: 'zadig_workflow_task',
    arguments: { workflowKey, taskId, waitSeconds: 50 },
  };
  let polls = 0;
  const { state, still, waitedSeconds, cutByDeadline } = await readOrWait(
    context,
    seconds,
    () => context.call('getWorkflowTask', { workflowKey, taskId }),
    (timeoutMs) =>
      context.client.waitFor.workflowTask(
        { workflowKey, taskId },
        {
          timeoutMs,
          signal: context.signal,
          onProgress: ({ status, elapsedMs }) => {
            polls++;
            void context.progress(
              polls,
              `task ${taskId} of ${workflowKey}: ${status} after ${Math.round(elapsedMs / 1000)} s`,
            );
          },
        },
      ),
  );
  const summary = summarizeTask(state);
  if (still !== undefined) {
    return {
      ...summary,
      waitedSeconds,
      note: `Still ${still} after ${waitedSeconds} s; it goes on (nothing was cancelled).${cutByDeadline ? " The wait was shortened to end before the call's deadline (--call-timeout)." : ''}`,
      next,
    };
  }
  return summary.finished ? summary : { ...summary, next };
}

export const runWorkflow: ToolDefinition = {
  name: 'zadig_run_workflow',
  title: 'Run a Zadig workflow and wait for it',
  description:
    'Starts a workflow task (executeWorkflow) and waits until it finishes or waitSeconds pass, then returns its ' +
    'status, stages, jobs and failed jobs. A write: it runs only when the server allows executeWorkflow ' +
    '(--allow-writes), and without "confirm": true it returns the request it would send. If the task is still ' +
    'running when the wait ends, follow it with zadig_workflow_task.',
  inputSchema: {
    type: 'object',
    properties: {
      projectKey: key('Project key.'),
      workflowKey: key('Workflow key (its identifier, not its display name).'),
      parameters: {
        type: 'array',
        description: 'Global variables of the workflow: [{ "name": "BRANCH", "value": "main" }].',
        items: {
          type: 'object',
          properties: { name: { type: 'string' }, value: { type: 'string' } },
          required: ['name'],
        },
      },
      inputs: {
        type: 'array',
        description:
          'Jobs to run with their inputs, as executeWorkflow\'s "inputs" (see zadig_describe_operation executeWorkflow). Zadig skips jobs without inputs.',
        items: { type: 'object' },
      },
      waitSeconds: waitSeconds(
        'Wait at most this long for the task to finish (0: do not wait). Many MCP clients give up on a call after 60 s unless progress resets their timeout: keep it under that, and follow a longer task with zadig_workflow_task.',
        50,
      ),
      confirm: {
        type: 'boolean',
        description: 'Send it. Without it, the request is returned and nothing runs.',
      },
    },
    required: ['projectKey', 'workflowKey'],
    additionalProperties: false,
  },
  outputSchema: outputSchemas.runWorkflow,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, context) {
    const op = findOperation(context, 'executeWorkflow', '/workflowKey');
    requireWriteAllowed(context, op);
    const body: Json = {
      project_key: args.projectKey,
      workflow_key: args.workflowKey,
      ...(args.parameters !== undefined ? { parameters: args.parameters } : {}),
      ...(args.inputs !== undefined ? { inputs: args.inputs } : {}),
    };
    checkBody(context, op, body, {
      project_key: 'projectKey',
      workflow_key: 'workflowKey',
      parameters: 'parameters',
      inputs: 'inputs',
    });
    if (args.confirm !== true) return preview(context, op, { body });
    const started = await context.call('executeWorkflow', { body });
    const taskId = Number((started as { task_id?: unknown }).task_id);
    const workflowKey = String(args.workflowKey);
    await context.progress(0, `started task ${taskId} of ${workflowKey}`);
    const task = await followTask(context, workflowKey, taskId, Number(args.waitSeconds ?? 50));
    return { sent: true, started: { taskId, workflowKey, projectKey: args.projectKey }, task };
  },
};

export const workflowTask: ToolDefinition = {
  name: 'zadig_workflow_task',
  title: 'Follow a Zadig workflow task',
  description:
    'The status of one workflow task with its stages and jobs (no job specs) and the failed jobs; with ' +
    "waitSeconds, waits (bounded) until it finishes. Read-only. For a job's log use zadig_job_log_tail.",
  inputSchema: {
    type: 'object',
    properties: {
      workflowKey: key('Workflow key.'),
      taskId: TASK_ID,
      waitSeconds: waitSeconds('Wait at most this long for the task to finish (0: just read it).', 0),
    },
    required: ['workflowKey', 'taskId'],
    additionalProperties: false,
  },
  outputSchema: outputSchemas.workflowTask,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, context) {
    return followTask(context, String(args.workflowKey), Number(args.taskId), Number(args.waitSeconds ?? 0));
  },
};

/** Reads a live log stream until it ends, `lines` lines came, or `seconds` pass; keeps the last `lines`. */
async function tailOfStream(context: ToolContext, target: Json, lines: number, seconds: number) {
  const stop = AbortSignal.any([context.signal, AbortSignal.timeout(seconds * 1000)]);
  const kept: string[] = [];
  try {
    for await (const line of context.client.logs.workflowJob({ ...target, lines } as never, {
      signal: stop,
    })) {
      kept.push(line);
      if (kept.length > lines) kept.shift();
    }
  } catch (error) {
    if (!stop.aborted || context.signal.aborted) throw error;
  }
  // The stream stops quietly when the deadline aborts it: then the job was still writing.
  return { kept, ended: !stop.aborted };
}

export const jobLogTail: ToolDefinition = {
  name: 'zadig_job_log_tail',
  title: "Tail of a workflow job's log",
  description:
    "The last lines of one job of a workflow task (job names are in zadig_workflow_task's stages). Reads the " +
    'saved log; while the job still runs, reads the live log for at most waitSeconds. Read-only.',
  inputSchema: {
    type: 'object',
    properties: {
      workflowKey: key('Workflow key.'),
      taskId: TASK_ID,
      jobName: key("Job name, as in the task's stages."),
      lines: {
        type: 'integer',
        minimum: 1,
        maximum: MAX_LOG_LINES,
        default: 100,
        description: 'How many of the last lines.',
      },
      waitSeconds: {
        type: 'integer',
        minimum: 1,
        maximum: 60,
        default: 10,
        description: 'Longest read of a live log.',
      },
      maxChars: maxCharsSchema(),
    },
    required: ['workflowKey', 'taskId', 'jobName'],
    additionalProperties: false,
  },
  outputSchema: outputSchemas.jobLogTail,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, context) {
    const target = {
      workflowName: String(args.workflowKey),
      taskID: Number(args.taskId),
      jobName: String(args.jobName),
    };
    const lines = Math.min(Number(args.lines ?? 100), MAX_LOG_LINES);
    findOperation(context, 'getWorkflowTaskJobLogs', '/jobName');
    const saved = await context.call('getWorkflowTaskJobLogs', target);
    const text = typeof saved === 'string' ? saved : saved === undefined ? '' : JSON.stringify(saved);
    if (text.trim() !== '') {
      const all = text.replace(/\r?\n$/, '').split(/\r?\n/);
      return {
        ...target,
        source: 'saved',
        totalLines: all.length,
        ...lastLines(all.slice(-lines), context.maxChars),
      };
    }
    findOperation(context, 'streamWorkflowTaskJobLogs', '/jobName');
    const { kept, ended } = await tailOfStream(context, target, lines, Number(args.waitSeconds ?? 10));
    return {
      ...target,
      source: 'live',
      ...lastLines(kept, context.maxChars),
      ...(ended ? {} : { note: 'The job is still writing its log; call again for newer lines.' }),
    };
  },
};

/** Room a log tail's own fields take besides its lines. */
const LOG_OVERHEAD = 600;
/** A log line longer than this is cut (minified output, progress bars). */
const MAX_LOG_LINE = 1_000;

/** The newest of `lines` that fit `maxChars`, each cut to MAX_LOG_LINE, and what was left out. */
function lastLines(lines: string[], maxChars: number) {
  const room = Math.max(0, maxChars - LOG_OVERHEAD);
  const kept: string[] = [];
  let used = 0;
  let cutLines = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i] ?? '';
    if (line.length > MAX_LOG_LINE) {
      line = `${line.slice(0, MAX_LOG_LINE)}… [${line.length - MAX_LOG_LINE} more characters]`;
      cutLines++;
    }
    const cost = JSON.stringify(line).length + 1;
    if (used + cost > room) break;
    used += cost;
    kept.unshift(line);
  }
  const omitted = lines.length - kept.length;
  return {
    shown: kept.length,
    lines: kept,
    ...(cutLines ? { longLinesCut: cutLines } : {}),
    ...(omitted
      ? {
          omittedLines: omitted,
          note: `The ${omitted} older of the ${lines.length} lines asked for did not fit in ${maxChars} characters: pass a larger maxChars (at most ${MAX_RESULT_CHARS_CAP}).`,
        }
      : {}),
  };
}

type Environment = { services?: Array<{ service_name?: string; type?: string; containers?: Array<Json> }> };

function imageTag(image: string): string {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? image.slice(at + 1) : 'latest';
}

function imageName(image: string): string {
  const name = image.slice(image.lastIndexOf('/') + 1);
  const at = name.indexOf(':');
  return at >= 0 ? name.slice(0, at) : name;
}

export const versionFromEnvironment: ToolDefinition = {
  name: 'zadig_version_from_environment',
  title: 'Create a version from an environment',
  description:
    'Creates a version (Version Management, K8s YAML projects) from the services and images running in an ' +
    'environment: reads the environment, builds the createK8sRelease body (source from_env), and sends it. ' +
    'A write: it runs only when the server allows createK8sRelease (--allow-writes), and without "confirm": ' +
    'true it returns the request it would send. Follow it with getRelease (zadig_call_operation).',
  inputSchema: {
    type: 'object',
    properties: {
      projectKey: key('Project key.'),
      envName: key('Environment key.'),
      versionName: key('Name of the new version, e.g. "v1.2.0".'),
      production: {
        type: 'boolean',
        default: false,
        description: 'The environment is a production environment.',
      },
      registryId: {
        type: 'string',
        description: 'Push the images to this image registry (listRegistries), tagged with the version name.',
      },
      desc: { type: 'string', description: 'Description of the version.' },
      confirm: {
        type: 'boolean',
        description: 'Send it. Without it, the request is returned and nothing is created.',
      },
    },
    required: ['projectKey', 'envName', 'versionName'],
    additionalProperties: false,
  },
  outputSchema: outputSchemas.versionFromEnvironment,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, context) {
    const create = findOperation(context, 'createK8sRelease', '/versionName');
    requireWriteAllowed(context, create);
    const projectKey = String(args.projectKey);
    const envName = String(args.envName);
    const versionName = String(args.versionName);
    const production = args.production === true;
    const environment = (await context.call(production ? 'getProductionEnvironment' : 'getEnvironment', {
      envName,
      projectKey,
    })) as Environment;
    const services = environment.services ?? [];
    if (services.some((s) => s.type === 'helm')) {
      throw new ToolFailure(
        'unsupported',
        `environment ${envName} of ${projectKey} holds Helm services; this tool builds K8s YAML versions. Use createHelmRelease with zadig_call_operation (see zadig_describe_operation).`,
        { pointer: '/envName' },
      );
    }
    let prefix: string | undefined;
    if (typeof args.registryId === 'string') {
      const registry = (await context.call('getRegistry', { id: args.registryId })) as {
        address?: string;
        namespace?: string;
      };
      const host = String(registry.address ?? '')
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/+$/, '');
      prefix = registry.namespace ? `${host}/${registry.namespace}` : host;
    }
    const tag = versionName
      .replace(/^[^\w]/, '_')
      .replace(/[^\w.-]/g, '-')
      .slice(0, 128);
    const body: Json = {
      project_key: projectKey,
      version_name: versionName,
      source: 'from_env',
      env_name: envName,
      production,
      desc: typeof args.desc === 'string' ? args.desc : `Created from environment ${envName}`,
      ...(typeof args.registryId === 'string' ? { image_registry_id: args.registryId } : {}),
      services: services.map((service) => ({
        service_name: service.service_name,
        images: (service.containers ?? []).map((container) => {
          const image = String(container.image ?? '');
          const name = String(container.image_name || imageName(image));
          const target = prefix ? `${prefix}/${name}:${tag}` : image;
          return {
            container_name: container.name,
            image_name: name,
            source_image: image,
            source_image_tag: imageTag(image),
            target_image: target,
            target_image_tag: imageTag(target),
            push_image: prefix !== undefined,
          };
        }),
      })),
    };
    checkBody(context, create, body, {
      project_key: 'projectKey',
      version_name: 'versionName',
      env_name: 'envName',
    });
    if (args.confirm !== true) return preview(context, create, { body });
    await context.call('createK8sRelease', { body });
    return {
      sent: true,
      created: { projectKey, versionName, envName, services: services.length },
      next: {
        tool: 'zadig_call_operation',
        arguments: {
          operationId: 'getRelease',
          input: { projectKey, versionName },
          fields: ['version', 'status', 'error'],
        },
      },
    };
  },
};

export const releasePlanStatus: ToolDefinition = {
  name: 'zadig_release_plan_status',
  title: 'Status of a release plan',
  description:
    'One release plan in brief: status, whether it is finished, timeline (created, planning finished, approved, ' +
    'executing, succeeded), approval and approvers, and its jobs with their status. Find plans with ' +
    'listReleasePlans (zadig_call_operation). With waitSeconds, waits (bounded) until it is finished. Read-only.',
  inputSchema: {
    type: 'object',
    properties: {
      id: key('Release plan ID (listReleasePlans).'),
      waitSeconds: waitSeconds('Wait at most this long for the plan to finish (0: just read it).', 0),
    },
    required: ['id'],
    additionalProperties: false,
  },
  outputSchema: outputSchemas.releasePlanStatus,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, context) {
    findOperation(context, 'getReleasePlan', '/id');
    const id = String(args.id);
    const seconds = Number(args.waitSeconds ?? 0);
    const { state, still, waitedSeconds, cutByDeadline } = await readOrWait(
      context,
      seconds,
      () => context.call('getReleasePlan', { id }),
      (timeoutMs) => context.client.waitFor.releasePlan({ id }, { timeoutMs, signal: context.signal }),
    );
    const summary = summarizeReleasePlan(state);
    return still === undefined
      ? summary
      : {
          ...summary,
          waitedSeconds,
          note: `Still ${still} after ${waitedSeconds} s.${cutByDeadline ? " The wait was shortened to end before the call's deadline (--call-timeout)." : ''}`,
        };
  },
};
