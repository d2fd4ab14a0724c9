// `zadigctl contract run`, spawned as a process: against Prism (everything passes), against a fake Zadig
// that breaks some operations on purpose (exactly those fail, at the right JSON pointers), writes only when
// allowed, selection and params files, and usage errors.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routedIn } from '@zadig-ts/client';
import { refusedUrl } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckResult } from '../src/contract/result.js';
import { example, exampleRequestBody, type FakeZadig, specOperations, startFakeZadig } from './fake-zadig.js';
import { runCli } from './run-cli.js';

type Result = CheckResult;

const TOKEN = 'contract-test-token';
const GETS = specOperations.filter((op) => op.method === 'GET');
const DEPRECATED = GETS.filter((op) => op.deprecated).map((op) => op.operationId);
// Prism and the fake answer getCliContext with the documented example, which reports 5.0.0: the GETs that
// release lacks are skipped (the deprecated one is skipped as deprecated first).
const IN_V5 = (id: string) => routedIn(id).includes('v5.0.0');
const NOT_IN_V5 = GETS.filter((op) => !op.deprecated && !IN_V5(op.operationId)).map((op) => op.operationId);
const SKIPPED = [...DEPRECATED, ...NOT_IN_V5].sort();

// Tests, code scans and (v3.4) product workflows have no list operation to find them by: their names come
// from the params file.
const PARAMS = `# values nothing on the server lists
operations:
  getProductWorkflowTask: { name: product-demo, taskID: 3 }
  listProductWorkflowTasks: { name: product-demo }
  getTest: { testName: test-demo }
  getTestTask: { testName: test-demo, taskID: 16 }
  getCodeScanTask: { scanName: codescan-demo, taskID: 10 }
`;

let dir: string;
let paramsFile: string;

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function parse(stdout: string): Result[] {
  return JSON.parse(stdout) as Result[];
}

