// Writes against the fault server, which counts what arrives: refused without --allow-writes, a preview
// (nothing sent) without confirm, sent with it; running a workflow and waiting; the token kept out of
// every output, even when the server echoes it.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZadigMcp } from '../src/index.js';
import { type Connected, connectInProcess, TOKEN } from './harness.js';

const RUN = 'POST /openapi/workflows/custom/task';
const TASK = 'GET /openapi/workflows/custom/task';
const DELETE_RELEASE = 'DELETE /openapi/delivery/releases/66287b110b8b8a631910f5ae';
const CREATE_VERSION = 'POST /openapi/delivery/releases/k8s';

function environment(type: string) {
  return {
    env_name: 'dev',
    project_name: 'demo',
    services: [
      {
        service_name: 'api',
        type,
        containers: [{ name: 'api', image: 'registry.example.com/demo/api:20240101-7', image_name: 'api' }],
      },
    ],
  };
}

let zadig: FaultServer;
const all: Connected[] = [];

function task(status: string) {
  return {
    task_id: 12,
    workflow_key: 'deploy',
    workflow_name: 'deploy',
    project_key: 'demo',
    status,
    task_creator: 'admin',
    create_time: 1700000000,
    start_time: 1700000001,
    end_time: status === 'running' ? 0 : 1700000061,
    stages: [
      {
        name: 'build',
        status,
        jobs: [
          {
            name: 'build-app',
            type: 'zadig-build',
            status: status === 'running' ? 'running' : 'failed',
            error: 'exit 1',
          },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  zadig = await startFaultServer({
    [RUN]: [{ body: { project_name: 'demo', workflow_name: 'deploy', task_id: 12 } }],
    // Running at the first two polls, then finished (failed).
    [TASK]: (_request, count) => ({ body: task(count <= 2 ? 'running' : 'failed') }),
    [DELETE_RELEASE]: [{ body: { message: 'success' } }],
    'GET /openapi/environments/dev': [{ body: environment('k8s') }],
    'GET /openapi/environments/charts': [{ body: environment('helm') }],
    [CREATE_VERSION]: [{ body: { message: 'success' } }],
    // A job still running: no saved log yet, the live log ends after three lines.
    'GET /openapi/logs/log/v4/workflow/deploy/12/build-app': [
      { headers: { 'content-type': 'text/plain' }, body: '' },
    ],
    'GET /openapi/logs/sse/v4/workflow/deploy/12/build-app/2': [
      { chunks: [{ data: 'data: step 1\n\n' }, { data: 'data: step 2\n\n' }, { data: 'data: step 3\n\n' }] },
    ],
    // An error that echoes the token back, as a misbehaving proxy might.
    'GET /openapi/projects/project/detail': [
      { status: 400, body: { type: 'error', code: 6000, message: `bad token ${TOKEN}`, description: '' } },
    ],
  });
});
afterAll(async () => {
  for (const c of all) await c.close();
  await zadig.close();
});

async function connect(allowWrites: string[] = []) {
  const c = await connectInProcess({ baseUrl: zadig.url, allowWrites });
  all.push(c);
  return c;
}

const body = { project_key: 'demo', workflow_key: 'deploy' };

describe('read-only by default', () => {
  it('refuses a write and sends nothing', async () => {
    const mcp = await connect();
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'executeWorkflow',
      input: { body },
      confirm: true,
    });
    expect(result.isError).toBe(true);
    expect(data.error.kind).toBe('write_not_allowed');
    expect(data.error.message).toContain('--allow-writes executeWorkflow');
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name)).not.toContain('zadig_run_workflow');
    expect(zadig.requestsTo(RUN)).toHaveLength(0);
  });
});

