// zadig-mcp through the SDK's client against a Zadig on 127.0.0.1 whose answers carry every kind of secret:
// no result, structured or text, holds one; each result that hid something says where.
import {
  ALL_SECRETS,
  clusters,
  errorWithSecret,
  type FaultServer,
  registry,
  secretConfig,
  startFaultServer,
  task,
  workflow,
} from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

let zadig: FaultServer;
let mcp: Connected;
let all: Connected;

beforeAll(async () => {
  zadig = await startFaultServer({
    'GET /openapi/workflows/custom/deploy/detail': [{ body: workflow }],
    'GET /openapi/workflows/custom/task': [{ body: task }],
    'GET /openapi/environments/dev/envcfg/db': [{ body: secretConfig }],
    'GET /openapi/system/registry/r1': [{ body: registry }],
    'GET /openapi/system/cluster': [{ body: clusters }],
    'PUT /openapi/system/registry/r1': [{ status: 400, body: errorWithSecret }],
  });
  mcp = await connectInProcess({ baseUrl: zadig.url, allowWrites: ['updateRegistry'] });
  all = await connectInProcess({ baseUrl: zadig.url, tools: 'all', tags: ['Workflow'] });
});
afterAll(async () => {
  await mcp.close();
  await all.close();
  await zadig.close();
});

const CALLS: Array<[string, Record<string, unknown>, string]> = [
  ['getWorkflow', { name: 'deploy', projectKey: 'shop' }, 'getWorkflow:/params/2/repo/oauth_token'],
  [
    'getWorkflowTask',
    { workflowKey: 'deploy', taskId: 7 },
    'getWorkflowTask:/stages/0/jobs/0/spec/auth_config',
  ],
  [
    'getEnvironmentConfig',
    { envName: 'dev', cfgName: 'db', projectKey: 'shop', type: 'Secret' },
    'getEnvironmentConfig:/secret_detail/yaml_data',
  ],
  ['getRegistry', { id: 'r1' }, 'getRegistry:/secret_key'],
  ['listClusters', {}, 'listClusters:/0/kube_config'],
];

const leaked = (outputs: string[]) =>
  ALL_SECRETS.filter((secret) => outputs.some((text) => text.includes(secret)));

describe('zadig-mcp hides the secrets answers carry', () => {
  it.each(CALLS)('zadig_call_operation %s', async (operationId, input, where) => {
    const { data } = await mcp.call('zadig_call_operation', { operationId, input });
    expect(leaked(mcp.outputs)).toEqual([]);
    expect(JSON.stringify(data)).toContain('[redacted]');
    expect(data.redacted.at).toContain(where);
    expect(data.redacted.note).toMatch(
      /secret values? the server sent (was|were) replaced with \[redacted\]/,
    );
  });

  it('the task tool and a per-operation tool', async () => {
    const followed = await mcp.call('zadig_workflow_task', { workflowKey: 'deploy', taskId: 7 });
    expect(followed.result.isError).toBeFalsy();
    const own = await all.call('zadig_getWorkflow', { name: 'deploy', projectKey: 'shop' });
    expect(own.data.redacted.at).toContain('getWorkflow:/stages/0/jobs/0/spec/repos/0/oauth_token');
    expect(leaked([...mcp.outputs, ...all.outputs])).toEqual([]);
  });

  it('an error whose body quotes a secret', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'updateRegistry',
      input: { id: 'r1', body: { address: 'https://r', provider: 'native', namespace: 'shop' } },
      confirm: true,
    });
    expect(result.isError).toBe(true);
    expect(data.error).toBeDefined();
    expect(leaked(mcp.outputs)).toEqual([]);
  });

  it('leaves answers without secrets alone', async () => {
    const { data } = await mcp.call('zadig_list_operations', { query: 'registry' });
    expect(data.redacted).toBeUndefined();
  });
});
