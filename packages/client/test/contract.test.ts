// Derived from the spec: every operation is called through the client against Prism with its example
// parameters and body, and must get its documented 2xx with a body that validates against its schema.
// Adding an operation to the spec adds it here with no new test code.
import {
  exampleBody,
  exampleParams,
  operations,
  successStatus,
  validateResponse,
} from '@zadig-ts/testing/spec';
import { describe, expect, inject, it } from 'vitest';
import { createZadigClient } from '../src/index.js';

const zadig = createZadigClient({ baseUrl: inject('prismUrl'), token: 'contract-test-token' });
type AnyRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{
  data?: unknown;
  error?: unknown;
  response: Response;
}>;
const request = zadig.request as unknown as AnyRequest;

describe('every operation in the spec answers its documented 2xx through the client', () => {
  it('has operations to test', () => {
    expect(operations.length).toBeGreaterThanOrEqual(150);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))('%s', async (_id, op) => {
    const body = exampleBody(op);
    const textual = op.responseType !== undefined && op.responseType !== 'application/json';
    const { data, error, response } = await request(op.method, op.path, {
      params: exampleParams(op),
      ...(body === undefined ? {} : { body }),
      ...(textual ? { parseAs: 'text', headers: { accept: op.responseType } } : {}),
    });
    const violations = response.headers.get('sl-violations');
    expect(violations, `Prism rejected the request: ${violations}`).toBeNull();
    expect(error).toBeUndefined();
    expect(response.status).toBe(successStatus(op));
    if (textual) {
      expect(response.headers.get('content-type')).toContain(op.responseType);
      expect(typeof data === 'string' && data.length > 0).toBe(true);
    } else {
      expect(validateResponse(op, response.status, data)).toEqual([]);
    }
  });
});