describe('--allow-writes', () => {
  it('previews a write without confirm (token redacted) and sends nothing', async () => {
    const mcp = await connect(['executeWorkflow']);
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'executeWorkflow',
      input: { body },
    });
    expect(result.isError).toBeFalsy();
    expect(data).toMatchObject({
      preview: true,
      sent: false,
      request: {
        method: 'POST',
        url: `${zadig.url}/openapi/workflows/custom/task`,
        headers: { authorization: 'Bearer [redacted]', 'content-type': 'application/json' },
        body,
      },
    });
    expect(zadig.requestsTo(RUN)).toHaveLength(0);
  });

  it('sends a confirmed write', async () => {
    const mcp = await connect(['Workflow']);
    const before = zadig.requestsTo(RUN).length;
    const { data } = await mcp.call('zadig_call_operation', {
      operationId: 'executeWorkflow',
      input: { body },
      confirm: true,
    });
    expect(data).toMatchObject({ sent: true, data: { task_id: 12 } });
    const request = await zadig.received(RUN, before + 1);
    expect(JSON.parse(request.body)).toEqual(body);
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('checks a write before previewing or sending it: errors name the pointer', async () => {
    const mcp = await connect(['executeWorkflow']);
    const before = zadig.requestsTo(RUN).length;
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'executeWorkflow',
      confirm: true,
      input: { body: { project_key: 7, parameters: 'BRANCH=main' } },
    });
    expect(result.isError).toBe(true);
    const pointers = data.error.violations.map((v: { pointer: string }) => v.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/input/body/project_key',
        '/input/body/workflow_key',
        '/input/body/parameters',
      ]),
    );
    expect(zadig.requestsTo(RUN)).toHaveLength(before);
  });

  it('marks destructive operations and previews them too', async () => {
    const mcp = await connect(['deleteRelease']);
    const { tools } = await mcp.client.listTools();
    expect(tools.find((t) => t.name === 'zadig_call_operation')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
    });
    const input = { id: '66287b110b8b8a631910f5ae', projectKey: 'demo' };
    const { data } = await mcp.call('zadig_call_operation', { operationId: 'deleteRelease', input });
    expect(data).toMatchObject({ preview: true, destructive: true, request: { method: 'DELETE' } });
    expect(data.request.url).toBe(
      `${zadig.url}/openapi/delivery/releases/66287b110b8b8a631910f5ae?projectKey=demo`,
    );
    expect(zadig.requestsTo(DELETE_RELEASE)).toHaveLength(0);
    const { data: sent } = await mcp.call('zadig_call_operation', {
      operationId: 'deleteRelease',
      input,
      confirm: true,
    });
    expect(sent).toMatchObject({ sent: true, data: { message: 'success' } });
    expect((await zadig.received(DELETE_RELEASE)).query.get('projectKey')).toBe('demo');
  });

  it('refuses names that are neither operationIds nor tags', () => {
    expect(() => prepareZadigMcp({ baseUrl: zadig.url, allowWrites: ['executeWorkflows'] })).toThrow(
      /--allow-writes: "executeWorkflows" is neither an operationId nor a tag/,
    );
  });
});

describe('zadig_run_workflow', () => {
  it('previews without confirm, then runs and waits until the task ends', async () => {
    const mcp = await connect(['executeWorkflow']);
    const before = zadig.requestsTo(RUN).length;
    const { data: preview } = await mcp.call('zadig_run_workflow', {
      projectKey: 'demo',
      workflowKey: 'deploy',
    });
    expect(preview).toMatchObject({ preview: true, sent: false, request: { body } });
    expect(zadig.requestsTo(RUN)).toHaveLength(before);

    expect(zadig.requestsTo(TASK)).toHaveLength(0);
    const progress: string[] = [];
    const { data } = await mcp.call(
      'zadig_run_workflow',
      {
        projectKey: 'demo',
        workflowKey: 'deploy',
        parameters: [{ name: 'BRANCH', value: 'main' }],
        confirm: true,
      },
      (message) => progress.push(message),
    );
    // Progress reaches a client that asked for it (a progress token): start, then each poll's status.
    expect(progress[0]).toBe('started task 12 of deploy');
    expect(progress.at(-1)).toMatch(/^task 12 of deploy: failed after \d+ s$/);
    expect(data).toMatchObject({ sent: true, started: { taskId: 12, workflowKey: 'deploy' } });
    expect(data.task).toMatchObject({
      status: 'failed',
      finished: true,
      passed: false,
      failedJobs: ['build-app'],
    });
    // Running, running, failed: three polls, without real waiting (the client sleeps on a virtual clock).
    expect(zadig.requestsTo(TASK)).toHaveLength(3);
    const sent = JSON.parse(zadig.requestsTo(RUN).at(-1)?.body ?? '{}');
    expect(sent).toEqual({ ...body, parameters: [{ name: 'BRANCH', value: 'main' }] });
  });

  it('names the tool argument behind a body error', async () => {
    const mcp = await connect(['executeWorkflow']);
    const { data } = await mcp.call('zadig_run_workflow', { projectKey: 'demo', workflowKey: '' });
    expect(data.error.violations).toEqual([expect.objectContaining({ pointer: '/workflowKey' })]);
  });
});

