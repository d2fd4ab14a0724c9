// The README's client examples, compiled: if the API drifts from the docs, this stops type-checking.
import { describe, it } from 'vitest';
import {
  createZadigClient,
  detectZadigVersion,
  NotFoundError,
  operationsMissingIn,
  redactSecrets,
  UnsupportedOperationError,
  unwrap,
} from '../src/index.js';

describe('README examples type-check', () => {
  it('compiles the secrets example', async () => {
    const zadig = createZadigClient({ baseUrl: 'https://zadig.example.com', token: 't' });
    const workflow = await zadig.workflow.getWorkflow({ name: 'deploy', projectKey: 'shop' });
    const { data, redacted } = redactSecrets('getWorkflow', workflow);
    const key: string = data.workflow_key;
    const pointers: string[] = redacted;
    void [key, pointers];
  });

  it('compiles the server-release example', async () => {
    const baseUrl = 'https://zadig.example.com';
    const token = process.env.ZADIG_TOKEN;
    const zadigVersion = (await detectZadigVersion({ baseUrl, token })) ?? '4.3.0';
    const zadig = createZadigClient({ baseUrl, token, zadigVersion });
    const missing: string[] = operationsMissingIn(zadigVersion);
    await zadig.environment.restartEnvironmentPod({
      projectKey: 'demo',
      envName: 'dev',
      podName: 'web-1',
      serviceName: 'web',
    });
    try {
      await zadig.service.listChartTemplates();
    } catch (error) {
      if (error instanceof UnsupportedOperationError) console.log(error.availableIn, missing);
    }
  });

  it('compiles', async () => {
    const zadig = createZadigClient({ baseUrl: 'https://zadig.example.com', token: process.env.ZADIG_TOKEN });
    const id = '64f1a7cd1b7bd46ec353b50c';
    const page = await zadig.delivery.listReleases({ projectKey: 'demo', pageNum: 1, pageSize: 20 });
    const version = await zadig.delivery.getRelease({ projectKey: 'demo', versionName: 'v1.2.0' });
    await zadig.releasePlan.updateReleasePlan({ id, body: { name: 'Q3', manager: 'admin', jobs: [] } });
    const task = await zadig.call('executeWorkflow', {
      body: { project_key: 'demo', workflow_key: 'deploy' },
    });
    const { data, error } = await zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id } } });
    const plan = await unwrap(zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id } } }));
    try {
      await zadig.delivery.getRelease({ projectKey: 'demo', versionName: 'nope' });
    } catch (e) {
      if (e instanceof NotFoundError) console.error(e.status, e.code, e.description);
    }
    const quick = zadig.withOptions({ timeoutMs: 5000, maxRetries: 0 });
    await zadig.project.listProjects({}, { timeoutMs: 2000, signal: AbortSignal.timeout(10_000) });
    for await (const v of zadig.paginate('listReleases', { projectKey: 'demo' }, { pageSize: 100 })) {
      console.log(v.version_name, v.status);
    }
    for await (const p of zadig.paginate('listReleasePlans', {}).pages()) console.log(p.total);
    const done = await zadig.waitFor.release(
      { projectKey: 'demo', versionName: 'v1.2.0' },
      { timeoutMs: 20 * 60_000, onProgress: (p) => console.log(p.status, p.elapsedMs) },
    );
    const { task_id } = await zadig.workflow.executeWorkflow({
      body: { project_key: 'demo', workflow_key: 'deploy' },
    });
    const finished = await zadig.waitFor.workflowTask({ workflowKey: 'deploy', taskId: task_id });
    for await (const line of zadig.logs.workflowJob({
      workflowName: 'deploy',
      taskID: 7,
      jobName: 'build',
      lines: 500,
    })) {
      console.log(line);
    }
    void [page, version, task, data, error, plan, quick, done, finished];
  });
});
