// Path parameters that cannot change the route: refused values throw a typed error naming the operation,
// the parameter and the value, on every surface of the client, and nothing reaches the server.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { DANGEROUS_VALUES, unsafePathValue } from '@zadig-ts/testing/route-integrity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createZadigClient,
  pathParameterProblem,
  prepareRequest,
  ZadigInvalidParameterError,
  ZadigInvalidPathParameterError,
} from '../src/index.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: {} }] });
});
afterAll(() => server.close());

function client() {
  return createZadigClient({ baseUrl: server.url, token: 't', maxRetries: 0 });
}

async function refusal(promise: Promise<unknown>): Promise<ZadigInvalidPathParameterError> {
  const before = server.requests.length;
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(server.requests.length).toBe(before);
  expect(error).toBeInstanceOf(ZadigInvalidPathParameterError);
  return error as ZadigInvalidPathParameterError;
}

// The dangerous values of the route-integrity property, split by its model: refused, or sent intact.
const REFUSED = DANGEROUS_VALUES.filter(unsafePathValue);
const KEPT = DANGEROUS_VALUES.filter((value) => !unsafePathValue(value));

describe('path parameters that would change the route', () => {
  it.each(REFUSED.map((v) => [JSON.stringify(v), v]))(
    'refuses %s in the operation layer',
    async (_, value) => {
      const error = await refusal(
        client().environment.deleteProductionEnvironmentConfig({
          projectKey: 'shop',
          envName: 'prod',
          cfgName: value,
          type: 'ConfigMap',
        } as never),
      );
      expect(error.operation).toBe('deleteProductionEnvironmentConfig');
      expect(error.parameter).toBe('cfgName');
      expect(error.value).toBe(value);
      expect(error.message).toContain(
        `deleteProductionEnvironmentConfig: path parameter cfgName ${JSON.stringify(value)} `,
      );
      expect(error.message).toMatch(/; nothing was sent$/);
    },
  );

  it('names the reason, decoding as a server or proxy would', () => {
    expect(pathParameterProblem('..')).toBe('is a dot segment, which would change the route');
    expect(pathParameterProblem('%252e')).toMatch(
      /^decodes to "\." which|^decodes to "\.", which is a dot segment/,
    );
    expect(pathParameterProblem('')).toMatch(/empty/);
    expect(pathParameterProblem('a/b')).toMatch(/separator/);
    expect(pathParameterProblem(undefined)).toBe('is missing');
    expect(pathParameterProblem(['..'])).toBe('is not a string or a number');
    expect(pathParameterProblem(7)).toBeUndefined();
    expect(pathParameterProblem('...')).toBeUndefined();
    expect(pathParameterProblem('%2e%2e%2e')).toBeUndefined();
  });

  it('refuses a missing path parameter instead of sending the placeholder', async () => {
    const error = await refusal(client().call('getReleasePlan', {} as never));
    expect(error.message).toBe('getReleasePlan: path parameter id is missing; nothing was sent');
  });

  it('checks the route an older release is sent on (reroutes)', async () => {
    const moved = Object.entries(
      (await import('../src/generated/operations.js')).MOVED_ROUTES as Record<
        string,
        { to: string; needs: string[] }
      >,
    )[0];
    expect(moved).toBeDefined();
    // Whatever moved, a '..' in every parameter of the older route is refused before anything is sent.
    const [from, { to }] = moved as [string, { to: string; needs: string[] }];
    const { operationTable, routedIn } = await import('../src/index.js');
    const older = operationTable[to as keyof typeof operationTable];
    const release = routedIn(to as never).find((r) => !routedIn(from as never).includes(r));
    expect(release).toBeDefined();
    const input = Object.fromEntries([...older.pathParams, ...older.queryParams].map((name) => [name, '..']));
    const error = await refusal(
      createZadigClient({ baseUrl: server.url, token: 't', zadigVersion: release }).call(
        from as never,
        input as never,
      ),
    );
    expect(error.operation).toBe(to);
  });

  it('covers pagination, waiters and log streams', async () => {
    const zadig = client();
    await refusal(
      zadig
        .paginate('listWorkflowTasks', { name: '..' } as never)
        .pages()
        [Symbol.asyncIterator]()
        .next(),
    );
    await refusal(zadig.waitFor.releasePlan({ id: '..' }));
    await refusal(zadig.waitFor.testTask({ testName: '%2e%2e', taskID: 1 } as never));
    await refusal(zadig.logs.workflowJob({ workflowName: 'w', taskID: 1, jobName: '.', lines: 10 }).next());
    await refusal(zadig.logs.container({ podName: '', containerName: 'c' } as never).next());
  });

  it("covers openapi-fetch's raw methods, naming the method and template", async () => {
    const zadig = client();
    const error = await refusal(
      zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id: '..' } } }),
    );
    expect(error.operation).toBe('GET /openapi/release_plan/v1/{id}');
    await refusal(
      zadig.DELETE('/openapi/delivery/releases/{id}', { params: { path: { id: '%2E' } } } as never),
    );
    await refusal((zadig.GET as (p: string) => Promise<unknown>)('/openapi/release_plan/v1/{id}'));
    await refusal(
      zadig.request(
        'delete' as never,
        '/openapi/users/{uid}' as never,
        { params: { path: { uid: '.' } } } as never,
      ),
    );
    // A custom path serializer of the caller's still gets checked values only.
    await refusal(
      zadig.GET('/openapi/release_plan/v1/{id}', {
        params: { path: { id: '..' } },
        pathSerializer: (p: string) => p.replace('{id}', '..'),
      } as never),
    );
  });

  it('refuses query values that cannot be encoded, with the same base class', async () => {
    const before = server.requests.length;
    const error = await client()
      .delivery.listReleases({ projectKey: '\udc00', pageNum: 1, pageSize: 1 })
      .catch((e: unknown) => e);
    expect(server.requests.length).toBe(before);
    expect(error).toBeInstanceOf(ZadigInvalidParameterError);
    expect((error as ZadigInvalidParameterError).location).toBe('query');
  });
});

describe('values that stay in their segment', () => {
  it.each(KEPT)('sends %j percent-encoded in one segment', async (value) => {
    const zadig = client();
    await zadig.releasePlan.getReleasePlan({ id: value });
    const received = server.requests[server.requests.length - 1];
    const [path] = (received?.target ?? '').split('?');
    const segments = (path ?? '').split('/');
    expect(segments.slice(0, -1).join('/')).toBe('/openapi/release_plan/v1');
    expect(decodeURIComponent(segments[segments.length - 1] ?? '')).toBe(value);
  });

  it('prepares exactly the request a call sends, without sending it', async () => {
    const zadig = client();
    const before = server.requests.length;
    const request = await prepareRequest(zadig, 'getReleasePlan', { id: 'a b?#' });
    expect(server.requests.length).toBe(before);
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${server.url}/openapi/release_plan/v1/a%20b%3F%23`);
    expect(request.headers.get('authorization')).toBe('Bearer t');
    await zadig.releasePlan.getReleasePlan({ id: 'a b?#' });
    expect(server.requests[server.requests.length - 1]?.target).toBe('/openapi/release_plan/v1/a%20b%3F%23');
    await expect(prepareRequest(zadig, 'getReleasePlan', { id: '..' })).rejects.toBeInstanceOf(
      ZadigInvalidPathParameterError,
    );
  });
});
