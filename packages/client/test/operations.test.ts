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

  it('makes each group on first use, then keeps it: enumerable, writable, the same object every time', () => {
    const fresh = createZadigClient({ baseUrl: 'http://zadig.invalid', token: 't' });
    const groups = [...new Set(Object.values(operationTable).map((op) => op.group))];
    for (const group of groups) expect(Object.keys(fresh)).toContain(group);
    const before = Object.getOwnPropertyDescriptor(fresh, 'releasePlan');
    expect(before?.get).toBeTypeOf('function');
    const plans = fresh.releasePlan;
    expect(fresh.releasePlan).toBe(plans);
    expect(Object.getOwnPropertyDescriptor(fresh, 'releasePlan')).toMatchObject({
      value: plans,
      writable: true,
      enumerable: true,
    });
    // A copy takes every group, made then; an assignment replaces one.
    const copy = { ...fresh } as unknown as Record<string, Record<string, unknown>>;
    expect(typeof copy.environment?.listEnvironments).toBe('function');
    const replacement = { getReleasePlan: () => 'mine' };
    (fresh as unknown as Record<string, unknown>).releasePlan = replacement;
    expect(fresh.releasePlan).toBe(replacement);
    // Groups of two clients are their own.
    expect(zadig.releasePlan).not.toBe(plans);
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
