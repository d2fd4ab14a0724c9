// The protocol as hosts and validators see it: tool schemas that a strict JSON Schema validator accepts,
// output schemas on the task tools, MCP logging at the client's level, one sentence per error, resources,
// prompts, and toolsets switched on during a session.

import {
  LoggingMessageNotificationSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

const PROJECTS = 'GET /openapi/projects/project';
let zadig: FaultServer;
let all: Connected;
let core: Connected;

beforeAll(async () => {
  zadig = await startFaultServer({
    [PROJECTS]: [
      {
        status: 401,
        body: { code: 6000, message: 'token is invalid', description: 'the token has expired' },
      },
    ],
    'GET /openapi/environments': [{ body: [{ env_key: 'dev', production: false }] }],
  });
  all = await connectInProcess({
    baseUrl: zadig.url,
    tools: 'all',
    allowWrites: ['Release Plan', 'executeWorkflow', 'createK8sRelease'],
  });
  core = await connectInProcess({ baseUrl: zadig.url });
});
afterAll(async () => {
  await all.close();
  await core.close();
  await zadig.close();
});

describe('tool schemas', () => {
  it('pass a strict JSON Schema validator, every input and output schema of --tools all', async () => {
    const { tools } = await all.client.listTools();
    expect(tools.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const tool of tools) {
      for (const [which, schema] of [
        ['input', tool.inputSchema],
        ['output', tool.outputSchema],
      ] as const) {
        if (!schema) continue;
        // A fresh validator per schema: strict mode reports unknown keywords, formats and types.
        const ajv = new Ajv2020({ strict: true, validateFormats: false });
        try {
          ajv.compile(schema);
        } catch (error) {
          failures.push(`${tool.name} ${which}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('declares output schemas on the task tools', async () => {
    const { tools } = await all.client.listTools();
    const withOutput = tools
      .filter((t) => t.outputSchema)
      .map((t) => t.name)
      .sort();
    expect(withOutput).toEqual([
      'zadig_job_log_tail',
      'zadig_release_plan_status',
      'zadig_run_workflow',
      'zadig_version_from_environment',
      'zadig_workflow_task',
    ]);
  });
});

describe('errors', () => {
  it('are one sentence, naming the method, URL and status once', async () => {
    const { result, data } = await core.call('zadig_call_operation', { operationId: 'listProjects' });
    expect(result.isError).toBe(true);
    const { message } = data.error;
    expect(message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/openapi\/projects\/project\?pageSize=50&pageNum=1 failed with 401: token is invalid: the token has expired$/,
    );
    expect(message.match(/GET /g)).toHaveLength(1);
    expect(data.error.hint).toMatch(/token was refused/);
  });
});

describe('MCP logging', () => {
  it('sends the requests of a call as notifications/message once the client asks for debug', async () => {
    const messages: Array<{ level: string; data: unknown }> = [];
    core.client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
      messages.push(n.params as never);
    });
    await core.call('zadig_call_operation', {
      operationId: 'listEnvironments',
      input: { projectKey: 'demo' },
    });
    // Before a level is set only warnings and worse are sent.
    expect(messages.filter((m) => m.level === 'debug')).toEqual([]);
    await core.client.setLoggingLevel('debug');
    await core.call('zadig_call_operation', {
      operationId: 'listEnvironments',
      input: { projectKey: 'demo' },
    });
    const lines = messages.map((m) => String(m.data));
    expect(
      lines.some((l) =>
        /GET http:\/\/127\.0\.0\.1:\d+\/openapi\/environments\?projectKey=demo -> 200/.test(l),
      ),
    ).toBe(true);
    expect(lines.some((l) => /^zadig_call_operation finished after \d+ ms$/.test(l))).toBe(true);
    for (const line of lines) expect(line).not.toContain('zadig-test-token');
    await core.client.setLoggingLevel('error');
    const count = messages.length;
    await core.call('zadig_call_operation', {
      operationId: 'listEnvironments',
      input: { projectKey: 'demo' },
    });
    expect(messages).toHaveLength(count);
  });
});

describe('resources and prompts', () => {
  it("lists each tracked release's spec and the errata, and reads them", async () => {
    const { resources } = await core.client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        'zadig://spec/v5.0.0',
        'zadig://spec/v3.4.0',
        'zadig://spec/main',
        'zadig://errata',
      ]),
    );
    const { contents } = await core.client.readResource({ uri: 'zadig://spec/v5.0.0' });
    const spec = JSON.parse((contents[0] as { text: string }).text);
    expect(spec.openapi).toMatch(/^3\.1/);
    expect(Object.keys(spec.paths).length).toBeGreaterThan(50);
    const errata = JSON.parse(
      ((await core.client.readResource({ uri: 'zadig://errata' })).contents[0] as { text: string }).text,
    );
    expect(Object.keys(errata).length).toBeGreaterThan(10);
    await expect(core.client.readResource({ uri: 'zadig://spec/v9' })).rejects.toThrow(
      /no resource "zadig:\/\/spec\/v9": there are zadig:\/\/spec\/v3\.4\.0/,
    );
  });

  it('offers prompts to cut a version from an environment and to explain a failed task', async () => {
    const { prompts } = await core.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['cut_version_from_environment', 'explain_task_failure']);
    const prompt = await core.client.getPrompt({
      name: 'explain_task_failure',
      arguments: { workflowKey: 'deploy', taskId: '7' },
    });
    const [message] = prompt.messages;
    const text = message?.content.type === 'text' ? message.content.text : '';
    expect(text).toMatch(/zadig_workflow_task with \{"workflowKey": "deploy", "taskId": 7\}/);
    expect(text).toMatch(/zadig_job_log_tail/);
    await expect(
      core.client.getPrompt({ name: 'cut_version_from_environment', arguments: { projectKey: 'demo' } }),
    ).rejects.toThrow(/needs envName, versionName/);
  });
});

describe('toolsets', () => {
  it("adds a tag's operations as tools during the session and tells the client the list changed", async () => {
    const mcp = await connectInProcess({ baseUrl: zadig.url });
    try {
      let changed = 0;
      mcp.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
        changed++;
      });
      const before = (await mcp.client.listTools()).tools.map((t) => t.name);
      expect(before).not.toContain('zadig_listEnvironments');
      const { data } = await mcp.call('zadig_enable_toolset', { tag: 'Environment' });
      expect(data.added).toContain('zadig_listEnvironments');
      expect(changed).toBe(1);
      const after = (await mcp.client.listTools()).tools.map((t) => t.name);
      expect(after).toEqual(expect.arrayContaining([...before, 'zadig_listEnvironments']));
      // Only reads: this server allows no writes.
      expect(data.added.some((name: string) => /^zadig_(create|update|delete)/.test(name))).toBe(false);
      const { data: envs } = await mcp.call('zadig_listEnvironments', { projectKey: 'demo' });
      expect(envs.data).toEqual([{ env_key: 'dev', production: false }]);
      const { data: again } = await mcp.call('zadig_enable_toolset', { tag: 'Environment' });
      expect(again.added).toEqual([]);
      expect(changed).toBe(1);
    } finally {
      await mcp.close();
    }
  });
});
