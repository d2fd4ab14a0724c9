// Seeds: the default one is valid, a user's YAML file is read, and a bad one is refused value by value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSeed, DEFAULT_SEED, loadSeedFile, SeedError } from '../src/index.js';
import { harness } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'zadig-sim-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SMALL = `
user: dana
projects:
  - key: billing
    name: Billing
    environments:
      - name: staging
        services:
          - { name: invoices, image: registry.example/billing/invoices:3.1.0, replicas: 2 }
    workflows:
      - key: billing-deploy
        jobs:
          - { name: build, type: zadig-build }
          - { name: deploy, type: zadig-deploy }
        fail: deploy
        tasks: 2
    versions:
      - { name: "3.1.0", env: staging }
releasePlans:
  - name: Billing 3.2
    approval: true
    status: wait_for_approval
`;

async function violations(action: () => Promise<unknown>): Promise<string[]> {
  try {
    await action();
  } catch (error) {
    if (error instanceof SeedError) return error.violations.map((v) => `${v.pointer} ${v.message}`);
    throw error;
  }
  return [];
}

describe('seeds', () => {
  it('the default seed is valid', async () => {
    expect(await checkSeed(DEFAULT_SEED)).toBe(DEFAULT_SEED);
  });

  it('a seed file is what the simulator holds', async () => {
    const h = await harness({ seed: file('small.yaml', SMALL) });
    try {
      const projects = await h.zadig.call('listProjects', {});
      expect(projects).toEqual({
        total: 1,
        projects: [{ project_key: 'billing', project_name: 'Billing', description: '', deploy_type: 'k8s' }],
      });
      const pods = await h.zadig.call('listEnvironmentServicePods', {
        projectKey: 'billing',
        envName: 'staging',
        serviceName: 'invoices',
      });
      expect(pods.pods).toHaveLength(2);
      const tasks = await h.zadig.call('listWorkflowTasks', { name: 'billing-deploy' });
      expect(tasks.workflow_tasks?.map((t) => [t.task_id, t.status, t.task_creator])).toEqual([
        [2, 'failed', 'dana'],
        [1, 'failed', 'dana'],
      ]);
      const { task_id } = await h.zadig.call('executeWorkflow', { body: { workflow_key: 'billing-deploy' } });
      expect(
        (await h.zadig.waitFor.workflowTask({ workflowKey: 'billing-deploy', taskId: task_id })).status,
      ).toBe('failed');
      const plans = await h.zadig.call('listReleasePlans', { pageNum: 1, pageSize: 10 });
      const plan = await h.zadig.call('getReleasePlan', { id: plans.list?.[0]?.id as string });
      expect(plan).toMatchObject({ name: 'Billing 3.2', status: 'wait_for_approval', manager: 'dana' });
    } finally {
      await h.stop();
    }
  });

  it('a bad seed is refused with the JSON pointer of each bad value', async () => {
    const bad = file(
      'bad.yaml',
      `projects:
  - key: Billing
    colour: blue
    environments:
      - name: staging
        services:
          - { name: invoices, replicas: -1 }
    versions:
      - { name: "1.0", env: prod }
releasePlans:
  - { name: Q1, status: done }
`,
    );
    expect(await violations(() => loadSeedFile(bad))).toEqual(
      expect.arrayContaining([
        '/projects/0/key must match pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"',
        '/projects/0/colour is not an allowed property',
        '/projects/0/environments/0/services/0/image is required but missing',
        '/projects/0/environments/0/services/0/replicas must be >= 0',
        '/releasePlans/0/status must be one of "planning", "wait_for_approval", "executing", "success"',
      ]),
    );
    await expect(loadSeedFile(bad)).rejects.toThrow(`Invalid seed ${bad}:\n  /projects/0/`);
  });

  it('a seed whose references do not resolve is refused', async () => {
    const seed = {
      projects: [
        {
          key: 'a',
          environments: [{ name: 'dev' }],
          workflows: [{ key: 'w', jobs: [{ name: 'build', type: 'zadig-build' }], fail: 'deploy' }],
          versions: [{ name: 'v1', env: 'prod' }],
        },
        { key: 'a', workflows: [{ key: 'w', jobs: [{ name: 'x', type: 'freestyle' }] }] },
      ],
      releasePlans: [{ name: 'p', jobs: [{ name: 'run', type: 'workflow', workflow: 'nope' }] }],
    };
    expect(await violations(() => checkSeed(seed))).toEqual([
      '/projects/0/workflows/0/fail names no job of w',
      '/projects/0/versions/0/env names no environment of a (it has: dev)',
      '/projects/1/key repeats project a',
      '/projects/1/workflows/0/key repeats workflow w (keys are unique across projects)',
      '/releasePlans/0/jobs/0/workflow must name a workflow of the seed',
    ]);
  });

  it('a file that is not YAML is refused', async () => {
    expect((await violations(() => loadSeedFile(file('broken.yaml', 'projects: [\n'))))[0]).toMatch(
      /^ is not readable YAML: /,
    );
  });
});
