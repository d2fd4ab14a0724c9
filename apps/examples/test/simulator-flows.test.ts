// The scripts end to end against the Zadig simulator (--mock), whose answers agree with each other and whose
// lifecycles run on the script's own virtual clock: a version is created while the script polls for it, a
// workflow run goes queued, running, passed (or fails, with its log), a plan waits at its approval.
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

const simulator = { mock: 'simulator' as const };

describe('the scripts against the simulator', () => {
  it('release-from-env: creates a version from an environment and waits while it is made', async () => {
    const { code, stdout, stderr, sleptMs, mockStopped } = await runInProcess(
      'release-from-env',
      ['--mock', '--project', 'storefront', '--env', 'dev', '--version', 'v2.5.0'],
      {},
      simulator,
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Creating version v2.5.0 of storefront from environment dev: 3 services');
    expect(stdout).toMatch(/\[0:00\] version v2\.5\.0: creating/);
    expect(stdout).toContain('Version v2.5.0 of storefront: success');
    expect(stdout).toContain('Images: 3, pushed: 3');
    // It polled while the simulator was creating it: time passed on the script's clock, not the machine's.
    expect(sleptMs).toBeGreaterThan(0);
    expect(mockStopped).toBe(true);
  });

  it('release-from-env: refuses a version name the project already has, as Zadig does', async () => {
    const { code, stderr } = await runInProcess(
      'release-from-env',
      ['--mock', '--project', 'storefront', '--env', 'dev', '--version', 'v2.4.0'],
      {},
      simulator,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/v2\.4\.0/);
  });

  it('run-workflow-and-wait: follows a run job by job until it passes', async () => {
    const { code, stdout, stderr } = await runInProcess(
      'run-workflow-and-wait',
      ['--mock', '--project', 'storefront', '--workflow', 'storefront-ci'],
      {},
      simulator,
    );
    expect(code, stderr).toBe(0);
    const order = ['job build [zadig-build]: running', 'job build [zadig-build]: passed', 'task: passed'];
    const at = order.map((line) => stdout.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(stdout).toMatch(/Task #\d+ of workflow storefront-ci: passed after \d+:\d\d/);
  });

  it("run-workflow-and-wait: exits 1 when a job fails, with that job's log", async () => {
    const { code, stdout } = await runInProcess(
      'run-workflow-and-wait',
      ['--mock', '--project', 'payments', '--workflow', 'payments-e2e'],
      {},
      simulator,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/job contract-tests \[[\w-]+\]: failed/);
    expect(stdout).toMatch(/task: failed/);
    // The failed job's saved log, between its header lines.
    expect(stdout).toMatch(/--- log of job contract-tests ---\n( {2}\| .*\n)+/);
  });

  it('release-plan-report: reports the plans the simulator holds, one waiting for approval', async () => {
    const { code, stdout, stderr } = await runInProcess('release-plan-report', ['--mock'], {}, simulator);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/\| #\d+ Payments 1\.14 rollout \| wait_for_approval \| bob \|/);
    expect(stdout).toMatch(/\| #\d+ Storefront 2\.4 release \| success \|/);
  });
});
