// Streamable HTTP in process: the SDK's client connects with a bearer token, which is the Zadig token the
// calls send; requests without one, or naming a foreign host, are refused.
import { request } from 'node:http';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZadigMcp, type RunningHttpServer, startHttpServer } from '../src/index.js';
import { connectHttp, TOKEN } from './harness.js';

let zadig: FaultServer;
let http: RunningHttpServer;
const logs: string[] = [];

beforeAll(async () => {
  zadig = await startFaultServer({
    'GET /openapi/projects/project': [
      { body: { total: 1, projects: [{ project_key: 'demo', project_name: 'Demo' }] } },
    ],
  });
  const setup = prepareZadigMcp({ baseUrl: zadig.url, client: { maxRetries: 0 } });
  http = await startHttpServer(setup, { port: 0, log: (line) => logs.push(line) });
});
afterAll(async () => {
  await http.close();
  await zadig.close();
});

/** A raw POST to the endpoint, for what the SDK's client would never send. */
function post(
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
  return new Promise((resolve, reject) => {
    const req = request(
      http.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('zadig-mcp over Streamable HTTP', () => {
  it('listens on 127.0.0.1 at the port it was given (0: a free one)', () => {
    expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect(http.port).toBeGreaterThan(0);
  });

  it('lists tools and calls a read with the bearer token as the Zadig token', async () => {
    const mcp = await connectHttp(http.url, TOKEN);
    try {
      const { tools } = await mcp.client.listTools();
      expect(tools.map((t) => t.name)).toContain('zadig_call_operation');
      const { data } = await mcp.call('zadig_call_operation', {
        operationId: 'listProjects',
        fields: ['project_key'],
      });
      expect(data.data.projects).toEqual([{ project_key: 'demo' }]);
      const sent = await zadig.received('GET /openapi/projects/project');
      expect(sent.headers.authorization).toBe(`Bearer ${TOKEN}`);
      for (const text of mcp.outputs) expect(text).not.toContain(TOKEN);
    } finally {
      await mcp.close();
    }
  });

  it('refuses a request without a bearer token (401)', async () => {
    const answer = await post({ host: `127.0.0.1:${http.port}` });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(JSON.parse(answer.body).error.message).toMatch(/Authorization: Bearer/);
  });

  it('refuses a foreign Host or Origin (DNS rebinding)', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await post({ ...auth, host: `evil.example:${http.port}` })).status).toBe(403);
    expect(
      (await post({ ...auth, host: `localhost:${http.port}`, origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await post({ ...auth, host: `localhost:${http.port}` })).status).toBe(200);
  });

  it('logs nothing that holds the token', () => {
    for (const line of logs) expect(line).not.toContain(TOKEN);
  });
});
