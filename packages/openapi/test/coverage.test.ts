// Every endpoint of the docs' API overview (spec/docs-endpoints.yaml) must have an operation in the spec.
// An endpoint matches an operation with the same method and path, whatever its parameters are named;
// entries whose path the spec corrects (see ERRATA.md) name their operationId instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Endpoint {
  module: string;
  method: string;
  path: string;
  operationId?: string;
}

const listed = parse(readFileSync(new URL('../../../spec/docs-endpoints.yaml', import.meta.url), 'utf8')) as {
  endpoints: Record<string, Array<string | { endpoint: string; operationId: string }>>;
};
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

const endpoints: Endpoint[] = Object.entries(listed.endpoints).flatMap(([module, entries]) =>
  entries.map((entry) => {
    const text = typeof entry === 'string' ? entry : entry.endpoint;
    const [method = '', path = ''] = text.split(' ');
    return { module, method, path, ...(typeof entry === 'string' ? {} : { operationId: entry.operationId }) };
  }),
);

const shape = (path: string) => path.split('?')[0]?.replace(/:[^/]+|\{[^}]+\}/g, '{}');
const operations = Object.entries<Record<string, { operationId: string }>>(spec.paths).flatMap(
  ([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${shape(path)}`,
      operationId: op.operationId,
    })),
);

describe('coverage of the docs overview', () => {
  it('lists the overview', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(150);
  });

  it.each(endpoints.map((e) => [`${e.method} ${e.path}`, e] as const))(
    '%s has an operation',
    (_name, endpoint) => {
      const found = endpoint.operationId
        ? operations.find((op) => op.operationId === endpoint.operationId)
        : operations.find((op) => op.key === `${endpoint.method} ${shape(endpoint.path)}`);
      expect(found, `no operation for ${endpoint.module}: ${endpoint.method} ${endpoint.path}`).toBeDefined();
    },
  );
});