describe('zadig_version_from_environment', () => {
  it('builds the version from the environment, previews it, then creates it when confirmed', async () => {
    const mcp = await connect(['createK8sRelease']);
    const args = { projectKey: 'demo', envName: 'dev', versionName: 'v1.2.0' };
    const { data: preview } = await mcp.call('zadig_version_from_environment', args);
    expect(preview).toMatchObject({ preview: true, sent: false, operationId: 'createK8sRelease' });
    expect(preview.request.body).toMatchObject({
      project_key: 'demo',
      version_name: 'v1.2.0',
      source: 'from_env',
      env_name: 'dev',
      services: [
        {
          service_name: 'api',
          images: [
            {
              container_name: 'api',
              image_name: 'api',
              source_image: 'registry.example.com/demo/api:20240101-7',
              source_image_tag: '20240101-7',
              target_image: 'registry.example.com/demo/api:20240101-7',
              push_image: false,
            },
          ],
        },
      ],
    });
    expect(zadig.requestsTo(CREATE_VERSION)).toHaveLength(0);
    const { data } = await mcp.call('zadig_version_from_environment', { ...args, confirm: true });
    expect(data).toMatchObject({ sent: true, created: { versionName: 'v1.2.0', services: 1 } });
    expect(JSON.parse((await zadig.received(CREATE_VERSION)).body)).toEqual(preview.request.body);
  });

  it('is offered only when createK8sRelease may be sent, and refuses Helm environments', async () => {
    const readOnly = await connect();
    expect((await readOnly.client.listTools()).tools.map((t) => t.name)).not.toContain(
      'zadig_version_from_environment',
    );
    const mcp = await connect(['Version Management']);
    const { result, data } = await mcp.call('zadig_version_from_environment', {
      projectKey: 'demo',
      envName: 'charts',
      versionName: 'v2',
    });
    expect(result.isError).toBe(true);
    expect(data.error).toMatchObject({ kind: 'unsupported', pointer: '/envName' });
  });
});

describe('zadig_job_log_tail', () => {
  it('reads the live log when no saved log exists yet, keeping the last lines', async () => {
    const mcp = await connect();
    const { data } = await mcp.call('zadig_job_log_tail', {
      workflowKey: 'deploy',
      taskId: 12,
      jobName: 'build-app',
      lines: 2,
    });
    expect(data).toMatchObject({ source: 'live', shown: 2, lines: ['step 2', 'step 3'] });
    expect(data.note).toBeUndefined();
  });
});

describe('the token', () => {
  it('is scrubbed even from an error the server echoes it in', async () => {
    const mcp = await connect();
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'getProject',
      input: { projectKey: 'demo' },
    });
    expect(result.isError).toBe(true);
    expect(data.error).toMatchObject({ kind: 'api_error', status: 400, code: 6000 });
    expect(data.error.message).toContain('bad token [redacted]');
  });

  it('appears in no output of any connection', () => {
    const outputs = all.flatMap((c) => c.outputs);
    expect(outputs.length).toBeGreaterThan(10);
    for (const text of outputs) expect(text).not.toContain(TOKEN);
  });
});
