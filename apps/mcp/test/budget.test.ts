// Every result fits its character budget (16 000 by default, --max-result-chars, a call's maxChars up to a
// cap), as compact JSON without a structured copy, and says what was cut and how to get the rest; jq
// filters the answer on the server before the budget applies.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

const RELEASES = 'GET /openapi/delivery/releases';
const LOG = 'GET /openapi/logs/log/v4/workflow/deploy/7/build';
const release = (i: number) => ({
  id: `r${i}`,
  version_name: `v${i}`,
  status: i % 3 ? 'success' : 'failed',
  description: `Release ${i}: ${'changes to services and images; '.repeat(260)}`,
  create_time: 1713928977 + i,
});
const textOf = (result: { content: unknown[] }) => (result.content[0] as { text: string }).text;

let zadig: FaultServer;
let mcp: Connected;
let small: Connected;

beforeAll(async () => {
  zadig = await startFaultServer({
    [RELEASES]: [{ body: { total: 50, list: Array.from({ length: 50 }, (_, i) => release(i)) } }],
    [LOG]: [{ body: Array.from({ length: 1000 }, (_, i) => `line ${i} ${'.'.repeat(140)}`).join('\n') }],
  });
  mcp = await connectInProcess({ baseUrl: zadig.url });
  small = await connectInProcess({ baseUrl: zadig.url, maxResultChars: 5000 });
});
afterAll(async () => {
  await mcp.close();
  await small.close();
  await zadig.close();
});

const list = { operationId: 'listReleases', input: { projectKey: 'demo', pageSize: 50 } };

describe('the result budget', () => {
  it('cuts a 50-item list of long items to 16 000 characters, saying how to go on', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', list);
    const text = textOf(result);
    expect(text.length).toBeLessThanOrEqual(16_000);
    expect(text).toBe(JSON.stringify(data));
    expect(result.structuredContent).toBeUndefined();
    expect(data.page.shown).toBeGreaterThan(0);
    expect(data.page.shown).toBeLessThan(50);
    expect(data.page.total).toBe(50);
    expect(data.page.cutToFit).toMatch(/did not fit in 16000 characters/);
    expect(data.next).toEqual({
      ...list,
      input: { projectKey: 'demo', pageNum: 1, pageSize: 50 },
      offset: data.page.shown,
    });
    // Each description is 8 000 characters: strings are cut to 4 000 and counted.
    expect(data.cutStrings).toBeGreaterThan(0);
  });

  it('takes a larger maxChars per call, up to the cap, and refuses one beyond it', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', { ...list, maxChars: 60_000 });
    expect(textOf(result).length).toBeLessThanOrEqual(60_000);
    expect(data.page.shown).toBeGreaterThan(10);
    const refused = await mcp.call('zadig_call_operation', { ...list, maxChars: 1_000_000 });
    expect(refused.result.isError).toBe(true);
    expect(refused.data.error.violations[0].pointer).toBe('/maxChars');
  });

  it('keeps to the budget the server was started with', async () => {
    const { result, data } = await small.call('zadig_call_operation', { ...list, fields: ['version_name'] });
    expect(textOf(result).length).toBeLessThanOrEqual(5000);
    expect(data.page.shown).toBe(50);
    const { result: long } = await small.call('zadig_call_operation', list);
    expect(textOf(long).length).toBeLessThanOrEqual(5000);
  });

  it('cuts the strings of one item that alone is larger than the budget, and says so', async () => {
    const { result, data } = await mcp.call('zadig_call_operation', { ...list, maxChars: 1500 });
    expect(textOf(result).length).toBeLessThanOrEqual(1500);
    expect(data.data.list).toHaveLength(1);
    expect(data.truncated).toMatchObject({ maxChars: 1500, strings: { cut: 1 } });
    expect(data.truncated.rest).toMatch(/maxChars/);
    expect(data.next.offset).toBe(1);
  });

  it('bounds a log tail in characters as well as lines', async () => {
    const { result, data } = await mcp.call('zadig_job_log_tail', {
      workflowKey: 'deploy',
      taskId: 7,
      jobName: 'build',
      lines: 1000,
    });
    expect(textOf(result).length).toBeLessThanOrEqual(16_000);
    expect(data.lines.at(-1)).toMatch(/^line 999 /);
    expect(data.totalLines).toBe(1000);
    expect(data.shown + data.omittedLines).toBe(1000);
    expect(data.note).toMatch(/did not fit in 16000 characters/);
    // A task tool: structured content too, valid against its output schema (the SDK's client checks it).
    expect(result.structuredContent).toEqual(data);
  });
});

describe('jq', () => {
  it('filters the answer on the server before the budget', async () => {
    const before = zadig.requestsTo(RELEASES).length;
    const { result, data } = await mcp.call('zadig_call_operation', {
      ...list,
      jq: '[.list[] | select(.status == "failed") | {version_name, status}]',
    });
    expect(result.isError).toBeFalsy();
    expect(data.data).toEqual(
      Array.from({ length: 17 }, (_, i) => ({ version_name: `v${i * 3}`, status: 'failed' })),
    );
    expect(data.page).toMatchObject({ total: 17, shown: 17 });
    expect(zadig.requestsTo(RELEASES)).toHaveLength(before + 1);
  });

  it('pages through the output of a filter with limit and offset', async () => {
    const args = { ...list, jq: '[.list[].version_name]', limit: 20 };
    const { data } = await mcp.call('zadig_call_operation', args);
    expect(data.data).toHaveLength(20);
    expect(data.next).toMatchObject({ jq: args.jq, offset: 20, limit: 20 });
    const { data: rest } = await mcp.call('zadig_call_operation', data.next);
    expect(rest.data, JSON.stringify(rest)).toHaveLength(20);
    expect(rest.data[0]).toBe('v20');
  });

  it('refuses a filter that does not compile before sending anything, naming /jq', async () => {
    const before = zadig.requestsTo(RELEASES).length;
    const { result, data } = await mcp.call('zadig_call_operation', { ...list, jq: '.list[' });
    expect(result.isError).toBe(true);
    expect(data.error).toMatchObject({ kind: 'invalid_input', violations: [{ pointer: '/jq' }] });
    expect(data.error.message).toMatch(/^\/jq: jq: /);
    expect(zadig.requestsTo(RELEASES)).toHaveLength(before);
  });

  it('takes jq or fields, not both', async () => {
    const { data } = await mcp.call('zadig_call_operation', { ...list, jq: '.total', fields: ['total'] });
    expect(data.error).toMatchObject({ kind: 'invalid_input', pointer: '/fields' });
  });
});
