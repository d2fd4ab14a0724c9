// A transcript against the Zadig simulator, whose answers agree with each other: a version created with
// --wait is waited for until the simulator has made it, and then `releases list` shows it. The simulator's
// clock is the CLI's clock, so --wait's polls move time instead of waiting for it.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock, type Simulator, startSimulator } from '@zadig-ts/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('zadigctl --mock against the simulator', () => {
  const clock = createManualClock(Date.UTC(2026, 11, 7, 9, 0, 0));
  let sim: Simulator;
  const cli = (args: string[]) =>
    runCli(['--mock', ...args], {
      clock,
      startMock: async () => ({ url: sim.url, stop: async () => {} }),
    });

  beforeAll(async () => {
    sim = await startSimulator({ clock });
  });
  afterAll(() => sim?.stop());

  it('creates a version, waits until it is made, and lists it', async () => {
    const before = JSON.parse((await cli(['releases', 'list', '-p', 'storefront', '-o', 'json'])).stdout);
    expect(before.list.map((v: { version_name: string }) => v.version_name)).not.toContain('v2.5.0');

    const file = join(tmpdir(), `zadigctl-sim-${process.pid}-version.json`);
    await writeFile(
      file,
      JSON.stringify({
        project_key: 'storefront',
        version_name: 'v2.5.0',
        source: 'from_env',
        env_name: 'dev',
        production: false,
        desc: 'Wishlists',
        labels: ['rc'],
      }),
    );
    const created = await cli(['releases', 'create-k8s', '--file', file, '--wait']);
    expect(created.stderr).not.toMatch(/error/i);
    expect(created.code).toBe(0);
    // --wait polled while the simulator was still creating it, and ended when it was made.
    const made = sim.state.versions.find((v) => v.name === 'v2.5.0');
    expect(made).toBeDefined();
    expect(created.stdout + created.stderr).toContain('success');

    const after = JSON.parse((await cli(['releases', 'list', '-p', 'storefront', '-o', 'json'])).stdout);
    expect(after.total).toBe(before.total + 1);
    expect(after.list[0]).toMatchObject({ version_name: 'v2.5.0', status: 'success' });
    const detail = JSON.parse(
      (await cli(['releases', 'get', 'v2.5.0', '-p', 'storefront', '-o', 'json'])).stdout,
    );
    expect(detail).toMatchObject({ version: 'v2.5.0', status: 'success' });
  });
});
