// The built binary, spawned as MCP clients run it (a small set: each spawn costs a process start): the SDK's
// client over stdio and over Streamable HTTP, reads against the run's Prism, the token in no output.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { runNode } from '@zadig-ts/testing';
import { describe, expect, inject, it } from 'vitest';
import { connectHttp, TOKEN } from './harness.js';

const BINARY = fileURLToPath(new URL('../dist/zadig-mcp.js', import.meta.url));
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ZADIG_URL: inject('prismUrl') };

/** The binary spawned as an MCP host runs it, the SDK's client connected over stdio; its stderr so far. */
async function connectStdio(args: string[], env: Record<string, string>) {
  const transport = new StdioClientTransport({ command: process.execPath, args, env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const client = new Client({ name: 'zadig-mcp-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

describe('zadig-mcp binary', () => {
  it('serves the SDK client over stdio', async () => {
    const { client, stderr } = await connectStdio([BINARY], { ...ENV, ZADIG_TOKEN: TOKEN });
    try {
      expect(client.getServerVersion()?.name).toBe('zadig-mcp');
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThanOrEqual(6);
      const result = (await client.callTool({
        name: 'zadig_call_operation',
        arguments: {
          operationId: 'listReleases',
          input: { projectKey: 'demo' },
          fields: ['version', 'status'],
          limit: 2,
        },
      })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(
        JSON.parse((result.content as Array<{ text: string }>)[0]?.text ?? '').page.shown,
      ).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    } finally {
      await client.close();
    }
    expect(stderr()).toMatch(/zadig-mcp: .*read-only; 7 tools/);
    expect(stderr()).toMatch(/token from ZADIG_TOKEN/);
    expect(stderr()).not.toContain(TOKEN);
  });

  it('--mock serves the simulator: a version created through it is then listed', async () => {
    const { client, stderr } = await connectStdio([BINARY, '--mock', '--allow-writes', 'createK8sRelease'], {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
    });
    const call = async (args: Record<string, unknown>) => {
      const result = (await client.callTool({
        name: 'zadig_call_operation',
        arguments: args,
      })) as CallToolResult;
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
      return JSON.parse((result.content as Array<{ text: string }>)[0]?.text ?? '');
    };
    const list = {
      operationId: 'listReleases',
      input: { projectKey: 'storefront', pageNum: 1, pageSize: 20 },
    };
    try {
      const before = await call(list);
      await call({
        operationId: 'createK8sRelease',
        input: { body: { project_key: 'storefront', version_name: 'v3.0.0', source: 'manual' } },
        confirm: true,
      });
      const after = await call(list);
      expect(after.data.total).toBe(before.data.total + 1);
      expect(after.data.list[0]).toMatchObject({ version_name: 'v3.0.0' });
    } finally {
      await client.close();
    }
    expect(stderr()).toMatch(/Zadig at http:\/\/127\.0\.0\.1:\d+ \(from --mock\)/);
  });

  it('exits 0 when the client closes stdin', async () => {
    const { code, stderr } = await runNode([BINARY], { env: { ZADIG_URL: inject('prismUrl') }, input: '' });
    expect(stderr).toMatch(/no API token/);
    expect(stderr).not.toMatch(/unsettled|Error/);
    expect(code).toBe(0);
  });

  it('serves Streamable HTTP on port 0 and prints the address', async () => {
    const child = spawn(process.execPath, [BINARY, '--http', '--port', '0'], {
      env: { ...ENV, ZADIG_TOKEN: 'not-used-over-http-123456' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('close', () => reject(new Error(`exited before listening:\n${stderr}`)));
    });
    try {
      const mcp = await connectHttp(url, TOKEN);
      const { data } = await mcp.call('zadig_release_plan_status', { id: '64f1a7cd1b7bd46ec353b50c' });
      expect(data).toMatchObject({ id: expect.any(String), status: expect.any(String) });
      await mcp.close();
      for (const text of mcp.outputs) expect(text).not.toContain(TOKEN);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/the one from ZADIG_TOKEN is not used/);
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain('not-used-over-http-123456');
  });
});
