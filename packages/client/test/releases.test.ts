// The client against servers of different Zadig releases: one Prism serves the per-release bundles of
// @zadig-ts/openapi side by side (`<releasePrismUrl>/<release>` routes exactly what that release routes).
import { describe, expect, inject, it } from 'vitest';
import {
  availableIn,
  createZadigClient,
  detectZadigVersion,
  NotFoundError,
  normalizeZadigVersion,
  operationsMissingIn,
  operationTable,
  routedIn,
  TRACKED_RELEASES,
  UnsupportedOperationError,
  ZadigConfigError,
  ZadigError,
} from '../src/index.js';

const releaseUrl = (release: string) => `${inject('releasePrismUrl')}/${release}`;

/** A client for one release's server, recording every request it sends. */
function clientFor(release: string, zadigVersion: string | null = release) {
  const sent: string[] = [];
  const zadig = createZadigClient({
    baseUrl: releaseUrl(release),
    token: 't',
    maxRetries: 0,
    zadigVersion: zadigVersion ?? undefined,
    fetch: (request) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return globalThis.fetch(request);
    },
  });
  return { zadig, sent };
}

describe('zadigVersion', () => {
  it('normalises the forms people write to a tracked release', () => {
    expect(normalizeZadigVersion('5.0.0')).toBe('v5.0.0');
    expect(normalizeZadigVersion('v5.0.0')).toBe('v5.0.0');
    expect(normalizeZadigVersion('4.2')).toBe('v4.2.0');
    expect(normalizeZadigVersion('v4.2.3')).toBe('v4.2.1');
    expect(normalizeZadigVersion('3.4.1')).toBe('v3.4.0');
    expect(normalizeZadigVersion('2.3.0')).toBe('v3.4.0');
    expect(normalizeZadigVersion('5.1.0')).toBe('main');
    expect(normalizeZadigVersion('MAIN')).toBe('main');
    expect(createZadigClient({ baseUrl: 'http://x', zadigVersion: '4.3.0' }).options.zadigVersion).toBe(
      'v4.3.0',
    );
    expect(() => createZadigClient({ baseUrl: 'http://x', zadigVersion: 'five' })).toThrow(ZadigConfigError);
    expect(() => normalizeZadigVersion('five')).toThrow(/"five" is not a Zadig version/);
  });

  it('lists the tracked releases and what each lacks, from the operations marks', () => {
    expect(TRACKED_RELEASES).toEqual([
      'v3.4.0',
      'v4.0.0',
      'v4.1.0',
      'v4.2.0',
      'v4.2.1',
      'v4.3.0',
      'v5.0.0',
      'main',
    ]);
    expect(routedIn('restartEnvironmentPod')).toEqual(['main']);
    // Callable wherever it or its older shape is routed: the client reroutes.
    expect(availableIn('restartEnvironmentPod')).toEqual(['v4.3.0', 'v5.0.0', 'main']);
    expect(availableIn('createServiceFromRepo')).toEqual(['v5.0.0', 'main']);
    expect(availableIn('restartEnvironmentServicePod')).toEqual(['v4.3.0', 'v5.0.0']);
    expect(availableIn('listProductWorkflowTasks')).toEqual(['v3.4.0']);
    expect(availableIn('listWorkflows')).toEqual([...TRACKED_RELEASES]);
    const missing = operationsMissingIn('5.0.0');
    expect(missing).toContain('listChartTemplates');
    expect(missing).toContain('getReleaseById');
    expect(missing).not.toContain('restartEnvironmentServicePod');
    expect(missing).not.toContain('restartEnvironmentPod');
    expect(operationsMissingIn('4.2.1')).toContain('restartEnvironmentPod');
    expect(missing).toEqual([...missing].sort());
    // Every operation is missing exactly from the releases availableIn does not name.
    for (const release of TRACKED_RELEASES) {
      const lacks = new Set(operationsMissingIn(release));
      for (const id of Object.keys(operationTable)) {
        expect(lacks.has(id), `${id} in ${release}`).toBe(!availableIn(id).includes(release));
      }
    }
  });
});

