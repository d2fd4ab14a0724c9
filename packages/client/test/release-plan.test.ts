import { prismViolations } from '@zadig-ts/testing';
import { describe, expect, inject, it } from 'vitest';
import { createZadigClient, unwrap } from '../src/index.js';

const zadig = createZadigClient({ baseUrl: inject('prismUrl'), token: 'test-token' });

describe('Release Plan against the mock', () => {
  it('lists release plans', async () => {
    const page = await unwrap(
      zadig.GET('/openapi/release_plan/v1', { params: { query: { pageNum: 1, pageSize: 10 } } }),
    );
    expect(page.total).toBe(26);
    expect(page.list[0]?.name).toBe('test-workflow-0904');
  });

  it('gets a plan with its native, Lark and DingTalk approval and its jobs', async () => {
    const plan = await unwrap(
      zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id: '64f1a7cd1b7bd46ec353b50c' } } }),
    );
    expect(plan.status).toBe('planning');
    expect(plan.approval?.type).toBe('native');
    expect(plan.approval?.native_approval?.approve_users?.[0]?.user_name).toBe('admin');
    expect(plan.approval?.lark_approval?.approval_nodes?.[0]?.type).toBe('AND');
    expect(plan.approval?.dingtalk_approval?.timeout).toBe(5);
    expect(plan.jobs?.map((j) => j.type)).toEqual(['text']);
  });

  it('creates a plan and gets its id', async () => {
    const created = await unwrap(
      zadig.POST('/openapi/release_plan/v1', {
        body: {
          name: 'plan-example',
          manager: 'admin',
          start_time: 1693558721,
          end_time: 1694016000,
          approval: {
            enabled: true,
            type: 'native',
            native_approval: { timeout: 5, needed_approvers: 1, approve_users: [{ user_name: 'admin' }] },
          },
        },
      }),
    );
    expect(created.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('replaces a plan with text and workflow jobs', async () => {
    const result = await unwrap(
      zadig.PATCH('/openapi/release_plan/v1/{id}', {
        params: { path: { id: '64f1a7cd1b7bd46ec353b50c' } },
        body: {
          name: 'Test-Plan-1',
          manager: 'patrick',
          jobs: [
            { name: 'Text-1', type: 'text', spec: { content: 'Hello', remark: 'abc' } },
            {
              name: 'Workflow-1',
              type: 'workflow',
              spec: {
                workflow_key: 'old-hook',
                project_key: 'yaml',
                parameters: [{ name: 'test', type: 'string', value: 'zadig' }],
                inputs: [{ job_name: 'deploy', job_type: 'zadig-deploy', parameters: { env_name: 'dev' } }],
              },
            },
          ],
        },
      }),
    );
    expect(result.message).toBe('success');
  });

  it('rejects a workflow job without its spec (the server looks the workflow up by spec.workflow_key)', async () => {
    const { response } = await zadig.PATCH('/openapi/release_plan/v1/{id}', {
      params: { path: { id: 'x' } },
      // @ts-expect-error a workflow job needs a spec naming the workflow
      body: { name: 'p', manager: 'm', jobs: [{ name: 'j', type: 'workflow' }] },
    });
    expect(response.status).toBe(400);
    expect(prismViolations(response).length).toBeGreaterThan(0);
  });

  it('rejects a plan without its required manager', async () => {
    // @ts-expect-error manager is required
    const { response } = await zadig.POST('/openapi/release_plan/v1', { body: { name: 'p' } });
    expect(response.status).toBe(400);
    expect(prismViolations(response).map((v) => v.message)).toContain(
      "Request body must have required property 'manager'",
    );
  });
});