function ids(results: Result[], result: Result['result']): string[] {
  return results
    .filter((r) => r.result === result)
    .map((r) => r.operationId)
    .sort();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zadigctl-contract-'));
  paramsFile = await file('params.yaml', PARAMS);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('zadigctl contract run against Prism', () => {
  const env = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: TOKEN };

  it('passes every GET of the spec, skipping only deprecated ones, and writes JUnit', async () => {
    const junit = join(dir, 'prism.xml');
    const { code, stdout, stderr } = await runCli(
      ['contract', 'run', '-o', 'json', '--params', paramsFile, '--junit', junit],
      { env },
    );
    const results = parse(stdout);
    expect(results.filter((r) => r.result === 'FAIL')).toEqual([]);
    expect(code).toBe(0);
    expect(results.map((r) => r.operationId).sort()).toEqual(GETS.map((op) => op.operationId).sort());
    expect(ids(results, 'SKIP')).toEqual(SKIPPED);
    expect(results.find((r) => r.operationId === DEPRECATED[0])?.reason).toContain('deprecated');
    for (const id of NOT_IN_V5)
      expect(results.find((r) => r.operationId === id)?.reason).toBe('not in v5.0.0');
    expect(ids(results, 'PASS')).toHaveLength(GETS.length - SKIPPED.length);
    expect(stderr).toBe(
      `Zadig v5.0.0 (from the server): ${NOT_IN_V5.length} selected operations it lacks are skipped\n${GETS.length - SKIPPED.length} passed, 0 failed, ${SKIPPED.length} skipped\n`,
    );
    for (const r of results.filter((x) => x.result === 'PASS')) {
      expect(r.status).toBe(200);
      expect(r.violations).toEqual([]);
      expect(r.url).toMatch(/^\/(openapi|api)\//);
    }
    // Values were found on the server: the project key is the first project of listProjects' example.
    const projectKey = example('listProjects').projects[0].project_key;
    expect(results.find((r) => r.operationId === 'getProject')?.url).toBe(
      `/openapi/projects/project/detail?projectKey=${projectKey}`,
    );
    const xml = await readFile(junit, 'utf8');
    expect(xml).toContain(`<testsuites name="zadigctl contract" tests="${GETS.length}" failures="0"`);
    expect(xml).toContain('<testsuite name="Workflow"');
    expect(xml).not.toContain('<failure');
    expect(xml).toContain('<skipped message="not in v5.0.0"/>');
  });

  it('checks a deprecated operation when --include names it, and runs with --mock', async () => {
    const named = await runCli(
      ['contract', 'run', '-o', 'json', '--include', DEPRECATED[0] ?? '', '--zadig-version', 'v3.4.0'],
      { env },
    );
    expect(named.code).toBe(0);
    expect(parse(named.stdout).map((r) => [r.operationId, r.result])).toEqual([[DEPRECATED[0], 'PASS']]);

    const mock = await runCli(['contract', 'run', '--mock', '--include', 'getCliContext,listProjects'], {
      env: {},
    });
    expect(mock.stderr).toBe('');
    expect(mock.code).toBe(0);
    expect(mock.stdout).toMatch(/^OPERATION\s+REQUEST\s+RESULT\s+DETAIL\n/);
    expect(mock.stdout).toMatch(/getCliContext\s+GET \/openapi\/system\/cli\/context\s+PASS\s+200 in \d+ ms/);
    expect(mock.stdout).toMatch(/\n2 passed, 0 failed, 0 skipped\n$/);
  });
});

describe('zadigctl contract run against a fake Zadig that breaks some operations', () => {
  let fake: FakeZadig;
  const env = () => ({ ZADIG_URL: fake.url, ZADIG_TOKEN: TOKEN });

  const wrongType = example('getWorkflow');
  wrongType.workflow_key = 42;
  const missingField = example('getProject');
  delete missingField.is_public;
  const nestedWrongType = example('listUserGroups');
  nestedWrongType.group_list[1].user_total = 'eleven';
  const html = (title: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

  /** The broken operations and what the report must say about each. */
  const BROKEN: Record<string, (r: Result) => void> = {
    getWorkflow: (r) =>
      expect(r.violations).toEqual([{ pointer: '/workflow_key', message: 'must be string' }]),
    getProject: (r) =>
      expect(r.violations).toEqual([{ pointer: '/is_public', message: 'is required but missing' }]),
    listUserGroups: (r) =>
      expect(r.violations).toEqual([{ pointer: '/group_list/1/user_total', message: 'must be integer' }]),
    getCliContext: (r) => {
      expect(r.status).toBe(418);
      expect(r.reason).toContain('status 418 is not documented (documented: 200, 400, 401, 403, 404, 500)');
      expect(r.reason).toContain(`I'm a teapot: <brew> & "steep"`);
    },
    getInsightOverview: (r) => {
      expect(r.status).toBe(200);
      expect(r.reason).toBe(
        'content-type "text/html", documented application/json; body is not JSON: "Maintenance Maintenance"',
      );
    },
    getInsightBuildStatistics: (r) => {
      expect(r.status).toBe(502);
      expect(r.reason).toBe(
        'status 502 is not documented (documented: 200, 400, 401, 403, 404, 500); body: "Bad Gateway Bad Gateway"',
      );
    },
    streamWorkflowTaskJobLogs: (r) =>
      expect(r.reason).toBe('content-type "application/json", documented text/event-stream'),
    getEnvironmentServiceYaml: (r) => {
      expect(r.status).toBe(404);
      expect(r.reason).toBe('status 404 (documented, not a success): Not Found: service not found');
    },
  };

  beforeAll(async () => {
    fake = await startFakeZadig({
      token: TOKEN,
      answers: {
        getWorkflow: { body: wrongType },
        getProject: { body: missingField },
        listUserGroups: { body: nestedWrongType },
        getCliContext: {
          status: 418,
          body: { type: 'error', code: 418, message: "I'm a teapot", description: '<brew> & "steep"' },
        },
        getInsightOverview: {
          status: 200,
          headers: { 'content-type': 'text/html' },
          body: html('Maintenance'),
        },
        getInsightBuildStatistics: {
          status: 502,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: html('Bad Gateway'),
        },
        streamWorkflowTaskJobLogs: { body: { lines: [] } },
        getEnvironmentServiceYaml: {
          status: 404,
          body: {
            type: 'error',
            code: 404,
            message: 'Not Found',
            description: 'service not found',
            extra: {},
          },
        },
      },
    });
  });
  afterAll(() => fake.close());

  it('flags exactly the broken operations, at the right JSON pointers, exits 1 and writes JUnit failures', async () => {
    const junit = join(dir, 'fake.xml');
    const { code, stdout, stderr } = await runCli(
      ['contract', 'run', '-o', 'json', '--params', paramsFile, '--junit', junit, '--concurrency', '6'],
      { env: env() },
    );
    expect(code).toBe(1);
    const results = parse(stdout);
    expect(ids(results, 'FAIL')).toEqual(Object.keys(BROKEN).sort());
    expect(ids(results, 'SKIP')).toEqual(DEPRECATED);
    for (const r of results.filter((x) => x.result === 'FAIL')) BROKEN[r.operationId]?.(r);
    // The never-ending event stream was connected to, checked and closed.
    expect(results.find((r) => r.operationId === 'streamContainerLogs')?.result).toBe('PASS');
    const failed = Object.keys(BROKEN).length;
    expect(stderr).toBe(
      `${GETS.length - DEPRECATED.length - failed} passed, ${failed} failed, ${DEPRECATED.length} skipped\n`,
    );
    // Nothing but GETs, and list answers shared between discovery and checks.
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(fake.requestsFor('listProjects')).toHaveLength(1);

    const xml = await readFile(junit, 'utf8');
    expect(xml.match(/<failure /g)).toHaveLength(failed);
    expect(xml.match(/<skipped /g)).toHaveLength(DEPRECATED.length);
    expect(xml).toContain(`failures="${failed}"`);
    expect(xml).toMatch(/<testsuite name="Workflow" tests="\d+" failures="2" errors="0" skipped="0"/);
    expect(xml).toContain('/workflow_key: must be string');
    expect(xml).toContain('/group_list/1/user_total: must be integer');
    expect(xml).toContain('I&apos;m a teapot: &lt;brew&gt; &amp; &quot;steep&quot;');
    expect(xml).not.toMatch(/<brew>|& "/);
    // One testcase per operation, each closed; one testsuite per tag.
    const selfClosed = xml.match(/<testcase [^>]*\/>/g) ?? [];
    expect(selfClosed.length + (xml.match(/<\/testcase>/g) ?? []).length).toBe(GETS.length);
    expect((xml.match(/<testsuite /g) ?? []).length).toBe(new Set(GETS.map((op) => op.tag)).size);
    expect((xml.match(/<\/testsuite>/g) ?? []).length).toBe(new Set(GETS.map((op) => op.tag)).size);
  });

  it('prints a table with each violation under its row', async () => {
    const { code, stdout } = await runCli(
      ['contract', 'run', '--include', 'getWorkflow,listUserGroups,getProject,listWorkflows'],
      { env: env() },
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /getWorkflow\s+GET \/openapi\/workflows\/custom\/\{name\}\/detail\s+FAIL\s+1 schema violation\n {4}\/workflow_key: must be string\n/,
    );
    expect(stdout).toMatch(/listWorkflows\s+GET \/openapi\/workflows\s+PASS\s+200 in \d+ ms/);
    expect(stdout).toMatch(/\n1 passed, 3 failed, 0 skipped\n$/);
  });

  it('counts a documented non-2xx as a pass when the params file expects it', async () => {
    const params = await file(
      'expect.yaml',
      'operations:\n  getEnvironmentServiceYaml:\n    expectStatus: 404\n',
    );
    const { code, stdout } = await runCli(
      ['contract', 'run', '-o', 'json', '--include', 'getEnvironmentServiceYaml', '--params', params],
      { env: env() },
    );
    expect(code).toBe(0);
    expect(parse(stdout).map((r) => [r.operationId, r.status, r.result])).toEqual([
      ['getEnvironmentServiceYaml', 404, 'PASS'],
    ]);
  });

  it('exits 4 when the server rejects the token during discovery', async () => {
    const { code, stdout, stderr } = await runCli(['contract', 'run', '--include', 'getProject'], {
      env: { ZADIG_URL: fake.url, ZADIG_TOKEN: 'wrong' },
    });
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: the server rejected the token (401 on listProjects)');
  });

  it('exits 5 when the server cannot be reached', async () => {
    const { code, stderr } = await runCli(['contract', 'run', '--include', 'getCliContext'], {
      env: { ZADIG_URL: await refusedUrl(), ZADIG_TOKEN: TOKEN },
    });
    expect(code).toBe(5);
    expect(stderr).toContain('could not connect (ECONNREFUSED)');
  });
});

describe('zadigctl contract run: failures of discovery and of single requests', () => {
  let fake: FakeZadig;
  beforeAll(async () => {
    fake = await startFakeZadig({
      answers: {
        listEnvironments: { body: [] },
        getInsightOverview: { delayMs: 1_500, body: example('getInsightOverview') },
      },
    });
  });
  afterAll(() => fake.close());

  it('skips what needs an empty list, says how to give the value, and fails a request that times out', async () => {
    const { code, stdout } = await runCli(
      [
        'contract',
        'run',
        '-o',
        'json',
        '--include',
        'getEnvironment,getInsightOverview',
        '--timeout',
        '300ms',
      ],
      { env: { ZADIG_URL: fake.url, ZADIG_TOKEN: TOKEN } },
    );
    expect(code).toBe(1);
    const results = parse(stdout);
    expect(results.find((r) => r.operationId === 'getEnvironment')).toMatchObject({
      result: 'SKIP',
      reason:
        'no value for envName: listEnvironments has none at /0/env_key (an empty list?); give envName: <value> in the --params file, or under operations.getEnvironment',
    });
    expect(results.find((r) => r.operationId === 'getInsightOverview')).toMatchObject({
      result: 'FAIL',
      status: null,
      reason: 'timed out after 300 ms',
    });
  });
});

describe('zadigctl contract run --allow-writes', () => {
  let fake: FakeZadig;
  const env = () => ({ ZADIG_URL: fake.url, ZADIG_TOKEN: TOKEN });
  beforeAll(async () => {
    fake = await startFakeZadig();
  });
  afterAll(() => fake.close());

  it('never sends anything but GETs without it', async () => {
    const { code } = await runCli(['contract', 'run', '--params', paramsFile], { env: env() });
    expect(code).toBe(0);
    expect(fake.requests.length).toBeGreaterThanOrEqual(GETS.length - SKIPPED.length);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('sends exactly the writes it lists, with the bodies and values of the params file, after the reads', async () => {
    fake.requests.length = 0;
    const body = exampleRequestBody('createReleasePlan');
    const params = await file(
      'writes.yaml',
      JSON.stringify({
        operations: {
          createReleasePlan: { body },
          deleteRelease: { id: 'release-to-delete', projectKey: 'demo' },
          deleteProject: { projectKey: 'demo', isDelete: false },
        },
      }),
    );
    const { code, stdout } = await runCli(
      ['contract', 'run', '-o', 'json', '--include', 'Release Plan', '--params', params],
      { env: env() },
    );
    expect(code).toBe(0);
    expect(parse(stdout).every((r) => r.method === 'GET')).toBe(true);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    fake.requests.length = 0;
    const allowed = await runCli(
      [
        'contract',
        'run',
        '-o',
        'json',
        '--include',
        'Release Plan',
        '--allow-writes',
        'deleteRelease,createReleasePlan',
        '--params',
        params,
      ],
      { env: env() },
    );
    expect(allowed.code).toBe(0);
    const writes = fake.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /openapi/delivery/releases/release-to-delete',
      'POST /openapi/release_plan/v1',
    ]);
    expect(writes[0]?.query.get('projectKey')).toBe('demo');
    expect(JSON.parse(writes[1]?.body ?? '')).toEqual(body);
    // Reads first, then the writes in the order given.
    const methods = fake.requests.map((r) => r.method);
    expect(methods.slice(-2)).toEqual(['DELETE', 'POST']);
    const results = parse(allowed.stdout);
    expect(results.slice(-2).map((r) => [r.operationId, r.result])).toEqual([
      ['deleteRelease', 'PASS'],
      ['createReleasePlan', 'PASS'],
    ]);
  });

  it.each([
    [
      ['--allow-writes', 'Release Plan'],
      '--allow-writes: "Release Plan" is a tag; writes are allowed one operationId at a time',
    ],
    [['--allow-writes', 'getReleasePlan'], '--allow-writes: getReleasePlan is a GET'],
    [['--allow-writes', 'createReleasePlan'], '--allow-writes createReleasePlan: needs a request body'],
    [['--allow-writes', 'deleteRelease'], '--allow-writes deleteRelease: needs id'],
    [
      ['--include', 'createReleasePlan'],
      '--include: createReleasePlan is a POST; a write is sent only when --allow-writes names it',
    ],
  ])('refuses %j before sending anything (exit 2)', async (args, message) => {
    fake.requests.length = 0;
    const { code, stderr, stdout } = await runCli(['contract', 'run', ...args], { env: env() });
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(fake.requests).toEqual([]);
  });

  it('refuses a write body that does not match its schema, naming the JSON pointer', async () => {
    const params = await file('bad-body.yaml', 'operations:\n  createReleasePlan:\n    body: { name: 7 }\n');
    const { code, stderr } = await runCli(
      ['contract', 'run', '--allow-writes', 'createReleasePlan', '--params', params],
      { env: env() },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('operations.createReleasePlan.body in the --params file does not match');
    expect(stderr).toContain('/name: must be string');
    expect(stderr).toContain('/manager: is required but missing');
  });
});

describe('zadigctl contract run: selection and the params file', () => {
  let fake: FakeZadig;
  beforeAll(async () => {
    fake = await startFakeZadig();
  });
  afterAll(() => fake.close());

  it('checks what --include names (ids or tags, any case) minus --exclude, with values from --params', async () => {
    const params = await file(
      'selection.yaml',
      'projectKey: my-project\noperations:\n  getWorkflow:\n    name: wf-from-file\n  getProductWorkflowTask: { name: p, taskID: 1 }\n  listProductWorkflowTasks: { name: p }\n',
    );
    const { code, stdout } = await runCli(
      [
        'contract',
        'run',
        '-o',
        'json',
        '--include',
        'workflow,GETPROJECT',
        '--exclude',
        'listWorkflowViews',
        '--exclude',
        'streamWorkflowTaskJobLogs',
        '--params',
        params,
      ],
      { env: { ZADIG_URL: fake.url, ZADIG_TOKEN: TOKEN } },
    );
    expect(code).toBe(0);
    const expected = GETS.filter(
      (op) =>
        (op.tag === 'Workflow' || op.operationId === 'getProject') &&
        !['listWorkflowViews', 'streamWorkflowTaskJobLogs'].includes(op.operationId),
    ).map((op) => op.operationId);
    const results = parse(stdout);
    expect(results.map((r) => r.operationId).sort()).toEqual(expected.sort());
    expect(ids(results, 'PASS')).toEqual(expected.filter(IN_V5).sort());
    // A global value wins over discovery: no project list was needed.
    expect(fake.requestsFor('listProjects')).toEqual([]);
    expect(fake.requestsFor('getProject')[0]?.query.get('projectKey')).toBe('my-project');
    expect(fake.requestsFor('listWorkflows')[0]?.query.get('projectKey')).toBe('my-project');
    // A per-operation value wins over both; other operations still use the discovered workflow.
    expect(fake.requestsFor('getWorkflow').map((r) => r.path)).toEqual([
      '/openapi/workflows/custom/wf-from-file/detail',
    ]);
    const discovered = example('listWorkflows').workflows[0].workflow_key;
    expect(fake.requestsFor('listWorkflowTasks')[0]?.path).toBe(
      `/openapi/workflows/custom/${discovered}/tasks`,
    );
  });
});

describe('zadigctl contract: usage', () => {
  it('prints help for contract and contract run', async () => {
    const top = await runCli(['contract', '--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: zadigctl contract <command> [flags]');
    const bare = await runCli(['contract']);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('run    Call the spec');
    const run = await runCli(['contract', 'run', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--include',
      '--exclude',
      '--params',
      '--allow-writes',
      '--junit',
      '--concurrency',
      '--timeout',
    ]) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('Exit codes: 0 nothing failed, 1 a check failed, 2 usage');
  });

  it.each([
    [['contract', 'walk'], 'unknown command "walk" in zadigctl contract'],
    [['contract', 'run', '--colour'], 'unknown flag --colour for `zadigctl contract run`'],
    [['contract', 'run', 'extra'], 'unexpected argument "extra" for `zadigctl contract run`'],
    [['contract', 'run', '--concurrency', '0'], '--concurrency: expected an integer from 1 to 64, got "0"'],
    [['contract', 'run', '--timeout', 'soon'], '--timeout: cannot read "soon" as a duration'],
    [['contract', 'run', '--timeout'], 'flag --timeout needs a value'],
    [['contract', 'run', '-o', 'yaml'], '--output: "yaml" is not available here; expected table or json'],
    [
      ['contract', 'run', '--include', 'Workflws'],
      '--include: "Workflws" is neither an operationId nor a tag',
    ],
    [['contract', 'run', '--exclude', 'nope'], '--exclude: "nope" is neither an operationId nor a tag'],
    [
      ['contract', 'run', '--params', '/nonexistent/params.yaml'],
      '--params: cannot read /nonexistent/params.yaml: no such file (ENOENT)',
    ],
    [
      ['contract', 'run', '--junit', '/nonexistent/dir/report.xml'],
      '--junit: cannot write /nonexistent/dir/report.xml: ENOENT',
    ],
    [
      ['contract', 'run', '--mock', '--server', 'http://127.0.0.1:1'],
      '--mock and --server cannot be used together',
    ],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args, {
      env: { ZADIG_URL: 'http://127.0.0.1:1', ZADIG_TOKEN: 't' },
    });
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    if (args[1] === 'run') expect(stdout).toBe('');
  });

  it.each([
    ['projectKey: [a, b]\n', 'FILE: projectKey: expected a string, got object'],
    ['projectKy: demo\n', 'FILE: projectKy: no operation has a parameter named "projectKy"'],
    [
      'operations:\n  getWorkflw: { name: x }\n',
      'FILE: operations.getWorkflw: no operation "getWorkflw" in the spec',
    ],
    [
      'operations:\n  getWorkflow: { nme: x }\n',
      'FILE: operations.getWorkflow.nme: getWorkflow has no parameter "nme"',
    ],
    [
      'operations:\n  getWorkflowTask: { taskId: abc }\n',
      'FILE: operations.getWorkflowTask.taskId: expected an integer, got "abc"',
    ],
    [
      'operations:\n  listEnvironmentConfigs: { type: Pod }\n',
      'operations.listEnvironmentConfigs.type: "Pod" is not one of Ingress, ConfigMap, Secret, PVC',
    ],
    [
      'operations:\n  getProject: { expectStatus: 418 }\n',
      'operations.getProject.expectStatus: 418 is not a status the operation documents',
    ],
    [
      'operations:\n  getProject: { body: {} }\n',
      'operations.getProject.body: getProject is a GET and takes no body',
    ],
    ['body: {}\n', 'FILE: body belongs under operations.<operationId>'],
    ['type: Deployment\n', 'FILE: type: "Deployment" is not one of Ingress, ConfigMap, Secret, PVC (as '],
    ['projectKey: [unclosed\n', 'is not valid YAML or JSON at line'],
  ])('rejects a params file %j with exit code 2', async (content, message) => {
    const params = await file('bad-params.yaml', content);
    const { code, stderr } = await runCli(['contract', 'run', '--params', params], {
      env: { ZADIG_URL: 'http://127.0.0.1:1', ZADIG_TOKEN: 't' },
    });
    expect(stderr).toContain(message.replace('FILE', params));
    expect(code).toBe(2);
  });
});
