import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createZadigClient,
  DEFAULT_RETRY,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
  retryDelay,
  ZadigAbortError,
  type ZadigApiError,
  ZadigConnectionError,
  ZadigInvalidResponseError,
  ZadigTimeoutError,
} from '../src/index.js';

const TOKEN = 'tok-3c1f9e-never-in-logs';
const LIST = 'GET /openapi/release_plan/v1';
const PLAN = 'GET /openapi/release_plan/v1/p1';
const PAGE = { list: [{ id: 'p1', name: 'plan' }], total: 1 };

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(url: string, extra: Parameters<typeof createZadigClient>[0] = {}) {
  const waits: number[] = [];
  const zadig = createZadigClient({
    baseUrl: url,
    token: TOKEN,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { zadig, waits };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('retries', () => {
  it('retries a 503 and succeeds, waiting with backoff', async () => {
    server = await startFaultServer({
      [LIST]: [{ status: 503 }, { status: 503 }, { status: 200, body: PAGE }],
    });
    const { zadig, waits } = client(server.url);
    const page = await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    expect(server.requestsTo(LIST)).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(375);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[1]).toBeGreaterThanOrEqual(750);
    expect(waits[1]).toBeLessThanOrEqual(1000);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    server = await startFaultServer({
      [LIST]: [{ status: 503, body: { code: 503, message: 'Service Unavailable' } }],
    });
    const { zadig } = client(server.url, { maxRetries: 1 });
    const error = await failure(zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requestsTo(LIST)).toHaveLength(2);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    server = await startFaultServer({
      [LIST]: [
        { status: 429, headers: { 'retry-after': '3' } },
        { status: 429, headers: { 'retry-after': new Date(Date.now() + 5000).toUTCString() } },
        { status: 200, body: PAGE },
      ],
    });
    const { zadig, waits } = client(server.url);
    await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    expect(waits[0]).toBe(3000);
    expect(waits[1]).toBeGreaterThan(3000);
    expect(waits[1]).toBeLessThanOrEqual(5000);
  });

  it('really waits for Retry-After (measured lower bound)', async () => {
    server = await startFaultServer({
      [LIST]: [
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 200, body: PAGE },
      ],
    });
    const zadig = createZadigClient({ baseUrl: server.url, token: TOKEN });
    const started = performance.now();
    await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('caps Retry-After and backoff', () => {
    expect(retryDelay(1, DEFAULT_RETRY, '3600')).toBe(30_000);
    expect(retryDelay(10, DEFAULT_RETRY, null, Date.now(), () => 0)).toBe(8000);
    expect(retryDelay(1, DEFAULT_RETRY, null, Date.now(), () => 0.999)).toBeGreaterThanOrEqual(375);
  });

  it('surfaces a 429 as RateLimitError once retries are spent', async () => {
    server = await startFaultServer({ [LIST]: [{ status: 429, headers: { 'retry-after': '0' } }] });
    const { zadig } = client(server.url, { maxRetries: 0 });
    expect(await failure(zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 }))).toBeInstanceOf(
      RateLimitError,
    );
  });

  it('does not retry POST or PATCH unless asked to', async () => {
    const route = 'POST /openapi/release_plan/v1';
    server = await startFaultServer({
      [route]: [{ status: 503 }, { status: 503 }, { status: 200, body: { id: 'abc' } }],
    });
    const { zadig } = client(server.url);
    const body = { name: 'p', manager: 'm' };
    expect(await failure(zadig.releasePlan.createReleasePlan({ body }))).toBeInstanceOf(InternalServerError);
    expect(server.requestsTo(route)).toHaveLength(1);
    const created = await zadig.releasePlan.createReleasePlan({ body }, { retryNonIdempotent: true });
    expect(created).toEqual({ id: 'abc' });
    // the retried request re-sent the same body
    expect(server.requestsTo(route).map((r) => JSON.parse(r.body))).toEqual([body, body, body]);
  });

  it('never re-sends a one-shot stream body, even when POST retries are on', async () => {
    const route = 'POST /openapi/release_plan/v1';
    server = await startFaultServer({ [route]: [{ status: 503 }, { status: 200, body: { id: 'abc' } }] });
    const { zadig } = client(server.url, { retryNonIdempotent: true });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":"p","manager":"m"}'));
        controller.close();
      },
    });
    const { response } = await zadig.POST('/openapi/release_plan/v1', {
      body: stream as never,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(503);
    expect(server.requestsTo(route).map((r) => r.body)).toEqual(['{"name":"p","manager":"m"}']);
  });

  it('retries a connection reset in the middle of a response (GET)', async () => {
    server = await startFaultServer({
      [PLAN]: [
        { status: 200, body: { id: 'p1', name: 'x', status: 'planning' }, reset: 'mid-body' },
        { status: 200, body: { id: 'p1', name: 'x', status: 'success' } },
      ],
    });
    const { zadig, waits } = client(server.url);
    const plan = await zadig.releasePlan.getReleasePlan({ id: 'p1' });
    expect(plan.status).toBe('success');
    expect(waits).toHaveLength(1);
  });

  it('turns a reset it may not retry into a ZadigConnectionError', async () => {
    server = await startFaultServer({ [PLAN]: [{ reset: 'before-headers' }] });
    const { zadig } = client(server.url, { maxRetries: 0 });
    const error = await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error).toBeInstanceOf(ZadigConnectionError);
    expect(error.message).toBe(
      `GET ${server.url}/openapi/release_plan/v1/p1 failed: connection lost (UND_ERR_SOCKET)`,
    );
  });
});

