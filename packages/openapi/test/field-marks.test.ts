// Field-level release marks (x-zadig-since / x-zadig-until on properties): the per-release bundles leave out
// what a release lacks, and RELEASES.md's field lists come from the same marks.
import { describe, expect, it } from 'vitest';
import { fieldChanges, stripFields } from '../scripts/field-marks.mjs';

const TRACKED = ['v1', 'v2', 'v3', 'main'];

function doc() {
  return {
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['name', 'color'],
                  properties: {
                    name: { type: 'string' },
                    color: { type: 'string', 'x-zadig-since': 'v2' },
                  },
                },
              },
            },
          },
          responses: {},
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: {
            size: { type: 'integer', 'x-zadig-until': 'v1' },
            parts: {
              type: 'array',
              items: {
                type: 'object',
                properties: { tag: { type: 'string', 'x-zadig-since': 'unreleased' } },
              },
            },
          },
        },
      },
    },
  };
}

describe('field marks', () => {
  it('keeps a property only in the releases its marks name, and drops it from required with it', () => {
    const v1 = stripFields(doc(), TRACKED, 'v1');
    const body = v1.paths['/things'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(['name']);
    expect(body.required).toEqual(['name']);
    expect(Object.keys(v1.components.schemas.Thing.properties)).toEqual(['size', 'parts']);
    expect(v1.components.schemas.Thing.properties.parts.items.properties).toEqual({});

    const v2 = stripFields(doc(), TRACKED, 'v2');
    expect(v2.paths['/things'].post.requestBody.content['application/json'].schema.required).toEqual([
      'name',
      'color',
    ]);
    expect(Object.keys(v2.components.schemas.Thing.properties)).toEqual(['parts']);
    const main = stripFields(doc(), TRACKED, 'main');
    expect(Object.keys(main.components.schemas.Thing.properties.parts.items.properties)).toEqual(['tag']);
  });

  it('lists what each release added and removed by schema and path', () => {
    const changes = fieldChanges(doc(), TRACKED);
    expect(changes.get('v2')).toEqual({ added: ['createThing request.color'], removed: ['Thing.size'] });
    expect(changes.get('main')).toEqual({ added: ['Thing.parts[].tag'], removed: [] });
    expect(changes.get('v3')).toEqual({ added: [], removed: [] });
  });
});
