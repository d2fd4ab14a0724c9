// Streamable HTTP in process: the SDK's client connects with a bearer token, which is the Zadig token the
// calls send; requests without one, or naming a foreign host, are refused.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZadigMcp, type RunningHttpServer, startHttpServer } from '../src/index.js';
import { connectHttp, postRaw, TOKEN } from './harness.js';

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
const post = (
  headers: Record<string, string>,
  body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
) => postRaw(http.url, headers, body);

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

  it('checks the port of a loopback Host and Origin too', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const other = http.port === 1 ? 2 : http.port - 1;
    expect((await post({ ...auth, host: `localhost:${other}` })).status).toBe(403);
    const foreignPort = await post({
      ...auth,
      host: `localhost:${http.port}`,
      origin: `http://localhost:${other}`,
    });
    expect(foreignPort.status).toBe(403);
    expect(JSON.parse(foreignPort.body).error.message).toBe(
      `forbidden: Origin "http://localhost:${other}" is not allowed`,
    );
    const own = await post({
      ...auth,
      host: `127.0.0.1:${http.port}`,
      origin: `http://127.0.0.1:${http.port}`,
    });
    expect(own.status).toBe(200);
    expect((await post({ ...auth, host: `localhost:${http.port}`, origin: 'null' })).status).toBe(403);
  });

  it('answers a malformed body with -32700 and an oversized one with 413', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, host: `127.0.0.1:${http.port}` };
    const malformed = await post(headers, '{"jsonrpc": "2.0", "id": 1,');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.code).toBe(-32700);
    const huge = await post(
      headers,
      JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
        params: { pad: 'x'.repeat(5 * 1024 * 1024) },
      }),
    );
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toMatch(/request body too large: at most 4194304 bytes/);
  });

  it('keeps a session to the token it began with', async () => {
    const mcp = await connectHttp(http.url, TOKEN);
    try {
      await mcp.client.listTools();
      const sessionId = (mcp.client.transport as { sessionId?: string }).sessionId;
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const other = await post({
        authorization: 'Bearer another-token-123456',
        host: `127.0.0.1:${http.port}`,
        'mcp-session-id': String(sessionId),
      });
      expect(other.status).toBe(403);
    } finally {
      await mcp.close();
    }
  });

  it('refuses to listen on a non-loopback address without --allowed-hosts and --allowed-origins', async () => {
    const setup = prepareZadigMcp({ baseUrl: zadig.url });
    await expect(startHttpServer(setup, { host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /--host 0\.0\.0\.0 is not a loopback address: name the Host headers \(--allowed-hosts\) and the browser Origins \(--allowed-origins\)/,
    );
    await expect(
      startHttpServer(setup, { host: '0.0.0.0', port: 0, allowedHosts: ['mcp.example.com'] }),
    ).rejects.toThrow(/--allowed-origins/);
  });

  it('logs nothing that holds the token', () => {
    for (const line of logs) expect(line).not.toContain(TOKEN);
  });
});
