// True to the spec: every operation the simulator keeps state for answers what its schema says, whatever
// the state; every request is checked; a release serves only its routes.
import { detectZadigVersion } from '@zadig-ts/client';
import { createSpecValidator } from '@zadig-ts/openapi/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEFUL_OPERATIONS } from '../src/index.js';
import { loadSpec, type SpecOperation } from '../src/spec.js';
import { checkExchange, type Exchange, type Harness, harness } from './helpers.js';

const full = loadSpec();
const validator = createSpecValidator(full.doc);

/** A URL for `op` with every path parameter filled and the required query parameters as given. */
function urlOf(op: SpecOperation, query: Record<string, string> = {}): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.name === name);
    return param?.schema.type === 'integer' ? '1' : String(param?.schema.enum?.[0] ?? 'x1');
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

function requiredQuery(op: SpecOperation): Record<string, string> {
  const query: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in !== 'query' || !p.required) continue;
    const type = p.schema.type;
    query[p.name] =
      type === 'integer' || type === 'number'
        ? '1'
        : type === 'boolean'
          ? 'true'
          : (p.schema.enum?.[0] ?? 'x1');
  }
  return query;
}

describe('every operation with state', () => {
  let h: Harness;
  const answered: Exchange[] = [];
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.stop());

  it('answers each of them, at every stage of their lifecycles, as the spec says', async () => {
    const call = async (method: string, path: string, body?: unknown) => {
      const exchange = await h.request(method, path, body === undefined ? {} : { body });
      answered.push(exchange);
      expect(exchange.status, `${method} ${path}: ${exchange.body}`).toBeLessThan(300);
      return exchange;
    };
    const q = 'projectKey=storefront';
    await call('GET', '/openapi/system/cli/context');
    await call('GET', '/openapi/projects/project');
    await call('GET', '/openapi/projects/project?pageNum=1&pageSize=1');
    await call('GET', `/openapi/projects/project/detail?${q}`);
    await call('POST', '/openapi/projects/project', {
      project_name: 'Search',
      project_key: 'search',
      project_type: 'yaml',
    });
    await call('GET', `/openapi/environments?${q}`);
    await call('GET', `/openapi/environments/production?${q}`);
    await call('GET', `/openapi/environments/dev?${q}`);
    await call('GET', `/openapi/environments/production/prod?${q}`);
    await call('GET', `/openapi/environments/dev/services/web?${q}`);
    await call('GET', `/openapi/environments/production/prod/services/web?${q}`);
    await call('GET', `/openapi/environments/dev/service/web/pods?${q}`);
    await call('GET', `/openapi/environments/production/prod/service/web/pods?${q}`);
    await call('POST', `/openapi/environments/dev/service/web/restart?${q}`);
    await call('POST', `/openapi/environments/production/prod/service/web/restart?${q}`);
    await call('POST', `/openapi/environments?${q}`, {
      env_key: 'qa',
      cluster_id: 'c1',
      namespace: 'storefront-qa',
      registry_id: 'r1',
      services: [{ service_name: 'web', containers: [{ name: 'web', image: 'r.example/web:1' }] }],
    });
    await call('POST', `/openapi/environments/production?${q}`, {
      env_key: 'prod-eu',
      cluster_id: 'c2',
      namespace: 'storefront-prod-eu',
      registry_id: 'r1',
    });
    const definition = {
      name: 'storefront-nightly',
      project: 'storefront',
      stages: [{ name: 'test', jobs: [{ name: 'e2e', type: 'zadig-test' }] }],
    };
    await call('POST', '/openapi/workflows/custom', definition);
    await call('PUT', '/openapi/workflows/custom/storefront-nightly', {
      ...definition,
      display_name: 'Nightly',
    });
    await call('GET', `/openapi/workflows?${q}`);
    await call('GET', `/openapi/workflows/custom/storefront-ci/detail?${q}`);

    // A task queued, running, then finished; its logs at each stage.
    const started = JSON.parse(
      (
        await call('POST', '/openapi/workflows/custom/task', {
          workflow_key: 'storefront-ci',
          project_key: 'storefront',
        })
      ).body,
    );
    const task = `workflowKey=storefront-ci&taskId=${started.task_id}`;
    for (const step of [0, 3000, 30_000, 120_000]) {
      h.clock.advance(step);
      await call('GET', `/openapi/workflows/custom/task?${task}`);
      await call('GET', `/openapi/workflows/custom/storefront-ci/tasks?pageNum=1&pageSize=2`);
      await call('GET', `/openapi/logs/log/v4/workflow/storefront-ci/${started.task_id}/build`);
    }
    await call('PUT', `/openapi/workflows/custom/storefront-ci/task/${started.task_id}`, {
      remark: 'checked',
    });
    const stream = await fetch(
      `${h.sim.url}/openapi/logs/sse/v4/workflow/storefront-ci/${started.task_id}/unit-test/100`,
      {
        headers: { authorization: 'Bearer t' },
      },
    );
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    expect(await stream.text()).toMatch(/^(event:message\ndata:[^\n]*\n\n)+$/);
    answered.push({
      method: 'GET',
      url: stream.url,
      status: stream.status,
      contentType: 'text/event-stream',
      body: '',
    });
    const second = JSON.parse(
      (await call('POST', '/openapi/workflows/custom/task', { workflow_key: 'storefront-ci' })).body,
    );
    await call('DELETE', `/openapi/workflows/custom/task?workflowKey=storefront-ci&taskId=${second.task_id}`);
    await call('GET', `/openapi/workflows/custom/task?workflowKey=storefront-ci&taskId=${second.task_id}`);

    // Versions creating, failed, retrying, deleted.
    await call('POST', '/openapi/delivery/releases/k8s', {
      project_key: 'storefront',
      version_name: 'v3',
      source: 'from_env',
      env_name: 'dev',
    });
    await call('GET', `/openapi/delivery/releases/detail?${q}&versionName=v3`);
    await call('POST', '/openapi/delivery/releases/helm', {
      project_key: 'storefront',
      version_name: 'v3-chart',
      source: 'manual',
      image_registry_id: '6754a0c1e2d3f40055667788',
      chart_repo_name: 'charts',
      services: [
        {
          service_name: 'web',
          chart_version: '1.0.0',
          images: [
            { container_name: 'web', image_name: 'web', target_image: 'r.example/web:v3', push_image: true },
          ],
        },
      ],
    });
    await call('GET', `/openapi/delivery/releases?${q}&pageNum=1&pageSize=5`);
    const failed = h.sim.state.versions.find((v) => v.name === 'v2.3.1');
    await call('GET', `/openapi/delivery/releases/detail?${q}&versionName=v2.3.1`);
    await call('POST', `/openapi/delivery/releases/retry?id=${failed?.id}&${q}`);
    await call('GET', `/openapi/delivery/releases/detail?${q}&versionName=v2.3.1`);
    await call('DELETE', `/openapi/delivery/releases/${failed?.id}?${q}`);

    // Release plans in every state the seed and a new plan give.
    for (const plan of h.sim.state.releasePlans) await call('GET', `/openapi/release_plan/v1/${plan.id}`);
    await call('GET', '/openapi/release_plan/v1?pageNum=1&pageSize=5');
    const { id } = JSON.parse(
      (
        await call('POST', '/openapi/release_plan/v1', {
          name: 'Plan',
          manager: 'alice',
          approval: { enabled: true },
        })
      ).body,
    );
    await call('PATCH', `/openapi/release_plan/v1/${id}`, {
      name: 'Plan',
      manager: 'alice',
      approval: { enabled: true },
      jobs: [{ name: 'Note', type: 'text', spec: { content: 'hi' } }],
    });
    h.clock.advance(60_000);
    await call('GET', `/openapi/release_plan/v1/${id}`);
    h.sim.state.approveReleasePlan(id);
    await call('GET', `/openapi/release_plan/v1/${id}`);

    await call('DELETE', '/openapi/workflows/custom?workflowKey=storefront-release&projectKey=storefront');
    await call('DELETE', `/openapi/environments/production/prod?${q}`);
    await call('DELETE', `/openapi/environments/dev?${q}&isDelete=true`);
    await call('DELETE', '/openapi/projects/project?projectKey=payments&isDelete=true');

    const checked = answered.map((e) => checkExchange(e));
    expect(checked.flatMap((c) => c.violations)).toEqual([]);
    expect(STATEFUL_OPERATIONS.filter((id) => !checked.some((c) => c.operationId === id))).toEqual([]);
  });

  it('is checked by a check that catches a wrong answer', () => {
    const wrong = {
      method: 'GET',
      url: 'http://x/openapi/delivery/releases',
      status: 200,
      contentType: 'application/json',
      body: '{"list":[{"id":1}],"total":"2"}',
    };
    expect(checkExchange(wrong).violations).toEqual(
      expect.arrayContaining([
        'listReleases 200 /total: must be integer',
        'listReleases 200 /list/0/id: must be string',
      ]),
    );
  });

  it('answers a missing thing with 404 in Zadig error shape', async () => {
    for (const path of [
      '/openapi/projects/project/detail?projectKey=nope',
      '/openapi/environments/staging?projectKey=storefront',
      '/openapi/workflows/custom/task?workflowKey=storefront-ci&taskId=999',
      '/openapi/release_plan/v1/000000000000000000000000',
      '/openapi/logs/log/v4/workflow/storefront-ci/1/no-such-job',
    ]) {
      const answer = await h.request('GET', path);
      expect(answer.status, path).toBe(404);
      expect(checkExchange(answer).violations).toEqual([]);
      expect(JSON.parse(answer.body)).toMatchObject({
        type: 'error',
        code: 404,
        message: 'Not Found',
        extra: {},
      });
    }
  });
});