describe('timeouts and aborts', () => {
  it('leaves no timer behind after a call', async () => {
    server = await startFaultServer({
      [PLAN]: [{ status: 200, body: { id: 'p1', name: 'n', status: 'planning' } }],
    });
    // The client's own timers, counted through the timer functions it is given (never the process's).
    const active = new Set<unknown>();
    let created = 0;
    const { zadig } = client(server.url, {
      timers: {
        setTimeout: (callback, ms) => {
          created++;
          const handle = setTimeout(() => {
            active.delete(handle);
            callback();
          }, ms);
          active.add(handle);
          return handle;
        },
        clearTimeout: (handle) => {
          active.delete(handle);
          clearTimeout(handle as ReturnType<typeof setTimeout>);
        },
      },
    });
    await zadig.releasePlan.getReleasePlan({ id: 'p1' });
    await zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id: 'p1' } } });
    expect(created).toBe(2); // one deadline per call, so the count above is not vacuous
    expect(active.size).toBe(0);
  });

  it('times out each attempt and retries, then throws ZadigTimeoutError', async () => {
    server = await startFaultServer({ [PLAN]: [{ hang: true }] });
    const retried: string[] = [];
    const { zadig } = client(server.url, {
      timeoutMs: 100,
      maxRetries: 1,
      onRetry: ({ error, attempt }) => retried.push(`${attempt}: ${error.name}`),
    });
    const error = await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error).toBeInstanceOf(ZadigTimeoutError);
    expect(error.message).toBe(`GET ${server.url}/openapi/release_plan/v1/p1 timed out after 100 ms`);
    // Two attempts, counted by the client (not by the server: on a loaded machine an attempt may meet its
    // deadline before the server has read it).
    expect(retried).toEqual(['2: ZadigTimeoutError']);
  });

  // Each notice kind on its own server, so that no answer has to beat a deadline on a busy machine: a server
  // that never answers (every attempt ends at its deadline), and one that answers 503 (with the default,
  // minute-long deadline, a ceiling never reached).
  it('tells onRetry of each retry before its delay: a timeout, which attempt comes, when', async () => {
    server = await startFaultServer({ [PLAN]: [{ hang: true }] });
    const notices: Array<Record<string, unknown>> = [];
    const { zadig, waits } = client(server.url, {
      timeoutMs: 100,
      onRetry: ({ error, ...rest }) => notices.push({ ...rest, error: error.name }),
    });
    const error = await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error).toBeInstanceOf(ZadigTimeoutError);
    const url = `${server.url}/openapi/release_plan/v1/p1`;
    expect(notices).toEqual([
      { method: 'GET', url, attempt: 2, attempts: 3, delayMs: waits[0], error: 'ZadigTimeoutError' },
      { method: 'GET', url, attempt: 3, attempts: 3, delayMs: waits[1], error: 'ZadigTimeoutError' },
    ]);
  });

  it('tells onRetry of each retry before its delay: an error status, which attempt comes, when', async () => {
    server = await startFaultServer({ [PLAN]: [{ status: 503 }] });
    const notices: Array<Record<string, unknown>> = [];
    const { zadig, waits } = client(server.url, {
      onRetry: ({ error, ...rest }) => notices.push({ ...rest, error: error.name }),
    });
    const error = await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error).toBeInstanceOf(InternalServerError);
    const url = `${server.url}/openapi/release_plan/v1/p1`;
    expect(notices).toEqual([
      { method: 'GET', url, attempt: 2, attempts: 3, delayMs: waits[0], error: 'ZadigError', status: 503 },
      { method: 'GET', url, attempt: 3, attempts: 3, delayMs: waits[1], error: 'ZadigError', status: 503 },
    ]);
  });

  it('lets one call override the timeout', async () => {
    server = await startFaultServer({
      [PLAN]: [{ status: 200, body: { id: 'p1', name: 'n', status: 'planning' }, delayMs: 150 }],
    });
    const { zadig } = client(server.url, { timeoutMs: 50, maxRetries: 0 });
    const plan = await zadig.releasePlan.getReleasePlan({ id: 'p1' }, { timeoutMs: 60_000 });
    expect(plan.id).toBe('p1');
  });

  it("stops at the caller's AbortSignal with ZadigAbortError, without retrying", async () => {
    server = await startFaultServer({ [PLAN]: [{ hang: true }] });
    const { zadig } = client(server.url);
    const controller = new AbortController();
    // Aborted while the request is in flight: once the server has it, and it never answers.
    void server.received(PLAN).then(() => controller.abort());
    const error = await failure(
      zadig.releasePlan.getReleasePlan({ id: 'p1' }, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(ZadigAbortError);
    expect(server.requestsTo(PLAN)).toHaveLength(1);
  });
});

