// Bounded waits against the fault server: a task or release plan that is still running when waitSeconds
// pass is returned as last seen, saying so and how to go on (the client's clock is virtual: no real waiting).
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

const TASK = 'GET /openapi/workflows/custom/task';
const PLAN = 'GET /openapi/release_plan/v1/64f1a7cd1b7bd46ec353b50c';

let zadig: FaultServer;
let mcp: Connected;

beforeAll(async () => {
  zadig = await startFaultServer({
    [TASK]: [{ body: { task_id: 7, workflow_key: 'deploy', status: 'running', stages: [] } }],
    [PLAN]: [{ body: { id: '64f1a7cd1b7bd46ec353b50c', name: 'r1', status: 'executing', jobs: [] } }],
  });
  mcp = await connectInProcess({ baseUrl: zadig.url });
});
afterAll(async () => {
  await mcp.close();
  await zadig.close();
});

describe('bounded waits', () => {
  it('returns a task still running after waitSeconds, with the call that follows it', async () => {
    const { data } = await mcp.call('zadig_workflow_task', {
      workflowKey: 'deploy',
      taskId: 7,
      waitSeconds: 30,
    });
    expect(data).toMatchObject({
      status: 'running',
      finished: false,
      waitedSeconds: 30,
      note: 'Still running after 30 s; it goes on (nothing was cancelled).',
      next: { tool: 'zadig_workflow_task', arguments: { workflowKey: 'deploy', taskId: 7 } },
    });
    expect(zadig.requestsTo(TASK).length).toBeGreaterThan(1);
  });

  it("ends a wait longer than the call's deadline before it, with the state reached", async () => {
    const { result, data } = await mcp.call('zadig_workflow_task', {
      workflowKey: 'deploy',
      taskId: 7,
      waitSeconds: 300,
    });
    expect(result.isError).toBeFalsy();
    // 45 s deadline, less a tenth for the last read and the answer.
    expect(data).toMatchObject({ status: 'running', finished: false, waitedSeconds: 40 });
    expect(data.note).toMatch(/shortened to end before the call's deadline \(--call-timeout\)/);
    expect(data.next.tool).toBe('zadig_workflow_task');
  });

  it('reads a task once without waitSeconds, and says how to follow it', async () => {
    const before = zadig.requestsTo(TASK).length;
    const { data } = await mcp.call('zadig_workflow_task', { workflowKey: 'deploy', taskId: 7 });
    expect(data).toMatchObject({ status: 'running', finished: false, next: { tool: 'zadig_workflow_task' } });
    expect(data.note).toBeUndefined();
    expect(zadig.requestsTo(TASK)).toHaveLength(before + 1);
  });

  it('returns a release plan still executing after waitSeconds, saying so', async () => {
    const { data } = await mcp.call('zadig_release_plan_status', {
      id: '64f1a7cd1b7bd46ec353b50c',
      waitSeconds: 20,
    });
    expect(data).toMatchObject({ status: 'executing', finished: false, note: 'Still executing after 20 s.' });
    const { data: once } = await mcp.call('zadig_release_plan_status', { id: '64f1a7cd1b7bd46ec353b50c' });
    expect(once).toMatchObject({ status: 'executing', finished: false });
    expect(once.note).toBeUndefined();
  });
});
