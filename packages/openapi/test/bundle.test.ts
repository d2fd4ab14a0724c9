import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const json = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const yaml = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8'));
const index = JSON.parse(readFileSync(new URL('../operations.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the bundled spec', () => {
  it('is the same document as JSON and YAML, stamped as generated', () => {
    const { 'x-generated': notice, ...rest } = json;
    expect(notice).toMatch(
      /^Generated from spec\/ .* Do not edit; run `pnpm --filter @zadig-ts\/openapi generate`\.$/,
    );
    expect(rest).toEqual(yaml);
  });

  it('records the docs version it transcribes, in the spec and in package.json', () => {
    expect(json.info['x-zadig-docs-version']).toBe(pkg.zadig.docsVersion);
    expect(index.docsVersion).toBe(pkg.zadig.docsVersion);
  });

  it('indexes every operation once, with the spec method and path', () => {
    const fromPaths = Object.entries<Record<string, { operationId: string }>>(json.paths).flatMap(
      ([path, item]) =>
        Object.entries(item).map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`),
    );
    const indexed = index.operations.map(
      (op: { operationId: string; method: string; path: string }) =>
        `${op.operationId} ${op.method} ${op.path}`,
    );
    expect(indexed.sort()).toEqual(fromPaths.sort());
    expect(new Set(index.operations.map((op: { operationId: string }) => op.operationId)).size).toBe(
      indexed.length,
    );
  });

  it('marks the legacy version detail route deprecated and routes current details by name', () => {
    expect(json.paths['/openapi/delivery/releases/{id}'].get.deprecated).toBe(true);
    expect(
      json.paths['/openapi/delivery/releases/detail'].get.parameters.map(
        (p: { $ref?: string; name?: string }) => p.name ?? p.$ref,
      ),
    ).toEqual(['#/components/parameters/projectKey', 'versionName']);
  });
});
