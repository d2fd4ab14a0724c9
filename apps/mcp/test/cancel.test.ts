// Cancelling a call stops it: the request in flight to Zadig is aborted and a wait polls no more, whether
// the host sends notifications/cancelled (directly, over stdio, over Streamable HTTP) or closes the HTTP
// request. The recording Zadig holds the last poll open, so nothing but the cancellation can end the call;
// each test waits for the server's own word that the call ended, then counts the requests Zadig received.
import { PassThrough } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { type FaultServer, startFaultServer, virtualClock } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, prepareZadigMcp, type RunningHttpServer, startHttpServer } from '../src/index.js';
import { connectHttp, connectInProcess, postRaw, TOKEN } from './harness.js';

const TASK = 'GET /openapi/workflows/custom/task';
const running = { body: { task_id: 7, workflow_key: 'deploy', status: 'running', stages: [] } };
const WAIT = { workflowKey: 'deploy', taskId: 7, waitSeconds: 40 };

let zadig: FaultServer;
/** The server's lines about calls that ended otherwise than finishing. */
const ended: string[] = [];
const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
function onLog(line: string) {
  ended.push(line);
  for (const w of waiters.filter((w) => w.pattern.test(line))) {
    waiters.splice(waiters.indexOf(w), 1);
    w.resolve(line);
  }
}
const endedWith = (pattern: RegExp) =>
  new Promise<string>((resolve) => {
    const seen = ended.find((line) => pattern.test(line));
    if (seen) resolve(seen);
    else waiters.push({ pattern, resolve });
  });

/** A fresh task route: two answers "running", then the third poll hangs until it is aborted. */
let polls = 0;
beforeAll(async () => {
  zadig = await startFaultServer({
    [TASK]: () => {
      polls++;
      return polls % 3 === 0 ? { hang: true } : running;
    },
  });
});
afterAll(() => zadig.close());

/** Starts a wait, cancels it once its hanging poll has arrived, and returns the requests made by then. */
async function cancelWait(
  start: (signal: AbortSignal) => Promise<unknown>,
  cancel: (controller: AbortController) => void,
  how: RegExp,
) {
  polls = 0;
  const before = zadig.requestsTo(TASK).length;
  const controller = new AbortController();
  const call = start(controller.signal).catch((error: unknown) => error);
  await zadig.received(TASK, before + 3);
  const done = endedWith(how);
  cancel(controller);
  await done;
  await call;
  return zadig.requestsTo(TASK).length - before;
}

describe('cancellation', () => {
  it('stops a wait when the client cancels (in process)', async () => {
    const clock = virtualClock();
    const mcp = await connectInProcess({
      baseUrl: zadig.url,
      log: (_level, line) => onLog(`direct: ${line}`),
      client: { sleep: clock.sleep, timers: { now: clock.now } },
    });
    try {
      const sent = await cancelWait(
        (signal) =>
          mcp.client.callTool({ name: 'zadig_workflow_task', arguments: WAIT }, undefined, { signal }),
        (c) => c.abort('the user stopped it'),
        /^direct: zadig_workflow_task cancelled by the client/,
      );
      expect(sent).toBe(3);
    } finally {
      await mcp.close();
    }
  });

  it('stops a wait when the client cancels over stdio', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let stderr = '';
    const exited = main([], {
      env: { XDG_CONFIG_HOME: '/nonexistent', ZADIG_URL: zadig.url, ZADIG_TOKEN: TOKEN },
      stdin,
      stdout,
      stderr: {
        write: (text: string) => {
          stderr += text;
          for (const line of text.split('\n')) if (line) onLog(`stdio: ${line}`);
        },
      },
    });
    const client = new Client({ name: 'stdio-test', version: '1' });
    await client.connect(streamTransport(stdout, stdin));
    try {
      const sent = await cancelWait(
        (signal) => client.callTool({ name: 'zadig_workflow_task', arguments: WAIT }, undefined, { signal }),
        (c) => c.abort('the user stopped it'),
        /^stdio: zadig-mcp: zadig_workflow_task cancelled by the client/,
      );
      expect(sent).toBe(3);
    } finally {
      await client.close();
      stdin.end();
      expect(await exited).toBe(0);
    }
    expect(stderr).not.toContain(TOKEN);
  });

  describe('over Streamable HTTP', () => {
    let http: RunningHttpServer;
    beforeAll(async () => {
      const clock = virtualClock();
      const setup = prepareZadigMcp({
        baseUrl: zadig.url,
        log: (_level, line) => onLog(`http: ${line}`),
        client: { maxRetries: 0, sleep: clock.sleep, timers: { now: clock.now } },
      });
      http = await startHttpServer(setup, { port: 0 });
    });
    afterAll(() => http.close());

    it('stops a wait on notifications/cancelled', async () => {
      const mcp = await connectHttp(http.url, TOKEN);
      try {
        const sent = await cancelWait(
          (signal) =>
            mcp.client.callTool({ name: 'zadig_workflow_task', arguments: WAIT }, undefined, { signal }),
          (c) => c.abort('the user stopped it'),
          /^http: zadig_workflow_task cancelled by the client/,
        );
        expect(sent).toBe(3);
      } finally {
        await mcp.close();
      }
    });

    it('stops a wait when its HTTP request is closed, in a session and without one', async () => {
      const session = await initialize(http);
      for (const sessionId of [session, undefined]) {
        ended.length = 0;
        const sent = await cancelWait(
          (signal) =>
            post(
              http,
              {
                jsonrpc: '2.0',
                id: 9,
                method: 'tools/call',
                params: { name: 'zadig_workflow_task', arguments: WAIT },
              },
              sessionId,
              signal,
            ),
          (c) => c.abort(),
          /^http: zadig_workflow_task cancelled by the client/,
        );
        expect(sent, `session ${sessionId}`).toBe(3);
      }
    });
  });
});

/** The client's side of stdio over two streams: the SDK's own framing (one JSON message per line). */
function streamTransport(input: PassThrough, output: PassThrough): Transport {
  const buffer = new ReadBuffer();
  const transport: Transport = {
    async start() {
      input.on('data', (chunk: Buffer) => {
        buffer.append(chunk);
        for (let message = buffer.readMessage(); message; message = buffer.readMessage())
          transport.onmessage?.(message);
      });
    },
    async send(message: JSONRPCMessage) {
      output.write(serializeMessage(message));
    },
    async close() {
      transport.onclose?.();
    },
  };
  return transport;
}

/** A raw POST with this test's token (and session); `signal` closes the request. */
function post(http: RunningHttpServer, body: unknown, sessionId?: string, signal?: AbortSignal) {
  const session: Record<string, string> = sessionId
    ? { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' }
    : {};
  return postRaw(http.url, { authorization: `Bearer ${TOKEN}`, ...session }, JSON.stringify(body), signal);
}

async function initialize(http: RunningHttpServer): Promise<string> {
  const answer = await post(http, {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
  });
  const id = String(answer.headers['mcp-session-id']);
  await post(http, { jsonrpc: '2.0', method: 'notifications/initialized' }, id);
  return id;
}
