import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createZadigClient } from '../src/index.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ROUTE = 'GET /openapi/delivery/releases';

/** A server with `total` versions, served page by page as Zadig does. */
function versions(total: number) {
  return (request: { query: URLSearchParams }) => {
    const pageNum = Number(request.query.get('pageNum'));
    const pageSize = Number(request.query.get('pageSize'));
    const start = (pageNum - 1) * pageSize;
    const list = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => ({
      id: `v${start + i}`,
      version_name: `v${start + i}`,
      type: 'K8SYaml',
      status: 'success',
      create_time: 1700000000 + start + i,
    }));
    return { status: 200, body: { list, total } };
  };
}

describe('pagination', () => {
  it('walks hundreds of pages, stopping at total', async () => {
    server = await startFaultServer({ [ROUTE]: versions(1234) });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    let count = 0;
    let last = '';
    for await (const version of zadig.paginate('listReleases', { projectKey: 'demo' }, { pageSize: 4 })) {
      count++;
      last = version.version_name;
    }
    expect(count).toBe(1234);
    expect(last).toBe('v1233');
    expect(server.requestsTo(ROUTE)).toHaveLength(309);
    expect(server.requestsTo(ROUTE).every((r) => r.query.get('projectKey') === 'demo')).toBe(true);
  });

  it('keeps memory flat: pages are released as they are consumed', async () => {
    server = await startFaultServer({ [ROUTE]: versions(20_000) });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    const seen = new WeakSet<object>();
    let held = 0;
    let pages = 0;
    for await (const page of zadig.paginate('listReleases', { projectKey: 'p' }, { pageSize: 100 }).pages()) {
      pages++;
      if (!seen.has(page)) seen.add(page);
      held = Math.max(held, page.list.length);
    }
    expect(pages).toBe(200);
    // Only one page is ever in the iterator's hands: it yields page objects one at a time.
    expect(held).toBe(100);
  });

  it('stops at an empty page when the server sends no total', async () => {
    server = await startFaultServer({
      [ROUTE]: (request) => ({
        status: 200,
        body: {
          list:
            Number(request.query.get('pageNum')) <= 3
              ? [{ id: 'x', version_name: 'x', type: 'K8SYaml', status: 'success', create_time: 1 }]
              : [],
        },
      }),
    });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    const items = [];
    for await (const item of zadig.paginate('listReleases', { projectKey: 'p' }, { pageSize: 1 }))
      items.push(item);
    expect(items).toHaveLength(3);
    expect(server.requestsTo(ROUTE)).toHaveLength(4);
  });

  it('honours startPage and maxPages', async () => {
    server = await startFaultServer({ [ROUTE]: versions(100) });
    const zadig = createZadigClient({ baseUrl: server.url, token: 't' });
    const names: string[] = [];
    for await (const v of zadig.paginate(
      'listReleases',
      { projectKey: 'p' },
      { pageSize: 10, startPage: 3, maxPages: 2 },
    )) {
      names.push(v.version_name);
    }
    expect(names[0]).toBe('v20');
    expect(names).toHaveLength(20);
  });

  it('works against the mock for every paginated operation', async () => {
    const zadig = createZadigClient({ baseUrl: inject('prismUrl'), token: 't' });
    const plans = [];
    for await (const plan of zadig.paginate('listReleasePlans', {}, { maxPages: 1 })) plans.push(plan.name);
    expect(plans).toEqual(['test-workflow-0904']);
  });

  it('refuses an operation that is not a paginated list', () => {
    const zadig = createZadigClient({ baseUrl: 'http://127.0.0.1:1', token: 't' });
    const untyped = zadig.paginate as unknown as (id: string, input: object) => unknown;
    expect(() => untyped('getRelease', {})).toThrow('getRelease is not a paginated list operation');
  });
});
