import { type FaultServer, type FaultStep, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { isClosed, mockUrlOf, runScript } from './run-script.js';

const prism = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 't' };

const environment = {
  project_key: 'shop',
  env_key: 'dev',
  update_by: 'admin',
  update_time: 1700000000,
  cluster_id: 'c1',
  namespace: 'shop-dev',
  registry_id: 'r0',
  global_variables: [],
  status: 'success',
  services: [
    {
      service_name: 'api',
      containers: [
        { name: 'api', image: 'dev.example.com/shop/api:20240101-1-main', image_name: 'api' },
        { name: 'migrate', type: 'init', image: 'dev.example.com/shop/migrate:7' },
      ],
      variable_kvs: [],
      status: 'running',
      type: 'k8s',
    },
    {
      service_name: 'web',
      containers: [{ name: 'web', image: 'dev.example.com/shop/web:abc', image_name: 'web' }],
      variable_kvs: [],
      status: 'running',
      type: 'k8s',
    },
  ],
};

function image(container: string, status: string, error = '') {
  return {
    container_name: container,
    image_name: container,
    source_image: `dev.example.com/shop/${container}:1`,
    target_image: `registry.example.com/team/${container}:v2`,
    push_image: true,
    status,
    error,
  };
}

function detail(status: string, images: ReturnType<typeof image>[], error = ''): FaultStep {
  return {
    body: {
      version: 'v2',
      project_name: 'shop',
      env_name: 'dev',
      type: 'K8SYaml',
      source: 'from_env',
      status,
      error,
      services: images.map((i) => ({ service_name: i.container_name, images: [i], error: '' })),
    },
  };
}

