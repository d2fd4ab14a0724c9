// Workflow jobs as the server sends them, one per job type, against the bundled spec's discriminated unions.
// The fixtures (test/fixtures/workflow-jobs/<release>.json) hold, per job type, a definition job's spec and a
// task job's spec as encoding/json (or, for specs the task detail passes through, the stored map) produces
// them from the server's structs at that release: `zero` is every field at its zero value (nil slices, maps
// and pointers as null, `omitempty` fields left out), `filled` has every field set, one element per list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '../src/validator.js';

type Json = Record<string, unknown>;
type Sample = { zero: Json; filled: Json };
type Fixture = Record<string, { definition?: Sample; task?: Sample }>;

const doc = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const schemas: Record<string, Json> = doc.components.schemas;
const fixture = (release: string): Fixture =>
  JSON.parse(readFileSync(new URL(`./fixtures/workflow-jobs/${release}.json`, import.meta.url), 'utf8'));
const releases = { 'v5.0.0': fixture('v5.0.0'), main: fixture('main') };

const refName = (ref: string) => ref.split('/').pop() as string;
const mapping = (union: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries((schemas[union]!.discriminator as { mapping: Record<string, string> }).mapping).map(
      ([type, ref]) => [type, refName(ref)],
    ),
  );
const definitionBranches = mapping('WorkflowJob');
const taskBranches = mapping('WorkflowTaskJob');

/**
 * A copy of the spec where every object schema a job spec reaches rejects keys it does not describe, so a
 * fixture key missing from the spec fails instead of passing as an additional property. Schemas used as
 * `allOf` members keep their openness: `unevaluatedProperties` cannot see a sibling member's properties.
 */
function strictDoc(): Json {
  const copy = structuredClone(doc);
  const all: Record<string, Json> = copy.components.schemas;
  const allOfMembers = new Set<string>();
  const walk = (node: unknown, visit: (n: Json) => void) => {
    if (!node || typeof node !== 'object') return;
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  };
  walk(all, (n) => {
    for (const member of (n.allOf as Json[] | undefined) ?? [])
      if (typeof member.$ref === 'string') allOfMembers.add(refName(member.$ref));
  });
  const reached = new Set<string>();
  const reach = (node: unknown) =>
    walk(node, (n) => {
      if (typeof n.$ref !== 'string') return;
      const name = refName(n.$ref);
      if (reached.has(name)) return;
      reached.add(name);
      reach(all[name]);
    });
  for (const branch of [...Object.values(definitionBranches), ...Object.values(taskBranches)]) {
    const own = (all[branch]!.allOf as Json[])[1] as { properties: { spec: Json } };
    reach(own.properties.spec);
  }
  for (const name of reached) {
    const schema = all[name]!;
    if (schema.properties && schema.additionalProperties === undefined && !allOfMembers.has(name))
      schema.unevaluatedProperties = false;
  }
  // One operation per branch, so a failing fixture names its own field and not every other branch's misfit.
  const branchOperation = (kind: string, type: string, branch: string) => ({
    operationId: `${kind}:${type}`,
    responses: {
      '200': { content: { 'application/json': { schema: { $ref: `#/components/schemas/${branch}` } } } },
    },
  });
  copy.paths = Object.fromEntries([
    ...Object.entries(definitionBranches).map(([type, branch]) => [
      `/job/${type}`,
      { get: branchOperation('job', type, branch) },
    ]),
    ...Object.entries(taskBranches).map(([type, branch]) => [
      `/task-job/${type}`,
      { get: branchOperation('taskJob', type, branch) },
    ]),
  ]);
  return copy;
}

const validator = createSpecValidator(doc);
const strict = createSpecValidator(strictDoc());

const definitionResponse = (type: string, spec: Json | undefined) => ({
  workflow_key: 'wf',
  workflow_name: 'wf',
  project_key: 'demo',
  stages: [
    {
      name: 'stage',
      jobs: [
        {
          name: 'job',
          type,
          skipped: false,
          spec: spec ?? null,
          run_policy: '',
          error_policy: null,
          execute_policy: null,
          service_modules: null,
        },
      ],
    },
  ],
});

const taskResponse = (type: string, spec: Json) => ({
  task_id: 7,
  workflow_key: 'wf',
  project_key: 'demo',
  status: 'running',
  stages: [
    {
      name: 'stage',
      status: 'running',
      parallel: false,
      manual_exec: null,
      jobs: [
        {
          name: 'job-0-0-0-job',
          key: 'job',
          display_name: 'job',
          origin_name: 'job',
          type,
          status: 'running',
          reverted: false,
          cost_seconds: 3,
          error: '',
          breakpoint_before: false,
          breakpoint_after: false,
          spec,
          error_policy: null,
          error_handler_user_id: '',
          error_handler_username: '',
          retry_count: 0,
          job_info: { job_name: 'job' },
        },
      ],
      error: '',
    },
  ],
});

