// Compile-time checks: wrong parameters and bodies do not type-check.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type components,
  createZadigClient,
  type OperationArgs,
  type OperationGroups,
  type OperationId,
  type OperationOutput,
} from '../src/index.js';

const zadig = createZadigClient({ baseUrl: 'http://127.0.0.1:1', token: 't' });

describe('the client is typed by the spec', () => {
  it('requires the documented parameters', () => {
    // @ts-expect-error pageNum and pageSize are required
    void zadig.GET('/openapi/release_plan/v1', { params: { query: {} } });
    // @ts-expect-error pageNum is a number
    void zadig.GET('/openapi/release_plan/v1', { params: { query: { pageNum: '1', pageSize: 1 } } });
    // @ts-expect-error versionName is required for version details
    void zadig.GET('/openapi/delivery/releases/detail', { params: { query: { projectKey: 'p' } } });
    // @ts-expect-error there is no such path
    void zadig.GET('/openapi/delivery/versions');
    // @ts-expect-error retry takes no body: id and projectKey go in the query
    void zadig.POST('/openapi/delivery/releases/retry', { body: { id: 'x', projectKey: 'p' } });
  });

  it('types bodies and enums', () => {
    void zadig.POST('/openapi/delivery/releases/k8s', {
      // @ts-expect-error source is manual | from_env | from_version
      body: { project_key: 'p', version_name: 'v', source: 'copied', services: [] },
    });
    expectTypeOf<components['schemas']['DeliveryVersionInfo']['status']>().toEqualTypeOf<
      'success' | 'failed' | 'creating' | 'retrying'
    >();
    expectTypeOf<components['schemas']['ReleasePlanJobInput']['type']>().toEqualTypeOf<'text' | 'workflow'>();
  });

  it('types responses', async () => {
    const { data } = await zadig.GET('/openapi/delivery/releases/detail', {
      params: { query: { projectKey: 'p', versionName: 'v' } },
    });
    expectTypeOf(data?.services).toEqualTypeOf<
      components['schemas']['DeliveryVersionService'][] | undefined
    >();
  });
});

type Groups = OperationGroups;
type MethodOf<K extends string> = {
  [G in keyof Groups]: K extends keyof Groups[G] ? Groups[G][K] : never;
}[keyof Groups];
type Mismatched = {
  [K in OperationId]: MethodOf<K> extends (...args: infer A) => infer R
    ? [A, R] extends [OperationArgs<K>, Promise<OperationOutput<K>>]
      ? OperationArgs<K> extends A
        ? never
        : K
      : K
    : K;
}[OperationId];

describe('the documented operation methods', () => {
  it('take and return what the operation does, for every operation', () => {
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
  });
});