describe('release-from-env', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(details: FaultStep[], envPath = '/openapi/environments/dev') {
    server = await startFaultServer({
      [`GET ${envPath}`]: [{ body: environment }],
      'GET /openapi/system/registry/r1': [
        {
          body: {
            registry_id: 'r1',
            address: 'https://registry.example.com/',
            provider: 'harbor',
            region: '',
            namespace: 'team',
            is_default: false,
          },
        },
      ],
      'POST /openapi/delivery/releases/k8s': [{ body: { message: 'success' } }],
      'GET /openapi/delivery/releases/detail': details,
    });
    return { ZADIG_URL: server.url, ZADIG_TOKEN: 't' };
  }

  it('creates a version from the mock environment, valid for the spec, and prints a summary', async () => {
    // Prism validates the request body against the spec: a 0 exit means createK8sRelease accepted it.
    const { code, stdout, stderr, sleptMs } = await runInProcess(
      'release-from-env',
      ['--project', 'demo', '--env', 'dev', '--version', 'v1.2.0', '--registry', '630c7ad700430c131062e245'],
      prism,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Creating version v1.2.0 of demo from environment dev: 1 service, 1 image, pushed to ****.***.tencentyun.com/koderover-**',
    );
    // The mock's version is final at the first poll: no wait.
    expect(stdout).toContain('[0:00] version v1.2.0: success');
    expect(sleptMs).toBe(0);
    expect(stdout).toContain(
      'service1: koderover.tencentcloudcr.com/test/service1:20250908142239-3-patrick-01 -> koderover.tencentcloudcr.com/test/service1:v2  [pushed]',
    );
    expect(stdout).toContain('Images: 2, pushed: 2');
    expect(stdout).toContain('Errors: none');
  });

  // The one test that spawns tsx: the file runs as a script, and the simulator --mock starts is stopped.
  it('runs against its own simulator with --mock and stops it', async () => {
    const { code, stdout, stderr } = await runScript('release-from-env', [
      '--mock',
      '--project',
      'storefront',
      '--env',
      'prod',
      '--version',
      'v2.5.0',
      '--production',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Version v2.5.0 of storefront: success');
    expect(await isClosed(mockUrlOf(stderr))).toBe(true);
    // tsx, then the simulator's real clock (a version takes it seconds to make); the ceiling only stops a hang.
  }, 180_000);

  it('waits while the version is creating, then exits 0 on success', async () => {
    const env = await serve([
      detail('creating', [image('api', ''), image('web', '')]),
      detail('creating', [image('api', 'running'), image('web', 'passed')]),
      detail('success', [image('api', 'passed'), image('web', 'passed')]),
    ]);
    const { code, stdout, stderr, sleptMs } = await runInProcess(
      'release-from-env',
      ['--project', 'shop', '--env', 'dev', '--version', 'v2', '--registry', 'r1'],
      env,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(server?.requestsTo('GET /openapi/delivery/releases/detail')).toHaveLength(3);
    expect(server?.requestsTo('GET /openapi/delivery/releases/detail')[0]?.query.toString()).toBe(
      'projectKey=shop&versionName=v2',
    );
    // Each status change is printed once, in order, at its time: polls after the default 2 s, then 3 s.
    expect(stdout.match(/\[[\d:]+\] version v2: \w+/g)).toEqual([
      '[0:00] version v2: creating',
      '[0:05] version v2: success',
    ]);
    expect(sleptMs).toBe(5000);
    expect(stdout).toContain('Images: 2, pushed: 2');

    const body = JSON.parse(server?.requestsTo('POST /openapi/delivery/releases/k8s')[0]?.body ?? '{}');
    expect(body).toMatchObject({
      project_key: 'shop',
      version_name: 'v2',
      source: 'from_env',
      env_name: 'dev',
      production: false,
      image_registry_id: 'r1',
    });
    expect(body.services).toEqual([
      {
        service_name: 'api',
        images: [
          {
            container_name: 'api',
            image_name: 'api',
            source_image: 'dev.example.com/shop/api:20240101-1-main',
            source_image_tag: '20240101-1-main',
            target_image: 'registry.example.com/team/api:v2',
            target_image_tag: 'v2',
            push_image: true,
          },
          {
            container_name: 'migrate',
            image_name: 'migrate',
            source_image: 'dev.example.com/shop/migrate:7',
            source_image_tag: '7',
            target_image: 'registry.example.com/team/migrate:v2',
            target_image_tag: 'v2',
            push_image: true,
          },
        ],
      },
      {
        service_name: 'web',
        images: [
          expect.objectContaining({ target_image: 'registry.example.com/team/web:v2', push_image: true }),
        ],
      },
    ]);
  });

  it('exits 1 and lists the errors when the version fails', async () => {
    const env = await serve(
      [
        detail('creating', [image('api', 'running'), image('web', '')]),
        detail(
          'failed',
          [image('api', 'failed', 'unauthorized: authentication required'), image('web', 'passed')],
          'failed to push images',
        ),
      ],
      '/openapi/environments/production/prod',
    );
    const { code, stdout, sleptMs } = await runInProcess(
      'release-from-env',
      [
        ...['--project', 'shop', '--env', 'prod', '--production', '--version', 'v2', '--registry', 'r1'],
        ...['--poll-interval', '10000'],
      ],
      env,
    );
    expect(code).toBe(1);
    // The second poll comes after --poll-interval.
    expect(stdout.match(/\[[\d:]+\] version v2: \w+/g)).toEqual([
      '[0:00] version v2: creating',
      '[0:10] version v2: failed',
    ]);
    expect(sleptMs).toBe(10_000);
    expect(stdout).toContain('Version v2 of shop: failed');
    expect(stdout).toContain('[push failed: unauthorized: authentication required]');
    expect(stdout).toContain('Images: 2, pushed: 1');
    expect(stdout).toContain(
      'Errors (2):\n  - version: failed to push images\n  - api/api: unauthorized: authentication required',
    );
    const body = JSON.parse(server?.requestsTo('POST /openapi/delivery/releases/k8s')[0]?.body ?? '{}');
    expect(body).toMatchObject({ env_name: 'prod', production: true });
  });

  it('records the images as they are without --registry', async () => {
    const env = await serve([detail('success', [])]);
    const { code, stdout } = await runInProcess(
      'release-from-env',
      ['--project', 'shop', '--env', 'dev', '--version', 'v2'],
      env,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('2 services, 3 images, not pushed');
    expect(server?.requestsTo('GET /openapi/system/registry/r1')).toHaveLength(0);
    const body = JSON.parse(server?.requestsTo('POST /openapi/delivery/releases/k8s')[0]?.body ?? '{}');
    expect(body.image_registry_id).toBeUndefined();
    expect(body.services[1].images[0]).toMatchObject({
      target_image: 'dev.example.com/shop/web:abc',
      target_image_tag: 'abc',
      push_image: false,
    });
  });

  it('exits 1 with the server error when the environment does not exist', async () => {
    server = await startFaultServer({
      'GET /openapi/environments/nope': [
        {
          status: 400,
          body: { type: 'error', code: 6672, message: 'Bad Request', description: 'env not found' },
        },
      ],
    });
    const { code, stderr } = await runInProcess(
      'release-from-env',
      ['--project', 'shop', '--env', 'nope', '--version', 'v2'],
      { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('Bad Request: env not found (HTTP 400, Zadig code 6672)');
    expect(server.requestsTo('POST /openapi/delivery/releases/k8s')).toHaveLength(0);
  });

  it.each([
    [['--project', 'p', '--env', 'dev'], 'missing required flag --version'],
    [
      ['--project', 'p', '--env', 'dev', '--version', 'v', '--timeout', '1m'],
      '--timeout: expected a positive integer, got "1m"',
    ],
    [['--project', 'p', '--env', 'dev', '--version'], "Option '--version <value>' argument missing"],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await runInProcess('release-from-env', args, prism);
    expect(code).toBe(2);
    expect(stderr).toContain(`error: ${message}`);
    expect(stderr).toContain('\n\nUsage: release-from-env --project <key>');
    expect(stdout).toBe('');
  });
});
