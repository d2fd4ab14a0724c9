// Reads against the run's Prism, in process: the tool list, finding and describing operations, calls with
// trimmed output, the task tools, and input errors naming their JSON pointers.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Connected, connectInProcess, TOKEN } from './harness.js';

let mcp: Connected;

beforeAll(async () => {
  mcp = await connectInProcess({ baseUrl: inject('prismUrl') });
});
afterAll(() => mcp.close());

describe('tools', () => {
  it('offers the read tools with annotations, and no write tools by default', async () => {
    const { tools } = await mcp.client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual([
      'zadig_list_operations',
      'zadig_describe_operation',
      'zadig_call_operation',
      'zadig_workflow_task',
      'zadig_job_log_tail',
      'zadig_release_plan_status',
      'zadig_enable_toolset',
    ]);
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.inputSchema.type).toBe('object');
    }
    const call = tools.find((t) => t.name === 'zadig_call_operation');
    expect(call?.inputSchema.required).toEqual(['operationId']);
  });

  it('lists the tags without arguments and finds operations by words', async () => {
    const { data: overview } = await mcp.call('zadig_list_operations');
    expect(overview.tags['Release Plan']).toBe(4);
    const { data } = await mcp.call('zadig_list_operations', { query: 'release plan' });
    const ids = data.operations.map((o: { operationId: string }) => o.operationId);
    expect(ids).toEqual(expect.arrayContaining(['listReleasePlans', 'getReleasePlan', 'updateReleasePlan']));
    const update = data.operations.find(
      (o: { operationId: string }) => o.operationId === 'updateReleasePlan',
    );
    expect(update).toMatchObject({ writes: true, allowed: false, destructive: true });
  });

  it('filters by tag and method, and pages through matches', async () => {
    const { data } = await mcp.call('zadig_list_operations', { tag: 'workflow', method: 'DELETE', limit: 1 });
    expect(data.shown).toBe(1);
    expect(data.total).toBeGreaterThan(1);
    expect(data.next).toEqual({ tag: 'workflow', method: 'DELETE', limit: 1, offset: 1 });
    expect(data.operations[0]).toMatchObject({ method: 'DELETE', tag: 'Workflow', destructive: true });
  });

  it('describes an operation: parameters, body fields, example, docs link and errata', async () => {
    const { data } = await mcp.call('zadig_describe_operation', { operationId: 'createK8sRelease' });
    expect(data).toMatchObject({
      method: 'POST',
      path: '/openapi/delivery/releases/k8s',
      writes: true,
      allowed: false,
    });
    const source = data.body.fields.find((f: { path: string }) => f.path === 'source');
    expect(source.enum).toEqual(expect.arrayContaining(['manual', 'from_env', 'from_version']));
    expect(
      data.body.fields.find((f: { path: string }) => f.path === 'services[].service_name'),
    ).toBeDefined();
    expect(data.body.fields.some((f: { required: boolean }) => f.required)).toBe(true);
    expect(data.body.example).toHaveProperty('project_key');
    expect(data.docs.url).toMatch(
      /^https:\/\/github\.com\/koderover\/zadig-doc\/blob\/main\/en\/.*09\.delivery\.md$/,
    );
    expect(data.errata.length).toBeGreaterThan(0);
    expect(data.errata[0]).toHaveProperty('server');
  });
});