describe.each(Object.entries(releases))('workflow jobs at %s', (_release, jobs) => {
  it('has a definition branch for every job type the server has', () => {
    expect(Object.keys(jobs).filter((type) => !definitionBranches[type])).toEqual([]);
  });

  it.each(Object.keys(jobs))('%s', (type) => {
    const { definition, task } = jobs[type]!;
    const job = (spec: Json | undefined) =>
      (definitionResponse(type, spec).stages[0] as { jobs: Json[] }).jobs[0];
    const taskJob = (spec: Json) => (taskResponse(type, spec).stages[0] as { jobs: Json[] }).jobs[0];
    for (const sample of definition ? [definition.zero, definition.filled] : [undefined]) {
      // Every key the server sends is described, at the right kind...
      expect(strict.response(`job:${type}`, 200, job(sample))).toEqual([]);
      // ...and the union in the real operations picks that branch.
      expect(validator.response('getWorkflow', 200, definitionResponse(type, sample))).toEqual([]);
    }
    if (definition) {
      const body = {
        name: 'wf',
        project: 'demo',
        stages: definitionResponse(type, definition.filled).stages,
      };
      expect(validator.requestBody('createWorkflow', body)).toEqual([]);
    }
    if (task) {
      // The task view reports Helm deploys as zadig-deploy; every other task job keeps its type.
      expect(taskBranches[type], `${type} has a task branch`).toBeDefined();
      for (const sample of [task.zero, task.filled]) {
        expect(strict.response(`taskJob:${type}`, 200, taskJob(sample))).toEqual([]);
        expect(validator.response('getWorkflowTask', 200, taskResponse(type, sample))).toEqual([]);
      }
    }
  });
});

describe('job type marks', () => {
  it('marks types v5.0.0 has with a release and main-only types unreleased', () => {
    for (const [type, branch] of Object.entries(definitionBranches)) {
      const since = schemas[branch]!['x-zadig-since'];
      expect(since, type).toMatch(/^(v\d+\.\d+\.\d+|unreleased)$/);
      if (type in releases['v5.0.0']) expect(since, type).not.toBe('unreleased');
      else if (type in releases.main) expect(since, type).toBe('unreleased');
      if (taskBranches[type]) expect(schemas[taskBranches[type]!]!['x-zadig-since'], type).toBe(since);
    }
  });
});

describe('what the unions reject', () => {
  const deploy = releases['v5.0.0']['zadig-deploy']!.definition?.filled as Json;

  it('checks a spec by its type', () => {
    const wrong = definitionResponse('zadig-deploy', { ...deploy, env: 1 });
    expect(strict.response('job:zadig-deploy', 200, (wrong.stages[0] as { jobs: Json[] }).jobs[0])).toEqual([
      { pointer: '/spec/env', message: 'must be string' },
    ]);
    expect(validator.response('getWorkflow', 200, wrong)).toContainEqual({
      pointer: '/stages/0/jobs/0/spec/env',
      message: 'must be string',
    });
  });

  it('has no branch for a type the server does not have', () => {
    expect(validator.response('getWorkflow', 200, definitionResponse('no-such-type', {}))).not.toEqual([]);
  });

  it('sends the stored keys of passed-through task specs', () => {
    const apollo = releases['v5.0.0'].apollo!.task?.filled as Json;
    expect(Object.keys(apollo)).toEqual(expect.arrayContaining(['apolloID', 'namespaceList']));
    expect(
      strict.response('taskJob:apollo', 200, {
        ...taskResponse('apollo', { ...apollo, apollo_id: 'x' }).stages[0]!.jobs[0],
      }),
    ).toEqual([{ pointer: '/spec', message: 'must NOT have unevaluated properties' }]);
  });

  it('always has the four approval kinds in an approval task, null when unused', () => {
    const approval = releases['v5.0.0'].approval!.task?.zero as Json;
    expect(approval.lark_approval).toBeNull();
    const { lark_approval: _, ...withoutLark } = approval;
    expect(validator.response('getWorkflowTask', 200, taskResponse('approval', withoutLark))).toContainEqual({
      pointer: '/stages/0/jobs/0/spec/lark_approval',
      message: 'is required but missing',
    });
  });

  it('requires job_name in job_info', () => {
    const body = taskResponse('sql', releases['v5.0.0'].sql!.task?.zero as Json);
    (body.stages[0]!.jobs[0] as Json).job_info = { service_name: 's' };
    expect(validator.response('getWorkflowTask', 200, body)).toContainEqual({
      pointer: '/stages/0/jobs/0/job_info/job_name',
      message: 'is required but missing',
    });
  });
});
