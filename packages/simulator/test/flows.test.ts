// The flows people script, through @zadig-ts/client over HTTP, with time moved by the client's own polling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAIL_PARAMETER } from '../src/index.js';
import { checkExchange, type Harness, harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  // Every answer the flows got is what the spec says it is.
  expect(h.exchanges.flatMap((e) => checkExchange(e).violations)).toEqual([]);
  await h.stop();
});

describe('a version from an environment', () => {
  it('is creating, then success, and listReleases counts it', async () => {
    const before = await h.zadig.call('listReleases', { projectKey: 'storefront', pageNum: 1, pageSize: 20 });
    await h.zadig.call('createK8sRelease', {
      body: {
        project_key: 'storefront',
        version_name: 'v2.5.0',
        source: 'from_env',
        env_name: 'dev',
        production: false,
        desc: 'Wishlists',
        labels: ['rc'],
      },
    });
    const created = await h.zadig.call('getRelease', { projectKey: 'storefront', versionName: 'v2.5.0' });
    expect(created.status).toBe('creating');
    expect(created.services.map((s) => s.service_name)).toEqual(['web', 'catalog', 'cart']);
    expect(created.services[0]?.images?.[0]?.target_image).toMatch(/\/web:v2\.5\.0$/);

    const statuses: string[] = [];
    const done = await h.zadig.waitFor.release(
      { projectKey: 'storefront', versionName: 'v2.5.0' },
      { intervalMs: 1000, onProgress: (p) => statuses.push(p.status) },
    );
    expect(done.status).toBe('success');
    expect(statuses[0]).toBe('creating');

    const after = await h.zadig.call('listReleases', { projectKey: 'storefront', pageNum: 1, pageSize: 20 });
    expect(after.total).toBe((before.total ?? 0) + 1);
    expect(after.list?.[0]).toMatchObject({ version_name: 'v2.5.0', status: 'success', labels: ['rc'] });
    expect(after.list).toHaveLength(after.total as number);
  });

  it('cannot be created twice, nor from an environment that does not exist', async () => {
    const again = await h.request('POST', '/openapi/delivery/releases/k8s', {
      body: { project_key: 'storefront', version_name: 'v2.4.0', source: 'from_env', env_name: 'dev' },
    });
    expect(again.status).toBe(400);
    expect(JSON.parse(again.body)).toMatchObject({
      type: 'error',
      description: 'version v2.4.0 already exists in storefront',
    });
    const noEnv = await h.request('POST', '/openapi/delivery/releases/k8s', {
      body: { project_key: 'storefront', version_name: 'v9', source: 'from_env', env_name: 'staging' },
    });
    expect(JSON.parse(noEnv.body).description).toBe('environment staging of storefront not found');
  });

  it('pages with a true total, and a deleted version goes', async () => {
    const pages = [];
    for (let pageNum = 1; pageNum <= 3; pageNum++) {
      pages.push(await h.zadig.call('listReleases', { projectKey: 'storefront', pageNum, pageSize: 2 }));
    }
    const total = pages[0]?.total as number;
    expect(pages.every((p) => p.total === total)).toBe(true);
    const names = pages.flatMap((p) => p.list?.map((v) => v.version_name) ?? []);
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(total);

    const failed = pages.flatMap((p) => p.list ?? []).find((v) => v.version_name === 'v2.3.1');
    expect(failed?.status).toBe('failed');
    await h.zadig.call('retryRelease', { id: failed?.id as string, projectKey: 'storefront' });
    expect(
      (await h.zadig.call('getRelease', { projectKey: 'storefront', versionName: 'v2.3.1' })).status,
    ).toBe('retrying');
    expect((await h.zadig.waitFor.release({ projectKey: 'storefront', versionName: 'v2.3.1' })).status).toBe(
      'success',
    );

    await h.zadig.call('deleteRelease', { id: failed?.id as string, projectKey: 'storefront' });
    const after = await h.zadig.call('listReleases', { projectKey: 'storefront', pageNum: 1, pageSize: 50 });
    expect(after.total).toBe(total - 1);
    expect(after.list?.some((v) => v.version_name === 'v2.3.1')).toBe(false);
    const gone = await h.request(
      'GET',
      '/openapi/delivery/releases/detail?projectKey=storefront&versionName=v2.3.1',
    );
    expect(gone.status).toBe(404);
  });
});

