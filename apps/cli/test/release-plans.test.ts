import { describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.js';

const env = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 'cli-test-token' };

describe('zadigctl release-plans', () => {
  it('lists plans', async () => {
    const { code, stdout } = await runCli(['release-plans', 'list'], { env });
    expect(code).toBe(0);
    expect(stdout.split('\t').slice(0, 3)).toEqual(['64f58a7ac573f7325c2744b6', '31', 'test-workflow-0904']);
  });

  it('shows one plan as field/value rows, nested parts summarized', async () => {
    const { code, stdout } = await runCli(['release-plans', 'get', '64f1a7cd1b7bd46ec353b50c'], { env });
    expect(code).toBe(0);
    const rows = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t')),
    );
    expect(rows).toMatchObject({
      name: 'plan-A',
      status: 'planning',
      approval: 'native',
      jobs: '1 job: 中间件变更',
    });
  });

  it('creates a plan from YAML and updates it with jobs', async () => {
    const created = await runCli(['release-plans', 'create', '--file', '-', '-o', 'json'], {
      env,
      input:
        'name: plan-example\nmanager: admin\napproval:\n  enabled: true\n  type: native\n  native_approval: {timeout: 5, needed_approvers: 1, approve_users: [{user_name: admin}]}\n',
    });
    expect(created.stderr).toBe('');
    expect(JSON.parse(created.stdout).id).toMatch(/^[0-9a-f]{24}$/);
    const updated = await runCli(
      ['release-plans', 'update', '64f1a7cd1b7bd46ec353b50c', '--file', '-', '-o', 'json'],
      {
        env,
        input: JSON.stringify({
          name: 'p',
          manager: 'admin',
          jobs: [
            { name: 't', type: 'text', spec: { content: 'check the dashboards' } },
            {
              name: 'w',
              type: 'workflow',
              spec: {
                workflow_key: 'deploy-prod',
                inputs: [{ job_name: 'deploy', job_type: 'zadig-deploy' }],
              },
            },
          ],
        }),
      },
    );
    expect(updated.stderr).toBe('');
    expect(updated.code).toBe(0);
  });

  it('points at a job whose spec does not fit its type', async () => {
    const { code, stderr } = await runCli(['release-plans', 'update', 'x', '--file', '-'], {
      env,
      input: JSON.stringify({
        name: 'p',
        manager: 'm',
        jobs: [{ name: 'j', type: 'workflow', spec: { content: 'x' } }],
      }),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('/jobs/0/spec/workflow_key: is required but missing');
  });
});