describe('every operation of the spec', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.stop());

  it('lets pages on another origin call it (CORS), as Prism does', async () => {
    const preflight = await fetch(
      `${h.sim.url}/openapi/delivery/releases?projectKey=storefront&pageNum=1&pageSize=10`,
      {
        method: 'OPTIONS',
        headers: {
          origin: 'http://127.0.0.1:5173',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      },
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
    const list = await fetch(
      `${h.sim.url}/openapi/delivery/releases?projectKey=storefront&pageNum=1&pageSize=10`,
      {
        headers: { origin: 'http://127.0.0.1:5173', authorization: 'Bearer t' },
      },
    );
    expect(list.status).toBe(200);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('needs a Bearer token', async () => {
    for (const op of full.operations) {
      for (const token of [null, '']) {
        const answer = await h.request(op.method, urlOf(op, requiredQuery(op)), { token });
        expect(answer.status, `${op.operationId} with token ${JSON.stringify(token)}`).toBe(401);
        expect(validator.response(op.operationId, 401, JSON.parse(answer.body))).toEqual([]);
      }
    }
  });

  it('answers a missing required parameter or body with 400 naming it', async () => {
    let checked = 0;
    for (const op of full.operations) {
      const query = requiredQuery(op);
      for (const name of Object.keys(query)) {
        const { [name]: _left, ...rest } = query;
        const answer = await h.request(op.method, urlOf(op, rest));
        expect(answer.status, `${op.operationId} without ${name}`).toBe(400);
        const body = JSON.parse(answer.body);
        expect(body).toMatchObject({ type: 'error', code: 400, message: 'Bad Request', extra: {} });
        expect(body.description).toContain(`/query/${name} is required but missing`);
        expect(validator.response(op.operationId, 400, body)).toEqual([]);
        checked++;
      }
      if (op.bodyRequired) {
        const answer = await h.request(op.method, urlOf(op, query), { body: '[1, 2' });
        expect(answer.status, `${op.operationId} with a broken body`).toBe(400);
        expect(JSON.parse(answer.body).description).toMatch(/^invalid request body: not JSON/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('answers a body that breaks the schema with 400 and the JSON pointer of the bad value', async () => {
    const answer = await h.request('POST', '/openapi/release_plan/v1', {
      body: { name: 'Plan', manager: 7 },
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).description).toBe('invalid request body: /manager must be string');
    const huge = await h.request('POST', '/openapi/release_plan/v1', {
      body: JSON.stringify({ name: 'x'.repeat(9 * 1024 * 1024), manager: 'm' }),
    });
    expect(huge.status).toBe(400);
    expect(JSON.parse(huge.body).description).toBe('invalid request body: larger than 8388608 bytes');
    const integer = await h.request(
      'GET',
      '/openapi/workflows/custom/task?workflowKey=storefront-ci&taskId=one',
    );
    expect(JSON.parse(integer.body).description).toBe(
      'invalid parameters: /query/taskId must be integer, got "one"',
    );
  });

  it('answers an operation it keeps no state for with its documented example', async () => {
    const stateless = full.operations.filter(
      (op) => !STATEFUL_OPERATIONS.includes(op.operationId) && op.method === 'GET',
    );
    expect(stateless.length).toBeGreaterThan(20);
    for (const op of stateless) {
      const answer = await h.request(op.method, urlOf(op, requiredQuery(op)));
      const example = op.example();
      expect(answer.status, op.operationId).toBe(example?.status ?? 200);
      if (example?.contentType.includes('json')) {
        expect(JSON.parse(answer.body), op.operationId).toEqual(example.body);
        expect(checkExchange(answer).violations).toEqual([]);
      } else {
        expect(answer.body, op.operationId).toBe(example?.body);
      }
    }
  });
});

describe('a release', () => {
  it('serves the routes of v4.3.0 and answers the others like gin', async () => {
    const h = await harness({ release: 'v4.3.0' });
    try {
      const release = loadSpec('v4.3.0');
      expect(h.sim.release).toBe('v4.3.0');
      const routed = new Set(release.operations.map((op) => `${op.method} ${op.path}`));
      const missing = full.operations.filter((op) => !routed.has(`${op.method} ${op.path}`));
      expect(missing.map((op) => op.operationId)).toContain('createWorkflow');
      for (const op of missing) {
        const answer = await h.request(op.method, urlOf(op, requiredQuery(op)));
        expect(answer.status, op.operationId).toBe(404);
        expect(answer.contentType).toBe('text/plain');
        expect(answer.body).toBe('404 page not found');
      }
      const releases = await h.request(
        'GET',
        '/openapi/delivery/releases?projectKey=storefront&pageNum=1&pageSize=1',
      );
      expect(releases.status).toBe(200);
      expect(checkExchange(releases, 'v4.3.0').violations).toEqual([]);
    } finally {
      await h.stop();
    }
  });

  it('refuses a release the spec does not track', async () => {
    await expect(harness({ release: 'v9.9.9' })).rejects.toThrow(
      /Unknown release "v9.9.9": the spec tracks v3.4.0, .*main/,
    );
  });
});

describe('the server it acts as', () => {
  it('reports its release to detectZadigVersion, and serves without a token when open', async () => {
    const h = await harness({ release: '5.0.0', open: true });
    try {
      expect(await detectZadigVersion(h.zadig)).toBe('v5.0.0');
      const anonymous = await h.request('GET', '/openapi/projects/project', { token: null });
      expect(anonymous.status).toBe(200);
      expect(checkExchange(anonymous, 'v5.0.0').violations).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
