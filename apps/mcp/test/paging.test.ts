// Paging never skips: a 137-item list served by a local HTTP server that pages like Zadig (pageNum,
// pageSize, total), walked by following `next` from every combination of pageSize, limit, offset and
// result budget the tool offers; each item from the starting point on is seen exactly once.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

const TOTAL = 137;
const ROUTE = 'GET /openapi/projects/project';
const project = (i: number) => ({
  project_key: `p${i}`,
  project_name: `Project ${i} ${'x'.repeat(i % 7 === 0 ? 400 : 20)}`,
});

let zadig: FaultServer;
let mcp: Connected;

beforeAll(async () => {
  zadig = await startFaultServer({
    [ROUTE]: (request) => {
      const pageNum = Number(request.query.get('pageNum') ?? 1);
      const pageSize = Number(request.query.get('pageSize') ?? 20);
      const from = (pageNum - 1) * pageSize;
      const projects = Array.from({ length: Math.max(0, Math.min(pageSize, TOTAL - from)) }, (_, i) =>
        project(from + i),
      );
      return { body: { total: TOTAL, projects } };
    },
  });
  mcp = await connectInProcess({ baseUrl: zadig.url });
});
afterAll(async () => {
  await mcp.close();
  await zadig.close();
});

async function walk(first: Record<string, unknown>): Promise<string[]> {
  const seen: string[] = [];
  let args: Record<string, unknown> | undefined = first;
  for (let calls = 0; args; calls++) {
    // A walk that does not move on would loop: every call must show at least one item or end.
    expect(calls).toBeLessThan(TOTAL + 2);
    const { result, data } = await mcp.call('zadig_call_operation', args);
    expect(result.isError, JSON.stringify(data)).toBeFalsy();
    const text = (result.content[0] as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(Number(args.maxChars ?? 16_000));
    seen.push(...data.data.projects.map((p: { project_key: string }) => p.project_key));
    if (data.next) expect(data.data.projects.length).toBeGreaterThan(0);
    args = data.next;
  }
  return seen;
}

describe('paging through a 137-item list', () => {
  const pageSizes = [undefined, 9, 50, 100, 137, 200];
  const limits = [undefined, 13, 50];
  const offsets = [undefined, 5, 50, 99, 136, 137, 300];
  it('sees each item from the offset on exactly once, whatever pageSize, limit and offset', async () => {
    for (const pageSize of pageSizes) {
      for (const limit of limits) {
        for (const offset of offsets) {
          const args = {
            operationId: 'listProjects',
            input: pageSize === undefined ? {} : { pageSize },
            fields: ['project_key'],
            ...(limit === undefined ? {} : { limit }),
            ...(offset === undefined ? {} : { offset }),
          };
          const start = Math.min(offset ?? 0, TOTAL);
          const expected = Array.from({ length: TOTAL - start }, (_, i) => `p${start + i}`);
          expect(await walk(args), JSON.stringify(args)).toEqual(expected);
        }
      }
    }
  });

  it('also when the character budget, not limit, cuts the pages', async () => {
    for (const pageSize of [undefined, 100]) {
      for (const offset of [undefined, 3]) {
        const args = {
          operationId: 'listProjects',
          input: pageSize === undefined ? {} : { pageSize },
          maxChars: 2000,
          ...(offset === undefined ? {} : { offset }),
        };
        const start = offset ?? 0;
        const expected = Array.from({ length: TOTAL - start }, (_, i) => `p${start + i}`);
        expect(await walk(args), JSON.stringify(args)).toEqual(expected);
      }
    }
  });
});
