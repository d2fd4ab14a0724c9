import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createZadigClient, type WaitProgress, ZadigWaitTimeoutError } from '../src/index.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const DETAIL = 'GET /openapi/delivery/releases/detail';
const version = (status: string) => ({
  status: 200,
  body: { version: 'v1', project_name: 'demo', type: 'K8SYaml', status, services: [] },
});

function client(url: string) {
  const waits: number[] = [];
  const zadig = createZadigClient({ baseUrl: url, token: 't', sleep: async (ms) => void waits.push(ms) });
  return { zadig, waits };
}

describe('waiting for a final state', () => {
  it('follows a version from creating through retrying to success, with growing delays', async () => {
    server = await startFaultServer({
      [DETAIL]: [version('creating'), version('creating'), version('retrying'), version('success')],
    });
    const { zadig, waits } = client(server.url);
    const progress: string[] = [];
    const final = await zadig.waitFor.release(
      { projectKey: 'demo', versionName: 'v1' },
      { intervalMs: 1000, onProgress: (p: WaitProgress<unknown>) => progress.push(`${p.polls}:${p.status}`) },
    );
    expect(final.status).toBe('success');
    expect(progress).toEqual(['1:creating', '2:creating', '3:retrying', '4:success']);
    expect(waits).toEqual([1000, 1500, 2250]);
  });

  it('resolves with a failed version too (the caller decides)', async () => {
    server = await startFaultServer({ [DETAIL]: [version('creating'), version('failed')] });
    const { zadig } = client(server.url);
    expect((await zadig.waitFor.release({ projectKey: 'demo', versionName: 'v1' })).status).toBe('failed');
  });

  it('gives up at the deadline with the last state, without cancelling anything', async () => {
    server = await startFaultServer({ [DETAIL]: [version('creating')] });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    const error = await zadig.waitFor
      .release({ projectKey: 'demo', versionName: 'v1' }, { intervalMs: 20, timeoutMs: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZadigWaitTimeoutError);
    expect((error as Error).message).toBe(
      'version v1 of demo was still creating after 150 ms; stopped waiting (it was not cancelled)',
    );
    expect((error as ZadigWaitTimeoutError).lastStatus).toBe('creating');
    expect(server.requestsTo(DETAIL).every((r) => r.method === 'GET')).toBe(true);
  });

  it('waits for a release plan to finish', async () => {
    const route = 'GET /openapi/release_plan/v1/rp1';
    const plan = (status: string) => ({ status: 200, body: { id: 'rp1', name: 'p', status } });
    server = await startFaultServer({
      [route]: [plan('planning'), plan('wait_for_approval'), plan('executing'), plan('success')],
    });
    const { zadig } = client(server.url);
    expect((await zadig.waitFor.releasePlan({ id: 'rp1' })).status).toBe('success');
    expect(server.requestsTo(route)).toHaveLength(4);
  });
});

describe('waiting for tasks', () => {
  it('follows a workflow task until it passes, reporting each status', async () => {
    const route = 'GET /openapi/workflows/custom/task';
    const task = (status: string) => ({
      status: 200,
      body: { task_id: 7, workflow_key: 'deploy', status, stages: [] },
    });
    server = await startFaultServer({
      [route]: [task('created'), task('running'), task('running'), task('passed')],
    });
    const { zadig } = client(server.url);
    const statuses: string[] = [];
    const final = await zadig.waitFor.workflowTask(
      { workflowKey: 'deploy', taskId: 7 },
      { onProgress: (p: WaitProgress<unknown>) => statuses.push(p.status) },
    );
    expect(final.status).toBe('passed');
    expect(statuses).toEqual(['created', 'running', 'running', 'passed']);
    expect(server.requestsTo(route).map((r) => r.query.toString())).toContain('taskId=7&workflowKey=deploy');
  });

  it('stops at a failed test task', async () => {
    const route = 'GET /openapi/quality/testing/unit/task/3';
    server = await startFaultServer({
      [route]: [
        { status: 200, body: { task_id: 3, status: 'running' } },
        { status: 200, body: { task_id: 3, status: 'failed' } },
      ],
    });
    const { zadig } = client(server.url);
    expect((await zadig.waitFor.testTask({ testName: 'unit', taskID: 3, projectKey: 'p' })).status).toBe(
      'failed',
    );
  });
});
