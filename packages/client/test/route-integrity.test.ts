// Route integrity, as a property over every operation of the spec: random path and query values (the
// dangerous ones first) are either refused before anything is sent, or the request the server receives
// has the operation's method, its path template with those values in place, and exactly that query.
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import {
  mustRefuse,
  parameterValues,
  routeDifferences,
  unsafePathValue,
} from '@zadig-ts/testing/route-integrity';
import { operations } from '@zadig-ts/testing/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZadigClient, type OperationId, ZadigInvalidParameterError } from '../src/index.js';

/** Runs per operation: operations × RUNS requests in all, well within a minute on a busy machine. */
const RUNS = 12;

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: {} }] });
});
afterAll(() => server.close());

describe(`route integrity: ${operations.length} operations × ${RUNS} runs`, () => {
  it.each(operations.map((op) => [op.operationId, op] as const))('%s', async (_, op) => {
    const zadig = createZadigClient({ baseUrl: server.url, token: 't', maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(parameterValues(op, { untyped: true }), async (values) => {
        const before = server.requests.length;
        const input = { ...values.path, ...values.query, ...(op.requestBody ? { body: {} } : {}) };
        let result: unknown;
        try {
          result = await zadig.call(op.operationId as OperationId, input as never);
        } catch (error) {
          if (!(error instanceof ZadigInvalidParameterError)) throw error;
          expect(server.requests.length).toBe(before);
          // Refused only for what the model refuses, and the error says which value.
          if (error.location === 'path') expect(unsafePathValue(values.path[error.parameter])).toBe(true);
          else expect(mustRefuse({ path: {}, query: values.query })).toBeDefined();
          expect(error.value).toEqual(
            error.location === 'path' ? values.path[error.parameter] : values.query[error.parameter],
          );
          return;
        }
        if (result instanceof ReadableStream) await result.cancel();
        expect(mustRefuse(values)).toBeUndefined();
        expect(server.requests.length).toBe(before + 1);
        const received = server.requests[before];
        expect(routeDifferences(op, values, received as { method: string; target: string })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
