// Every call has one deadline, retries included: a Zadig that never answers ends in a `timeout` result at
// the deadline (45 s by default), not after three 60-second attempts. Time is the test's: its timers fire
// when the test says, once the request has arrived.
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

const ROUTE = 'GET /openapi/projects/project';

/** Timers that fire only when the test calls `fire`; `pending` lists them with their delays. */
function manualTimers() {
  const pending = new Set<{ ms: number; callback: () => void }>();
  return {
    pending,
    fire(ms: number) {
      const timer = [...pending].find((t) => t.ms === ms);
      if (!timer)
        throw new Error(`no timer of ${ms} ms; pending: ${[...pending].map((t) => t.ms).join(', ')}`);
      pending.delete(timer);
      timer.callback();
    },
    timers: {
      setTimeout: (callback: () => void, ms: number) => {
        const timer = { ms, callback };
        pending.add(timer);
        return timer;
      },
      clearTimeout: (timer: unknown) => void pending.delete(timer as never),
      now: () => 0,
    },
  };
}

let zadig: FaultServer;
beforeAll(async () => {
  zadig = await startFaultServer({
    [ROUTE]: [{ hang: true }],
    'GET /openapi/environments': [{ body: [{ env_key: 'dev' }] }],
  });
});
afterAll(() => zadig.close());

describe('the call deadline', () => {
  it('ends a call to a Zadig that never answers at 45 s with a timeout result, retrying nothing after', async () => {
    const clock = manualTimers();
    const mcp: Connected = await connectInProcess({
      baseUrl: zadig.url,
      client: { maxRetries: 2, timers: clock.timers },
    });
    try {
      const call = mcp.call('zadig_call_operation', { operationId: 'listProjects' });
      await zadig.received(ROUTE);
      // The attempt's own timeout (60 s) is later than the call's deadline.
      expect([...clock.pending].map((t) => t.ms).sort()).toEqual([45_000, 60_000]);
      clock.fire(45_000);
      const { result, data } = await call;
      expect(result.isError).toBe(true);
      expect(data.error).toMatchObject({ kind: 'timeout', deadlineSeconds: 45 });
      expect(data.error.message).toBe(
        'zadig_call_operation did not finish within its deadline of 45 s (retries and waits included), so it was stopped and nothing more is sent.',
      );
      expect(data.error.next).toMatch(/--call-timeout/);
      expect(zadig.requestsTo(ROUTE)).toHaveLength(1);
      expect(clock.pending.size).toBe(0);
    } finally {
      await mcp.close();
    }
  });

  it('takes the deadline it is given (--call-timeout)', async () => {
    const clock = manualTimers();
    const mcp = await connectInProcess({
      baseUrl: zadig.url,
      callTimeoutSeconds: 5,
      client: { timers: clock.timers },
    });
    try {
      const before = zadig.requestsTo(ROUTE).length;
      const call = mcp.call('zadig_call_operation', { operationId: 'listProjects' });
      await zadig.received(ROUTE, before + 1);
      clock.fire(5_000);
      const { data } = await call;
      expect(data.error).toMatchObject({ kind: 'timeout', deadlineSeconds: 5 });
    } finally {
      await mcp.close();
    }
  });

  it('stops a jq filter that never ends at the deadline, and the server goes on serving', async () => {
    const clock = manualTimers();
    const mcp = await connectInProcess({ baseUrl: zadig.url, client: { timers: clock.timers } });
    try {
      await mcp.client.setLoggingLevel('debug');
      const running = new Promise<void>((resolve) => {
        mcp.client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
          if (/^running jq over the answer of listEnvironments$/.test(String(n.params.data))) resolve();
        });
      });
      const call = mcp.call('zadig_call_operation', {
        operationId: 'listEnvironments',
        input: { projectKey: 'demo' },
        jq: 'until(false; .)',
      });
      await running;
      clock.fire(45_000);
      const { data } = await call;
      expect(data.error).toMatchObject({ kind: 'timeout', deadlineSeconds: 45 });
      const { data: after } = await mcp.call('zadig_call_operation', {
        operationId: 'listEnvironments',
        input: { projectKey: 'demo' },
        jq: '[.[].env_key]',
      });
      expect(after.data).toEqual(['dev']);
    } finally {
      await mcp.close();
    }
  });
});
