// Redirects never change what was asked: real servers on 127.0.0.1 answering 3xx for every method.
import { type FaultServer, type RecordedRequest, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZadigClient, MAX_REDIRECTS, ZadigRedirectError } from '../src/index.js';

const TOKEN = 'tok-redirect-7a1e';
const STATUSES = [301, 302, 303, 307, 308];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

let origin: FaultServer;
let other: FaultServer;

// `/to/<status>/<where>` answers <status> with Location <where>: `here` is this origin's /target, `other`
// the other server's, `self` this very path (a loop). A path ending in '/' answers 307 to the path without
// it, as gin's RedirectTrailingSlash does.
function answer(request: RecordedRequest) {
  const [, to, status, where] = request.path.split('/');
  if (request.path.length > 1 && request.path.endsWith('/')) {
    return { status: 307, headers: { location: request.path.slice(0, -1) } };
  }
  if (to !== 'to' || !['here', 'other', 'relative', 'self'].includes(where ?? ''))
    return { status: 200, body: { path: request.path, method: request.method } };
  const location =
    where === 'here'
      ? '/target'
      : where === 'other'
        ? `${other.url}/target`
        : where === 'relative'
          ? 'target'
          : request.path;
  return { status: Number(status), headers: { location } };
}

beforeAll(async () => {
  other = await startFaultServer({ '*': (request) => answer(request) });
  origin = await startFaultServer({ '*': (request) => answer(request) });
});
afterAll(async () => {
  await origin.close();
  await other.close();
});

function client() {
  const modes: string[] = [];
  const zadig = createZadigClient({
    baseUrl: origin.url,
    token: TOKEN,
    headers: { 'x-extra': 'kept' },
    maxRetries: 0,
    fetch: (request) => {
      modes.push(request.redirect);
      return globalThis.fetch(request);
    },
  });
  return { zadig, modes };
}

async function redirectError(promise: Promise<unknown>): Promise<ZadigRedirectError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZadigRedirectError);
  return error as ZadigRedirectError;
}

function raw(zadig: ReturnType<typeof createZadigClient>, method: string, path: string) {
  return zadig.request(
    method.toLowerCase() as never,
    path as never,
    {
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: { a: 1 } }),
    } as never,
  ) as Promise<{ data?: unknown; response: Response }>;
}

describe('redirects of writes', () => {
  const cases = WRITES.flatMap((method) => STATUSES.map((status) => [method, status] as const));
  it.each(cases)('%s answered %i is not followed', async (method, status) => {
    const { zadig, modes } = client();
    const before = origin.requestsTo(`${method} /target`).length + origin.requestsTo('GET /target').length;
    const error = await redirectError(raw(zadig, method, `/to/${status}/here`));
    expect(error.method).toBe(method);
    expect(error.url).toBe(`${origin.url}/to/${status}/here`);
    expect(error.status).toBe(status);
    expect(error.location).toBe('/target');
    expect(error.message).toBe(
      `${method} ${origin.url}/to/${status}/here answered ${status} redirecting to "/target"; a ${method} is not sent again elsewhere: the redirect could make it another request`,
    );
    expect(origin.requestsTo(`${method} /target`).length + origin.requestsTo('GET /target').length).toBe(
      before,
    );
    expect(modes).toEqual(['manual']);
  });

  it("refuses gin's trailing-slash 307 for a DELETE (the production environment's delete)", async () => {
    const { zadig } = client();
    const error = await redirectError(raw(zadig, 'DELETE', '/openapi/environments/production/prod/'));
    expect(error.status).toBe(307);
    expect(error.location).toBe('/openapi/environments/production/prod');
    expect(origin.requestsTo('DELETE /openapi/environments/production/prod')).toHaveLength(0);
  });
});

describe('redirects of reads', () => {
  it.each(STATUSES)('GET answered %i follows within the origin, with the same headers', async (status) => {
    const { zadig, modes } = client();
    const before = origin.requestsTo('GET /target').length;
    const { data, response } = await raw(zadig, 'GET', `/to/${status}/here`);
    expect(response.status).toBe(200);
    expect(data).toEqual({ path: '/target', method: 'GET' });
    const followed = origin.requestsTo('GET /target');
    expect(followed).toHaveLength(before + 1);
    const headers = followed[followed.length - 1]?.headers;
    expect(headers?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers?.['x-extra']).toBe('kept');
    expect(modes).toEqual(['manual', 'manual']);
  });

  it('follows a relative Location against the URL redirected from', async () => {
    const { zadig } = client();
    const { data } = await raw(zadig, 'GET', '/to/302/relative');
    expect(data).toEqual({ path: '/to/302/target', method: 'GET' });
  });

  it.each(STATUSES)('GET answered %i to another origin is an error; nothing reaches it', async (status) => {
    const { zadig } = client();
    const before = other.requests.length;
    const error = await redirectError(raw(zadig, 'GET', `/to/${status}/other`));
    expect(error.location).toBe(`${other.url}/target`);
    expect(error.message).toContain(
      `redirects to another origin are not followed (the token would go to ${other.url})`,
    );
    expect(other.requests.length).toBe(before);
  });

  it(`gives up a loop after ${MAX_REDIRECTS} redirects`, async () => {
    const { zadig } = client();
    const before = origin.requestsTo('GET /to/302/self').length;
    const error = await redirectError(raw(zadig, 'GET', '/to/302/self'));
    expect(error.message).toContain(`more than ${MAX_REDIRECTS} redirects in a row`);
    expect(origin.requestsTo('GET /to/302/self').length - before).toBe(MAX_REDIRECTS + 1);
  });

  it('an operation call throws the same error, not the redirect target as data', async () => {
    const server = await startFaultServer({
      'GET /openapi/release_plan/v1/p1': [
        { status: 302, headers: { location: `${other.url}/openapi/release_plan/v1/p1` } },
      ],
    });
    try {
      const zadig = createZadigClient({ baseUrl: server.url, token: TOKEN });
      const error = await redirectError(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
      expect(error.status).toBe(302);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('in a browser', () => {
  it("turns fetch's opaque redirect (manual mode) into the same error", async () => {
    const zadig = createZadigClient({
      baseUrl: 'https://zadig.example.com',
      token: TOKEN,
      fetch: async () => {
        // What a browser's fetch returns for a redirect in manual mode: type opaqueredirect, status 0.
        const response = new Response(null, { status: 200 });
        Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
        Object.defineProperty(response, 'status', { value: 0 });
        return response;
      },
    });
    const error = await redirectError(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error.status).toBe(0);
    expect(error.location).toBeUndefined();
    expect(error.message).toBe(
      'GET https://zadig.example.com/openapi/release_plan/v1/p1: the server redirected (the browser does not say where); redirects are not followed',
    );
  });
});