describe('bodies that are not what the spec says', () => {
  it('an HTML 502 from a proxy is an InternalServerError with readable text', async () => {
    server = await startFaultServer({
      [PLAN]: [
        {
          status: 502,
          headers: { 'content-type': 'text/html' },
          body: '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
        },
      ],
    });
    const { zadig } = client(server.url, { maxRetries: 0 });
    const error = (await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }))) as ZadigApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe(
      `GET ${server.url}/openapi/release_plan/v1/p1 failed with 502: 502 Bad Gateway nginx`,
    );
  });

  it('malformed JSON in a 200 is a ZadigInvalidResponseError', async () => {
    server = await startFaultServer({
      [PLAN]: [{ status: 200, headers: { 'content-type': 'application/json' }, body: '{"id": "p1", "na' }],
    });
    const { zadig } = client(server.url);
    const error = await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }));
    expect(error).toBeInstanceOf(ZadigInvalidResponseError);
    expect(error.message).toContain('answered 200 with a body that is not valid JSON: {"id": "p1", "na');
  });

  it('an empty 403 is a PermissionDeniedError', async () => {
    server = await startFaultServer({ [PLAN]: [{ status: 403 }] });
    const { zadig } = client(server.url);
    const error = (await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }))) as ZadigApiError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toContain('failed with 403: empty response body');
  });

  it('a Zadig error body keeps its code, description, extra and request id', async () => {
    server = await startFaultServer({
      [PLAN]: [
        {
          status: 400,
          headers: { 'x-request-id': 'req-42' },
          body: {
            type: 'error',
            code: 6542,
            message: 'find workflow failed',
            description: 'workflow old-hook not found',
            extra: { key: 'old-hook' },
          },
        },
      ],
    });
    const { zadig } = client(server.url);
    const error = (await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }))) as ZadigApiError;
    expect(error).toMatchObject({
      status: 400,
      code: 6542,
      description: 'workflow old-hook not found',
      extra: { key: 'old-hook' },
      requestId: 'req-42',
      method: 'GET',
    });
  });
});

describe('debug logging', () => {
  it('logs method, URL, status, timing and retries, never the token', async () => {
    server = await startFaultServer({ [LIST]: [{ status: 503 }, { status: 200, body: PAGE }] });
    const lines: string[] = [];
    const logger = { debug: (l: string) => lines.push(l), warn: (l: string) => lines.push(l) };
    const { zadig } = client(server.url, { logger, logLevel: 'debug' });
    await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    const url = `${server.url}/openapi/release_plan/v1?pageNum=1&pageSize=10`;
    expect(lines[0]).toContain(`[zadig] GET ${url} [`);
    expect(lines[0]).toContain('authorization: Bearer ***');
    const escaped = url.replace(/[?.]/g, '\\$&');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^\\[zadig\\] GET ${escaped} -> 503 in \\d+ ms$`)),
      expect.stringMatching(new RegExp(`^\\[zadig\\] GET ${escaped} -> status 503; retry 1/2 in \\d+ ms$`)),
      expect.stringContaining(`[zadig] GET ${url} [`),
      expect.stringMatching(new RegExp(`^\\[zadig\\] GET ${escaped} -> 200 in \\d+ ms$`)),
    ]);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('is silent unless asked (ZADIG_LOG or logLevel)', async () => {
    server = await startFaultServer({ [LIST]: [{ status: 200, body: PAGE }] });
    const lines: string[] = [];
    const { zadig } = client(server.url, {
      logger: { debug: (l) => lines.push(l), warn: (l) => lines.push(l) },
    });
    await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    expect(lines).toEqual([]);
    process.env.ZADIG_LOG = 'debug';
    try {
      const { zadig: verbose } = client(server.url, {
        logger: { debug: (l) => lines.push(l), warn: (l) => lines.push(l) },
      });
      await verbose.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 10 });
    } finally {
      delete process.env.ZADIG_LOG;
    }
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('problem details', () => {
  it('reads title and detail from an RFC 9457 body', async () => {
    server = await startFaultServer({
      [PLAN]: [
        {
          status: 422,
          headers: { 'content-type': 'application/problem+json' },
          body: {
            type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
            title: 'Invalid request',
            detail: 'Your request is not valid',
          },
        },
      ],
    });
    const { zadig } = client(server.url);
    const error = (await failure(zadig.releasePlan.getReleasePlan({ id: 'p1' }))) as ZadigApiError;
    expect(error.message).toBe(
      `GET ${server.url}/openapi/release_plan/v1/p1 failed with 422: Invalid request: Your request is not valid`,
    );
  });
});
