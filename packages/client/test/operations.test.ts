import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { createZadigClient, type OperationOutput, operationTable } from '../src/index.js';

const zadig = createZadigClient({ baseUrl: inject('prismUrl'), token: 't' });

describe('the operation layer', () => {
  it('has a method for every operation in the spec, grouped by module', () => {
    for (const [operationId, op] of Object.entries(operationTable)) {
      expect(
        typeof (zadig as unknown as Record<string, Record<string, unknown>>)[op.group]?.[operationId],
        operationId,
      ).toBe('function');
    }
  });

  it('returns data and puts path, query and body where the spec says', async () => {
    const version = await zadig.delivery.getRelease({ projectKey: 'yaml', versionName: 'v7.0.0' });
    expectTypeOf(version).toEqualTypeOf<OperationOutput<'getRelease'>>();
    expect(version.version).toBe('v7.0.0');
    const updated = await zadig.releasePlan.updateReleasePlan({
      id: '64f1a7cd1b7bd46ec353b50c',
      body: { name: 'p', manager: 'admin', jobs: [{ name: 't', type: 'text', spec: { content: 'go' } }] },
    });
    expect(updated).toEqual({ message: 'success' });
    const deleted = await zadig.call('deleteRelease', { id: 'abc', projectKey: 'yaml' });
    expect(deleted.message).toBe('success');
  });

  it('derives clients with withOptions, keeping the rest', () => {
    const quick = zadig.withOptions({ timeoutMs: 1000, maxRetries: 0 });
    expect(quick.options).toMatchObject({ timeoutMs: 1000, maxRetries: 0, baseUrl: zadig.baseUrl });
    expect(zadig.options.maxRetries).toBe(2);
    expect('token' in quick.options).toBe(false);
  });
});