describe('a client given the server release', () => {
  it('refuses an operation that release does not route, before sending anything', async () => {
    const { zadig, sent } = clientFor('v5.0.0');
    const error = await zadig.service.listChartTemplates({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error).toBeInstanceOf(ZadigError);
    expect(error).toMatchObject({
      operationId: 'listChartTemplates',
      zadigVersion: 'v5.0.0',
      availableIn: ['main'],
    });
    expect((error as Error).message).toBe(
      'listChartTemplates is not available in Zadig v5.0.0; it is available in main',
    );
    await expect(zadig.call('getReleaseById', { id: 'x' })).rejects.toThrow(UnsupportedOperationError);
    expect(sent).toEqual([]);
  });

  it('sends a pod restart with the service segment to v5.0.0 and v4.3.0, which route only that', async () => {
    for (const release of ['v5.0.0', 'v4.3.0']) {
      const { zadig, sent } = clientFor(release);
      const done = await zadig.environment.restartEnvironmentPod({
        envName: 'dev',
        podName: 'service1-7d9c-abcde',
        projectKey: 'demo',
        serviceName: 'service1',
      });
      expect(done).toEqual({ message: 'success' });
      await zadig.environment.restartProductionEnvironmentPod({
        envName: 'prod',
        podName: 'p',
        projectKey: 'demo',
        serviceName: 'service1',
      });
      expect(sent).toEqual([
        `POST /${release}/openapi/environments/dev/service/service1/pod/service1-7d9c-abcde/restart`,
        `POST /${release}/openapi/environments/production/prod/service/service1/pod/p/restart`,
      ]);
    }
  });

  it('says which input the older route needs when it is missing, before sending anything', async () => {
    const { zadig, sent } = clientFor('v5.0.0');
    await expect(
      zadig.environment.restartEnvironmentPod({ envName: 'dev', podName: 'p', projectKey: 'demo' }),
    ).rejects.toThrow(
      'restartEnvironmentPod on Zadig v5.0.0 is sent as restartEnvironmentServicePod (the route that release has), which needs serviceName',
    );
    expect(sent).toEqual([]);
  });

  it('refuses pod restarts on releases that have none', async () => {
    const { zadig, sent } = clientFor('v3.4.0');
    const error = await zadig.environment
      .restartEnvironmentPod({ envName: 'dev', podName: 'p', projectKey: 'demo', serviceName: 's' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      operationId: 'restartEnvironmentPod',
      availableIn: ['v4.3.0', 'v5.0.0', 'main'],
    });
    expect(sent).toEqual([]);
  });

  it('sends createServiceFromRepo to v5.0.0 with the code host id in the path', async () => {
    const { zadig, sent } = clientFor('v5.0.0');
    await zadig.service.createServiceFromRepo({
      codehostName: 'github-demo',
      codehostId: 3,
      repoName: 'demo',
      repoOwner: 'koderover',
      body: {
        product_name: 'demo',
        service_paths: [{ service_name: 'backend', path: 'services/backend/deployment.yaml', is_dir: false }],
      },
    });
    expect(sent).toEqual(['POST /v5.0.0/openapi/service/loader/load/3']);
  });

  it('without zadigVersion sends the newest shape, which an older server does not route', async () => {
    const { zadig, sent } = clientFor('v5.0.0', null);
    await expect(
      zadig.environment.restartEnvironmentPod({ envName: 'dev', podName: 'p', projectKey: 'demo' }),
    ).rejects.toThrow(NotFoundError);
    expect(sent).toEqual(['POST /v5.0.0/openapi/environments/dev/pod/p/restart']);
  });

  it('calls the product workflow routes of v3.4.0', async () => {
    const { zadig, sent } = clientFor('v3.4.0');
    const tasks = await zadig.workflow.listProductWorkflowTasks({ name: 'wf', projectKey: 'demo' });
    expect(tasks[0]?.task_id).toBe(12);
    const run = await zadig.workflow.executeProductWorkflow({
      body: { workflow_key: 'wf', project_key: 'demo', input: { target_env: 'dev' } },
    });
    expect(run.task_id).toBe(13);
    expect(sent).toEqual([
      'GET /v3.4.0/openapi/workflows/product/wf/tasks',
      'POST /v3.4.0/openapi/workflows/product/task',
    ]);
    const newer = clientFor('v4.3.0');
    await expect(
      newer.zadig.workflow.listProductWorkflowTasks({ name: 'wf', projectKey: 'demo' }),
    ).rejects.toThrow('listProductWorkflowTasks is not available in Zadig v4.3.0; it is available in v3.4.0');
  });

  it('finds every operation of a release routed by that release server, and none it lacks', async () => {
    // Raw requests (no zadigVersion): Prism answers NO_PATH_MATCHED / NO_METHOD_MATCHED only for routes it lacks.
    const release = 'v4.3.0';
    const unrouted = async (method: string, path: string) => {
      const url = `${releaseUrl(release)}${path.replace(/\{[^}]+\}/g, '1')}`;
      const response = await fetch(url, { method, headers: { authorization: 'Bearer t' } });
      const text = await response.text();
      // A path it has with another method is 405 in Prism (the server's router answers 404 to both).
      return (
        (response.status === 404 && text.includes('NO_PATH_MATCHED')) ||
        (response.status === 405 && text.includes('NO_METHOD_MATCHED'))
      );
    };
    for (const [id, op] of Object.entries(operationTable)) {
      if (!op.path.startsWith('/openapi/')) continue;
      expect(await unrouted(op.method, op.path), `${id} on ${release}`).toBe(!routedIn(id).includes(release));
    }
  });
});

describe('detectZadigVersion', () => {
  it('reads the version the CLI context reports to administrators', async () => {
    // The documented example is an administrator's answer, with server_version.
    expect(await detectZadigVersion({ baseUrl: releaseUrl('v5.0.0'), token: 't' })).toMatch(
      /^v\d+\.\d+\.\d+$/,
    );
    const { zadig } = clientFor('v5.0.0');
    expect(await detectZadigVersion(zadig)).toMatch(/^v\d+\.\d+\.\d+$/);
  });

  it('cannot tell on servers older than v5.0.0, which do not route it', async () => {
    expect(
      await detectZadigVersion({ baseUrl: releaseUrl('v4.3.0'), token: 't', maxRetries: 0 }),
    ).toBeUndefined();
  });
});