describe('a workflow task', () => {
  it('goes queued, running, passed job by job, and its log streams live', async () => {
    const started = await h.zadig.call('executeWorkflow', {
      body: { project_key: 'storefront', workflow_key: 'storefront-ci' },
    });
    const input = { workflowKey: 'storefront-ci', taskId: started.task_id };
    expect((await h.zadig.call('getWorkflowTask', input)).status).toBe('queued');

    // Follow the build's log while time moves: lines arrive as the job writes them, and the stream ends with it.
    const lines: string[] = [];
    const stream = h.zadig.logs.workflowJob({
      workflowName: 'storefront-ci',
      taskID: started.task_id,
      jobName: 'build',
      lines: 500,
    });
    const reading = (async () => {
      for await (const line of stream) lines.push(line);
    })();
    const seen: string[] = [];
    while (lines.length === 0 || !lines.at(-1)?.startsWith('build ')) {
      h.clock.advance(1000);
      const task = await h.zadig.call('getWorkflowTask', input);
      seen.push(
        `${task.status}:${task.stages?.map((s) => s.jobs?.map((j) => j.status || '-').join(',')).join('|')}`,
      );
      if (seen.length > 200) throw new Error(`the build never ended: ${seen.slice(-3).join(' ')}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await reading;
    expect(lines[0]).toBe("Cloning into '/workspace/storefront'...");
    expect(lines.at(-1)).toBe('build storefront-ci done');
    expect(seen).toContain('running:running|-|-');

    const done = await h.zadig.waitFor.workflowTask(input);
    expect(done.status).toBe('passed');
    expect(done.stages?.map((s) => s.status)).toEqual(['passed', 'passed', 'passed']);
    expect(done.end_time).toBeGreaterThan(done.start_time as number);

    const whole = await h.zadig.call('getWorkflowTaskJobLogs', {
      workflowName: 'storefront-ci',
      taskID: started.task_id,
      jobName: 'build',
    });
    expect(String(whole).trimEnd().split('\n')).toEqual(lines);

    const tasks = await h.zadig.call('listWorkflowTasks', { name: 'storefront-ci' });
    expect(tasks.workflow_tasks?.[0]).toMatchObject({ task_id: started.task_id, status: 'passed' });
    expect(tasks.total).toBe(started.task_id);
    // Without paging parameters, the server's page size of 10.
    expect(tasks.workflow_tasks).toHaveLength(Math.min(10, started.task_id));
  });

  it(`fails at the job ${FAIL_PARAMETER} names, and a cancel stops a running task`, async () => {
    const failing = await h.zadig.call('executeWorkflow', {
      body: {
        workflow_key: 'payments-build-deploy',
        parameters: [{ name: FAIL_PARAMETER, value: 'deploy-dev', type: 'string' }],
      },
    });
    const failed = await h.zadig.waitFor.workflowTask({
      workflowKey: 'payments-build-deploy',
      taskId: failing.task_id,
    });
    expect(failed.status).toBe('failed');
    expect(failed.stages?.flatMap((s) => s.jobs?.map((j) => `${j.name}:${j.status}`))).toEqual([
      'build:passed',
      'deploy-dev:failed',
    ]);

    const log = await h.zadig.call('getWorkflowTaskJobLogs', {
      workflowName: 'payments-build-deploy',
      taskID: failing.task_id,
      jobName: 'deploy-dev',
    });
    expect(String(log).trimEnd().split('\n').at(-1)).toBe('ERROR: deploy-dev failed: exit status 1');

    const running = await h.zadig.call('executeWorkflow', {
      body: { workflow_key: 'payments-build-deploy' },
    });
    h.clock.advance(5000);
    await h.zadig.call('cancelWorkflowTask', {
      workflowKey: 'payments-build-deploy',
      taskId: running.task_id,
    });
    h.clock.advance(60_000);
    const cancelled = await h.zadig.call('getWorkflowTask', {
      workflowKey: 'payments-build-deploy',
      taskId: running.task_id,
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.stages?.[0]?.jobs?.[0]?.status).toBe('cancelled');
  });
});

describe('a release plan', () => {
  it('moves planning, waits at the approval until approved, executes and succeeds', async () => {
    const { id } = await h.zadig.call('createReleasePlan', {
      body: {
        name: 'Storefront 2.5 hotfix',
        manager: 'alice',
        approval: {
          enabled: true,
          type: 'native',
          native_approval: { timeout: 60, needed_approvers: 1, approve_users: [{ user_name: 'carol' }] },
        },
      },
    });
    await h.zadig.call('updateReleasePlan', {
      id,
      body: {
        name: 'Storefront 2.5 hotfix',
        manager: 'alice',
        approval: { enabled: true, type: 'native' },
        jobs: [
          { name: 'Announce', type: 'text', spec: { content: 'Deploying at 10:00' } },
          {
            name: 'Deploy',
            type: 'workflow',
            spec: { workflow_key: 'storefront-release', project_key: 'storefront' },
          },
        ],
      },
    });
    const listed = await h.zadig.call('listReleasePlans', { pageNum: 1, pageSize: 1 });
    expect(listed.list?.[0]?.id).toBe(id);

    const statuses: string[] = [];
    let plan = await h.zadig.call('getReleasePlan', { id });
    while (plan.status !== 'wait_for_approval') {
      statuses.push(plan.status);
      h.clock.advance(2000);
      plan = await h.zadig.call('getReleasePlan', { id });
    }
    expect(statuses[0]).toBe('planning');
    h.clock.advance(3_600_000);
    expect((await h.zadig.call('getReleasePlan', { id })).status).toBe('wait_for_approval');
    const refused = await h.request('PATCH', `/openapi/release_plan/v1/${id}`, {
      body: { name: 'x', manager: 'alice' },
    });
    expect(JSON.parse(refused.body).description).toMatch(
      /is wait_for_approval; only a plan in planning can be updated/,
    );

    const approve = await fetch(`${h.sim.url}/_sim/release-plans/${id}/approve`, { method: 'POST' });
    expect(approve.status).toBe(200);
    const executing = await h.zadig.call('getReleasePlan', { id });
    expect(executing.status).toBe('executing');
    expect(executing.jobs?.map((j) => j.status)).toEqual(['running', 'todo']);

    const done = await h.zadig.waitFor.releasePlan({ id });
    expect(done.status).toBe('success');
    expect(done.jobs?.map((j) => j.status)).toEqual(['done', 'done']);
    expect(done.approval?.status).toBe('approve');
  });

  it('refuses an approval when the plan is not waiting for one', async () => {
    const planning = h.sim.state.releasePlans.find((p) => p.name === 'Storefront 2.5 release');
    const response = await fetch(`${h.sim.url}/_sim/release-plans/${planning?.id}/approve`, {
      method: 'POST',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'error', code: 400 });
  });
});

describe('projects and environments', () => {
  it('a created project appears, and a deleted one goes with its environments and workflows', async () => {
    await h.zadig.call('createProject', {
      body: {
        project_name: 'Search',
        project_key: 'search',
        project_type: 'yaml',
        is_public: false,
        description: 'Product search',
      },
    });
    const list = await h.zadig.call('listProjects', {});
    expect(list.projects.map((p) => p.project_key)).toEqual(['storefront', 'payments', 'search']);
    expect(list.total).toBe(3);
    expect(
      (await h.zadig.call('listProjects', { pageNum: 2, pageSize: 2 })).projects.map((p) => p.project_key),
    ).toEqual(['search']);
    expect(await h.zadig.call('getProject', { projectKey: 'search' })).toMatchObject({
      project_name: 'Search',
      desc: 'Product search',
    });
    const duplicate = await h.request('POST', '/openapi/projects/project', {
      body: { project_name: 'S', project_key: 'search', project_type: 'yaml' },
    });
    expect(duplicate.status).toBe(400);

    await h.zadig.call('deleteProject', { projectKey: 'payments', isDelete: true });
    expect((await h.zadig.call('listProjects', {})).total).toBe(2);
    expect((await h.request('GET', '/openapi/environments?projectKey=payments')).status).toBe(404);
    expect(
      (await h.request('GET', '/openapi/workflows/custom/task?workflowKey=payments-e2e&taskId=1')).status,
    ).toBe(404);
  });

  it('a created environment runs its services; a created workflow runs its jobs and an update changes them', async () => {
    // Raw: the client's type of a container to create (an allOf with a bare `required`) accepts no object.
    const created = await h.request('POST', '/openapi/environments?projectKey=storefront', {
      body: {
        env_key: 'qa',
        cluster_id: '6754a0c1e2d3f40011223344',
        namespace: 'storefront-qa',
        registry_id: '6754a0c1e2d3f40055667788',
        services: [{ service_name: 'web', containers: [{ name: 'web', image: 'r.example/web:2.5.0-rc1' }] }],
      },
    });
    expect(created.status).toBe(200);
    const envs = await h.zadig.call('listEnvironments', { projectKey: 'storefront' });
    expect(envs.map((e) => e.env_key)).toContain('qa');
    const qa = await h.zadig.call('getEnvironment', { projectKey: 'storefront', envName: 'qa' });
    expect(qa.services.map((s) => s.containers[0]?.image)).toEqual(['r.example/web:2.5.0-rc1']);
    const again = await h.request('POST', '/openapi/environments?projectKey=storefront', {
      body: { env_key: 'qa', cluster_id: 'c', namespace: 'n', registry_id: 'r' },
    });
    expect(JSON.parse(again.body).description).toBe('environment qa already exists in storefront');

    const definition = {
      name: 'storefront-nightly',
      project: 'storefront',
      stages: [{ name: 'test', parallel: true, jobs: [{ name: 'e2e', type: 'zadig-test' as const }] }],
    };
    await h.zadig.call('createWorkflow', { body: definition });
    const { workflows } = await h.zadig.call('listWorkflows', { projectKey: 'storefront' });
    expect(workflows?.map((w) => w.workflow_key)).toContain('storefront-nightly');
    await h.zadig.call('updateWorkflow', {
      name: 'storefront-nightly',
      body: {
        ...definition,
        stages: [
          ...definition.stages,
          { name: 'report', parallel: true, jobs: [{ name: 'publish', type: 'freestyle' as const }] },
        ],
      },
    });
    const { task_id } = await h.zadig.call('executeWorkflow', {
      body: { workflow_key: 'storefront-nightly' },
    });
    const done = await h.zadig.waitFor.workflowTask({ workflowKey: 'storefront-nightly', taskId: task_id });
    expect(done.stages?.map((s) => `${s.name}:${s.jobs?.map((j) => j.name).join(',')}:${s.status}`)).toEqual([
      'test:e2e:passed',
      'report:publish:passed',
    ]);
  });

  it('a restarted service gets new pods; a deleted environment goes', async () => {
    const before = await h.zadig.call('listEnvironmentServicePods', {
      projectKey: 'storefront',
      envName: 'dev',
      serviceName: 'web',
    });
    h.clock.advance(60_000);
    await h.zadig.call('restartEnvironmentService', {
      projectKey: 'storefront',
      envName: 'dev',
      serviceName: 'web',
    });
    const after = await h.zadig.call('listEnvironmentServicePods', {
      projectKey: 'storefront',
      envName: 'dev',
      serviceName: 'web',
    });
    expect(after.pods.map((p) => p.pod_name)).not.toEqual(before.pods.map((p) => p.pod_name));
    expect(after.pods[0]?.create_time).toBeGreaterThan(before.pods[0]?.create_time as number);

    const prod = await h.zadig.call('listProductionEnvironments', { projectKey: 'storefront' });
    expect(prod.map((e) => e.env_key)).toEqual(['prod']);
    await h.zadig.call('deleteEnvironment', { projectKey: 'storefront', envName: 'dev', isDelete: true });
    const left = await h.zadig.call('listEnvironments', { projectKey: 'storefront' });
    expect(left.map((e) => e.env_key)).not.toContain('dev');
    expect((await h.request('GET', '/openapi/environments/dev?projectKey=storefront')).status).toBe(404);
  });
});
