import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '../src/validator.js';

const validator = createSpecValidator();
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

describe('createSpecValidator', () => {
  it('accepts every documented request example', () => {
    for (const item of Object.values<
      Record<
        string,
        {
          operationId: string;
          requestBody?: {
            content: Record<string, { examples?: Record<string, { $ref?: string; value?: unknown }> }>;
          };
        }
      >
    >(spec.paths)) {
      for (const op of Object.values(item)) {
        for (const example of Object.values(op.requestBody?.content['application/json']?.examples ?? {})) {
          const value = example.$ref
            ? spec.components.examples[example.$ref.split('/').pop() ?? ''].value
            : example.value;
          expect(validator.requestBody(op.operationId, value), op.operationId).toEqual([]);
        }
      }
    }
  });

  it('names each violation by JSON pointer', () => {
    const violations = validator.requestBody('createHelmRelease', {
      project_key: 'p',
      version_name: 'v',
      source: 'somewhere',
      image_registry_id: 'r',
      chart_repo_name: 'c',
      services: [
        {
          service_name: 's',
          chart_version: '1',
          images: [{ image_name: 'i', target_image: 't', target_image_tag: 't', push_image: 1 }],
        },
      ],
    });
    expect(violations).toEqual([
      { pointer: '/source', message: 'must be one of "", "manual", "from_env", "from_version"' },
      { pointer: '/services/0/images/0/container_name', message: 'is required but missing' },
      { pointer: '/services/0/images/0/push_image', message: 'must be boolean' },
    ]);
  });

  it('validates responses by status, and the shared error body', () => {
    expect(validator.response('listReleases', 200, { list: [], total: 0 })).toEqual([]);
    expect(validator.response('listReleases', 200, { list: [{ id: 1 }] })).toContainEqual({
      pointer: '/total',
      message: 'is required but missing',
    });
    expect(
      validator.response('getReleasePlan', 400, {
        type: 'error',
        code: 6560,
        message: 'x',
        description: 'y',
        extra: {},
      }),
    ).toEqual([]);
    expect(validator.hasResponseBody('deleteRelease', 403)).toBe(false);
  });

  it('refuses an unknown operation', () => {
    expect(() => validator.requestBody('nope', {})).toThrow('Unknown operation nope');
  });
});