describe('zadig_call_operation (reads)', () => {
  it('calls a paginated list with pageNum/pageSize filled in, field selection and page info', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'listProjects',
      fields: ['project_key', 'project_name'],
      limit: 1,
    });
    expect(result.isError).toBeFalsy();
    expect(data.data.projects).toHaveLength(1);
    expect(Object.keys(data.data.projects[0]).sort()).toEqual(['project_key', 'project_name']);
    expect(data.page).toMatchObject({ list: '/projects', shown: 1, first: 0, pageNum: 1, pageSize: 1 });
    // Prism answers the documented example (several projects) whatever pageSize says: the cap still holds.
    expect(data.page.total).toBeGreaterThan(1);
    // The exact arguments that continue at the first item not shown.
    expect(data.next).toEqual({
      operationId: 'listProjects',
      fields: ['project_key', 'project_name'],
      limit: 1,
      input: { pageNum: 1, pageSize: 1 },
      offset: 1,
    });
    // Compact JSON text, and no second copy as structured content (the tool declares no output schema).
    expect((result.content[0] as { text: string }).text).toBe(JSON.stringify(data));
    expect(result.structuredContent).toBeUndefined();
  });

  it('reads versions of a project and a release plan', async () => {
    const { data: versions } = await mcp.call('zadig_call_operation', {
      operationId: 'listReleases',
      input: { projectKey: 'demo', pageNum: 1, pageSize: 20 },
      fields: ['version', 'status'],
    });
    expect(versions.data.list.length).toBeGreaterThan(0);
    expect(versions.fieldsNotFound).toEqual({
      fields: ['version'],
      available: expect.arrayContaining(['version_name']),
    });
    for (const item of versions.data.list)
      expect(Object.keys(item).every((k) => ['version', 'status'].includes(k))).toBe(true);
    const { data: plans } = await mcp.call('zadig_call_operation', {
      operationId: 'listReleasePlans',
      fields: ['id', 'name', 'status'],
    });
    const id = plans.data.list[0].id;
    const { data: plan } = await mcp.call('zadig_release_plan_status', { id });
    expect(plan).toMatchObject({
      id: expect.any(String),
      status: expect.any(String),
      finished: expect.any(Boolean),
    });
    expect(Array.isArray(plan.jobs)).toBe(true);
    expect(plan.timeline.created).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('follows a workflow task and tails a job log', async () => {
    const { data: task } = await mcp.call('zadig_workflow_task', { workflowKey: 'build-images', taskId: 24 });
    expect(task).toMatchObject({ status: 'passed', finished: true, passed: true });
    const job = task.stages[0].jobs[0].name;
    const { data: log } = await mcp.call('zadig_job_log_tail', {
      workflowKey: 'build-images',
      taskId: 24,
      jobName: job,
      lines: 1,
    });
    expect(log).toMatchObject({ source: 'saved', shown: 1 });
    expect(log.lines).toHaveLength(1);
    expect(log.totalLines).toBeGreaterThanOrEqual(1);
  });
});

describe('errors', () => {
  it('names the JSON pointer of each bad input', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', {
      operationId: 'getWorkflowTask',
      input: { workflowKey: 'deploy', taskId: 'seven', extra: 1 },
    });
    expect(result.isError).toBe(true);
    expect(data.error.kind).toBe('invalid_input');
    expect(data.error.violations).toEqual(
      expect.arrayContaining([
        { pointer: '/input/taskId', message: 'must be integer' },
        expect.objectContaining({ pointer: '/input/extra' }),
      ]),
    );
    expect((result.content[0] as { text: string }).text).toContain('/input/taskId: must be integer');
  });

  it("names missing required parameters, and pointers into a tool's own arguments", async () => {
    const { data } = await mcp.call('zadig_call_operation', { operationId: 'getRelease', input: {} });
    expect(data.error.violations.map((v: { pointer: string }) => v.pointer).sort()).toEqual([
      '/input/projectKey',
      '/input/versionName',
    ]);
    const { result, data: bad } = await mcp.call('zadig_job_log_tail', {
      workflowKey: 'w',
      taskId: 0,
      jobName: 'j',
      lines: 5000,
    });
    expect(result.isError).toBe(true);
    expect(bad.error.violations.map((v: { pointer: string }) => v.pointer).sort()).toEqual([
      '/lines',
      '/taskId',
    ]);
  });

  it('suggests operationIds for an unknown one and refuses live streams', async () => {
    const { data } = await mcp.call('zadig_call_operation', { operationId: 'listRelease' });
    expect(data.error).toMatchObject({ kind: 'unknown_operation', pointer: '/operationId' });
    expect(data.error.message).toContain('listReleases');
    const { data: stream } = await mcp.call('zadig_call_operation', {
      operationId: 'streamWorkflowTaskJobLogs',
      input: { workflowName: 'w', taskID: 1, jobName: 'j', lines: 10 },
    });
    expect(stream.error.kind).toBe('not_callable');
  });

  it('answers an unknown tool with an MCP protocol error', async () => {
    await expect(mcp.call('zadig_nope')).rejects.toThrow(/unknown tool "zadig_nope"/);
  });

  it('never puts the token in an output', () => {
    expect(mcp.outputs.length).toBeGreaterThan(10);
    for (const text of mcp.outputs) expect(text).not.toContain(TOKEN);
  });
});
