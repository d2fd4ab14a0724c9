// Route integrity of zadig-mcp, as a property over every operation, through the MCP SDK's client: random
// parameter values (the dangerous ones first) answer invalid_input with nothing sent, or the request a
// recording server receives has the operation's method, its path template with those values in place,
// and exactly that query; for a write, the preview's URL is that request's.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { mustRefuse, parameterValues, routeDifferences } from '@zadig-ts/testing/route-integrity';
import { exampleBody, operations } from '@zadig-ts/testing/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connected, connectInProcess } from './harness.js';

/** Runs per operation: each run is one or two tool calls. */
const RUNS = 4;
/** The `limit` each call gives, which is the pageSize zadig-mcp sends when none is given. */
const LIMIT = 7;

let zadig: FaultServer;
let mcp: Connected;
beforeAll(async () => {
  zadig = await startFaultServer({ '*': [{ status: 200, body: {} }] });
  mcp = await connectInProcess({ baseUrl: zadig.url, allowWrites: operations.map((op) => op.operationId) });
});
afterAll(async () => {
  await mcp.close();
  await zadig.close();
});

describe(`zadig-mcp route integrity: ${operations.length} operations × ${RUNS} runs`, () => {
  it.each(operations.map((op) => [op.operationId, op] as const))('%s', async (_, op) => {
    const body = exampleBody(op);
    const writes = op.method !== 'GET';
    const names = new Set(op.parameters.map((p) => p.name));
    await fc.assert(
      fc.asyncProperty(parameterValues(op), async (values) => {
        const input = { ...values.path, ...values.query, ...(body === undefined ? {} : { body }) };
        const call = (confirm: boolean) =>
          mcp.call('zadig_call_operation', { operationId: op.operationId, input, limit: LIMIT, confirm });
        const before = zadig.requests.length;
        const previewed = writes ? await call(false) : undefined;
        const { result, data } = await call(true);
        if (op.responseType === 'text/event-stream') {
          expect(data.error.kind).toBe('not_callable');
          expect(zadig.requests.length).toBe(before);
          return;
        }
        if (mustRefuse(values)) {
          expect(result.isError).toBe(true);
          expect(data.error.kind).toBe('invalid_input');
          expect(previewed?.data.error.kind ?? 'invalid_input').toBe('invalid_input');
          expect(zadig.requests.length).toBe(before);
          return;
        }
        if (result.isError && data.error.kind === 'invalid_input' && !data.error.parameter) {
          // Refused by the parameter's schema (e.g. a required key's minLength): still nothing sent, and
          // every violation names a parameter that was given.
          expect(zadig.requests.length).toBe(before);
          for (const v of data.error.violations) expect(names.has(v.pointer.split('/')[2])).toBe(true);
          return;
        }
        expect(result.isError, JSON.stringify(data)).toBeFalsy();
        expect(zadig.requests.length).toBe(before + 1);
        const received = zadig.requests[before] as { method: string; target: string };
        // zadig-mcp asks for the first page, of `limit` items, when no page is given.
        const query = { ...values.query };
        if (op.pagination && names.has('pageNum')) query.pageNum ??= 1;
        if (op.pagination && names.has('pageSize')) query.pageSize ??= LIMIT;
        expect(routeDifferences(op, { path: values.path, query }, received)).toEqual([]);
        if (previewed) expect(previewed.data.request.url).toBe(`${zadig.url}${received.target}`);
      }),
      { numRuns: RUNS },
    );
  });
});
