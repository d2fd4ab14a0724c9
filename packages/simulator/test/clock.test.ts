// The clock: the speed factor, a clock that cannot be watched (streams look at it themselves), and moving a
// manual clock from outside the process.
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/index.js';
import { harness, START } from './helpers.js';

const auth = { authorization: 'Bearer t' };

describe('the clock', () => {
  it('runs lifecycles --speed times faster', async () => {
    const h = await harness({ speed: 10 });
    try {
      await h.zadig.call('createK8sRelease', {
        body: { project_key: 'payments', version_name: 'v1.14.0', source: 'from_env', env_name: 'dev' },
      });
      const status = async () =>
        (await h.zadig.call('getRelease', { projectKey: 'payments', versionName: 'v1.14.0' })).status;
      h.clock.advance(999);
      expect(await status()).toBe('creating');
      h.clock.advance(1);
      expect(await status()).toBe('success');
    } finally {
      await h.stop();
    }
  });

  it('streams a log from a clock without listeners by looking at it, until the job ends', async () => {
    let now = START;
    const sim = await startSimulator({ clock: { now: () => now } });
    try {
      const run = await fetch(`${sim.url}/openapi/workflows/custom/task`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ workflow_key: 'storefront-release' }),
      });
      const { task_id } = await run.json();
      now += 2_000 + 6_000; // queued, then half of the 12 s deploy
      const response = await fetch(
        `${sim.url}/openapi/logs/sse/v4/workflow/storefront-release/${task_id}/deploy-prod/100`,
        {
          headers: auth,
        },
      );
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      // Half the deploy's lines are written; the stream sends them at once, in however many chunks.
      let text = '';
      while (text.split('\n\n').length < 3) text += decoder.decode((await reader.read()).value);
      expect(text).toBe(
        'event:message\ndata:updating workloads of storefront (task 3)\n\nevent:message\ndata:deployment rolled out: 1 of 2 updated replicas are available\n\n',
      );
      now += 60_000;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      expect(text.trimEnd().split('\n\n').at(-1)).toBe('event:message\ndata:deploy prod done');
    } finally {
      await sim.stop();
    }
  });

  it('moves a manual clock from outside over /_sim/clock/advance, and refuses to move the system clock', async () => {
    const h = await harness();
    try {
      const advance = await fetch(`${h.sim.url}/_sim/clock/advance?ms=5000`, { method: 'POST' });
      expect(advance.status).toBe(200);
      expect(h.clock.now()).toBe(START + 5000);
      const backwards = await fetch(`${h.sim.url}/_sim/clock/advance?ms=-1`, { method: 'POST' });
      expect(await backwards.json()).toMatchObject({
        code: 400,
        description: 'cannot move a clock by -1 ms',
      });
    } finally {
      await h.stop();
    }
    const system = await startSimulator();
    try {
      const refused = await fetch(`${system.url}/_sim/clock/advance?ms=1`, { method: 'POST' });
      expect(await refused.json()).toMatchObject({
        code: 400,
        description: 'the simulator runs on the system clock',
      });
      expect(system.advance).toBeUndefined();
    } finally {
      await system.stop();
    }
  });
});
