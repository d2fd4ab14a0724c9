// zadig-mcp installed from its tarball (with the client's and the spec's), started as an MCP client starts it
// (stdio, newline-delimited JSON-RPC) on Node 20, 22 and 24: it initializes, lists its tools and calls a read
// against Prism, and the token never appears in what it writes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { installProject } from './projects.js';

const tarballs = inject('tarballs');
const nodes = inject('nodes');
const prismUrl = inject('prismUrl');
const TOKEN = 'consumer-secret-token-4711';
let dir = '';

beforeAll(async () => {
  dir = await installProject(inject('workDir'), 'mcp', [
    tarballs['@zadig-ts/mcp'] as string,
    tarballs['@zadig-ts/node'] as string,
    tarballs['@zadig-ts/client'] as string,
    tarballs['@zadig-ts/openapi'] as string,
    tarballs['@zadig-ts/simulator'] as string,
  ]);
});

/** Starts the server, sends the requests one after another (each after the previous answer), then closes it. */
function session(node: string, requests: { method: string; params?: unknown }[]) {
  return new Promise<{ answers: { result?: Record<string, unknown>; error?: unknown }[]; output: string }>(
    (resolve, reject) => {
      const bin = join(dir, 'node_modules', '@zadig-ts', 'mcp', 'dist', 'zadig-mcp.js');
      const child = spawn(node, [bin], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, ZADIG_URL: prismUrl, ZADIG_TOKEN: TOKEN },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const answers: { result?: Record<string, unknown>; error?: unknown }[] = [];
      let output = '';
      let buffer = '';
      const send = (id: number) => {
        const request = requests[id];
        if (!request) {
          child.stdin.end();
          return;
        }
        child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, ...request })}\n`);
        if (request.method === 'initialize') {
          child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
        }
      };
      child.stdout.on('data', (chunk) => {
        output += chunk;
        buffer += chunk;
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          const message = JSON.parse(buffer.slice(0, newline));
          buffer = buffer.slice(newline + 1);
          if (typeof message.id === 'number') {
            answers[message.id] = message;
            send(message.id + 1);
          }
          newline = buffer.indexOf('\n');
        }
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', reject);
      child.on('close', () => resolve({ answers, output }));
      send(0);
    },
  );
}

describe.each(Object.keys(nodes))('on Node %s', (major) => {
  it('initializes, lists tools and reads through Prism', async () => {
    const { answers, output } = await session(nodes[major] as string, [
      {
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'consumer-test', version: '1' },
        },
      },
      { method: 'tools/list' },
      {
        method: 'tools/call',
        params: {
          name: 'zadig_call_operation',
          arguments: { operationId: 'listProjects', input: { pageNum: 1, pageSize: 10 } },
        },
      },
    ]);
    expect(answers).toHaveLength(3);
    const [initialized, listed] = answers as [
      { result: Record<string, unknown> },
      { result: Record<string, unknown> },
    ];
    expect((initialized.result.serverInfo as { name: string }).name).toBeTruthy();
    const tools = (listed.result.tools as { name: string }[]).map((t) => t.name);
    expect(tools).toEqual(expect.arrayContaining(['zadig_list_operations', 'zadig_call_operation']));
    const call = answers[2]?.result as { isError?: boolean; content: { text: string }[] };
    expect(call.isError ?? false).toBe(false);
    expect(call.content.map((c) => c.text).join('\n')).toContain('projects');
    expect(output).not.toContain(TOKEN);
  });
});
