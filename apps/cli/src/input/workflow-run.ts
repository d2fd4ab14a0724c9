// `zadigctl workflow run <workflow> -f KEY=VALUE …`, as `gh workflow run`: the run's body is built from the
// workflow's own definition (getWorkflow), read first. Keys are the workflow's variables; an unknown one names
// those there are. The OpenAPI run skips every job its body does not list, so the jobs that run on their
// configuration alone are listed; a job that needs inputs the command line cannot give is named on stderr.
import type { FieldArg } from '../builtins/api/fields.js';
import { contentReader } from '../builtins/api/input.js';
import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { closest } from '../model/suggest.js';

interface Variable {
  name?: string;
  type?: string;
  choice_option?: string[] | null;
}

interface Job {
  name?: string;
  type?: string;
  spec?: { freestyle_type?: string } | null;
}

/** What getWorkflow answers, as far as a run needs it. */
export interface WorkflowDefinition {
  workflow_key?: string;
  project_key?: string;
  params?: Variable[] | null;
  stages?: Array<{ jobs?: Job[] | null }> | null;
}

/** Variable types the server sets from a run's `parameters` by value (repo variables take a repository). */
const BY_VALUE = new Set(['string', 'text', 'choice']);

/** Jobs the server runs on their configuration with empty inputs (a service freestyle job needs services). */
function runsAsConfigured(job: Job): boolean {
  if (job.type === 'approval') return true;
  return job.type === 'freestyle' && job.spec?.freestyle_type !== 'service_freestyle';
}

interface Assignment {
  arg: FieldArg;
  key: string;
  value: string;
}

async function assignments(io: IO, args: FieldArg[]): Promise<Assignment[]> {
  const read = contentReader(io);
  const out: Assignment[] = [];
  for (const arg of args) {
    const eq = arg.text.indexOf('=');
    if (eq <= 0) {
      throw new UsageError(
        `${arg.flag} ${JSON.stringify(arg.text)}: expected KEY=VALUE, a workflow variable and its value`,
      );
    }
    const key = arg.text.slice(0, eq);
    const raw = arg.text.slice(eq + 1);
    const value = arg.typed && raw.startsWith('@') ? await read(raw.slice(1), `${arg.flag} ${key}`) : raw;
    if (out.some((a) => a.key === key)) throw new UsageError(`${arg.flag} ${key}: the variable is set twice`);
    out.push({ arg, key, value });
  }
  return out;
}

function parameterOf(workflow: string, variables: Variable[], { arg, key, value }: Assignment) {
  const names = variables.map((v) => v.name ?? '').filter(Boolean);
  const variable = variables.find((v) => v.name === key);
  if (!variable) {
    const near = closest(key, names);
    throw new UsageError(
      `${arg.flag} ${key}: workflow ${workflow} has no variable ${JSON.stringify(key)}${near ? ` (did you mean ${near}?)` : ''}`,
      names.length ? `Its variables: ${names.join(', ')}.` : 'It has no variables.',
    );
  }
  const type = variable.type ?? 'string';
  if (!BY_VALUE.has(type)) {
    throw new UsageError(
      `${arg.flag} ${key}: ${key} is a ${type} variable; a run sets only string, text and choice variables by value`,
      type === 'repo'
        ? 'Give its repository and branch in a body file (--file): parameters[].repo.'
        : undefined,
    );
  }
  const options = variable.choice_option ?? [];
  if (type === 'choice' && !options.includes(value)) {
    throw new UsageError(
      `${arg.flag} ${key}: ${JSON.stringify(value)} is not one of ${key}'s choices`,
      `Its choices: ${options.join(', ')}.`,
    );
  }
  return { name: key, type, value };
}

/** The run's body: `base` with the variables set, and (`listJobs`, for a body not given) the jobs that can run. */
export async function workflowRunBody(
  io: IO,
  definition: WorkflowDefinition,
  base: Record<string, unknown>,
  args: FieldArg[],
  source: string,
  listJobs: boolean,
): Promise<{ body: Record<string, unknown>; skipped: string[] }> {
  const workflow = String(base.workflow_key ?? definition.workflow_key ?? '');
  const body: Record<string, unknown> = { ...base };
  const variables = definition.params ?? [];
  const set = (await assignments(io, args)).map((a) => parameterOf(workflow, variables, a));
  if (set.length) {
    const given = Array.isArray(body.parameters) ? (body.parameters as Array<Record<string, unknown>>) : [];
    for (const p of set) {
      const there = given.find((g) => g.name === p.name);
      if (there && there.value !== p.value) {
        throw new UsageError(
          `-f ${p.name}=${JSON.stringify(p.value)} disagrees with the variable's value ${JSON.stringify(there.value)} in the body from ${source}`,
          'Give the variable once: in the body file or as a flag.',
        );
      }
    }
    body.parameters = [...given.filter((g) => !set.some((p) => p.name === g.name)), ...set];
  }
  const skipped: string[] = [];
  if (listJobs && body.inputs === undefined) {
    const inputs: Array<Record<string, unknown>> = [];
    for (const job of (definition.stages ?? []).flatMap((s) => s.jobs ?? [])) {
      if (runsAsConfigured(job)) inputs.push({ job_name: job.name, job_type: job.type, parameters: {} });
      else skipped.push(`${job.name} (${job.type})`);
    }
    // A run that lists no job runs nothing: refused rather than sent.
    if (!inputs.length && skipped.length) {
      throw new UsageError(
        `none of workflow ${workflow}'s jobs can run without inputs the command line cannot give: ${skipped.join(', ')}`,
        'Give their inputs in a body file (--file); `zadigctl workflow run --example` prints one to start from.',
      );
    }
    body.inputs = inputs;
  }
  return { body, skipped };
}
