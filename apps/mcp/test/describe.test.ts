// zadig_describe_operation never cuts silently: body fields as a tree to a depth with counts of what lies
// deeper, a subtree by path, and a result that says what was left out.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

let mcp: Connected;

beforeAll(async () => {
  mcp = await connectInProcess({ baseUrl: inject('prismUrl') });
});
afterAll(() => mcp.close());

type Field = { path: string; nestedFields?: number };

describe('zadig_describe_operation', () => {
  it('shows every top-level body field of updateWorkflow, counting the deeper ones', async () => {
    const { result, data } = await mcp.call('zadig_describe_operation', { operationId: 'updateWorkflow' });
    expect(result.isError).toBeFalsy();
    const paths = data.body.fields.map((f: Field) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'stages', 'notify_ctls', 'share_storages']));
    // Two levels by default; what lies below is counted, and the result says how to see it.
    expect(paths.every((p: string) => p.split('.').length <= 2)).toBe(true);
    const stages = data.body.fields.find((f: Field) => f.path === 'stages');
    expect(stages).toBeDefined();
    const collapsed = data.body.fields.filter((f: Field) => f.nestedFields);
    expect(collapsed.length).toBeGreaterThan(0);
    expect(data.body.shownFields).toBe(data.body.fields.length);
    expect(data.body.totalFields).toBe(
      data.body.fields.length + collapsed.reduce((n: number, f: Field) => n + (f.nestedFields ?? 0), 0),
    );
    expect(data.body.leftOut).toMatch(/call again with path/);
    expect(data.body.subtrees).toContain('stages[].jobs[]');
    expect((result.content[0] as { text: string }).text.length).toBeLessThanOrEqual(16_000);
  });

  it('shows a subtree by path, to the depth asked', async () => {
    const { data } = await mcp.call('zadig_describe_operation', {
      operationId: 'updateWorkflow',
      path: 'stages[].jobs[]',
      depth: 1,
    });
    expect(data.body?.path, JSON.stringify(data).slice(0, 600)).toBe('stages[].jobs[]');
    const paths = data.body.fields.map((f: Field) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['stages[].jobs[].name', 'stages[].jobs[].type']));
    expect(paths.every((p: string) => p.startsWith('stages[].jobs[].') && p.split('.').length === 3)).toBe(
      true,
    );
    expect(data.body.example).toBeUndefined();
  });

  it('names the fields that have subtrees when the path has none', async () => {
    const { result, data } = await mcp.call('zadig_describe_operation', {
      operationId: 'updateWorkflow',
      path: 'stages[].nope',
    });
    expect(result.isError).toBe(true);
    expect(data.error).toMatchObject({ kind: 'invalid_input', pointer: '/path' });
    expect(data.error.message).toMatch(/stages\[\]/);
  });

  it('makes the tree shallower to fit a small budget, and says so', async () => {
    const { result, data } = await mcp.call('zadig_describe_operation', {
      operationId: 'updateWorkflow',
      depth: 6,
      maxChars: 12_000,
    });
    expect((result.content[0] as { text: string }).text.length).toBeLessThanOrEqual(12_000);
    expect(data.body.depthReduced).toMatch(/^from 6 to fit 12000 characters$/);
    expect(data.body.depth).toBeLessThan(6);
  });
});
