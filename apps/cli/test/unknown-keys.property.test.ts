// Unknown body keys, over every operation with a documented request example: the example itself has none, and
// a misspelt top-level key (a letter dropped, doubled or two swapped) is reported at its JSON pointer with a
// suggestion no farther from it than the key it came from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/catalog.js';
import { unknownKeys } from '../src/input/unknown-keys.js';
import { editDistance } from '../src/model/suggest.js';
import { exampleBody } from '../src/output/body-fields.js';
import { propertiesOf, requestMedia, resolve } from '../src/output/schema.js';

const examples = commands.flatMap((c) => {
  const id = c.operation.operationId;
  const example = exampleBody(id);
  const value = example?.value;
  if (!example?.documented || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const schema = resolve(requestMedia(id)?.schema);
  const known = Object.keys(propertiesOf(schema).properties);
  const closed = known.length > 0 && !schema?.additionalProperties && !schema?.oneOf && !schema?.anyOf;
  const keys = Object.keys(value).filter((k) => k.length > 3);
  return closed && keys.length ? [{ id, value: value as Record<string, unknown>, known, keys }] : [];
});

const typo = fc.record({ kind: fc.constantFrom('drop', 'double', 'swap'), at: fc.nat() });

function misspell(key: string, { kind, at }: { kind: string; at: number }): string {
  const i = at % (key.length - 1);
  if (kind === 'drop') return key.slice(0, i) + key.slice(i + 1);
  if (kind === 'double') return key.slice(0, i + 1) + key.slice(i);
  return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
}

describe('unknown body keys over every documented request example', () => {
  it('examples have none', () => {
    expect(examples.length).toBeGreaterThan(20);
    for (const { id, value } of examples) expect(unknownKeys(id, value), id).toEqual([]);
  });

  it('a misspelt top-level key is reported at its pointer with a suggestion at most as far', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), typo, ({ id, value, known, keys }, pick, how) => {
        const key = keys[pick % keys.length] as string;
        const wrong = misspell(key, how);
        fc.pre(!known.includes(wrong));
        const { [key]: kept, ...rest } = value;
        const found = unknownKeys(id, { ...rest, [wrong]: kept });
        const here = found.find((f) => f.pointer === `/${wrong.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        expect(here, `${id} ${wrong}`).toBeDefined();
        expect(here?.suggestion, `${id} ${wrong}`).toBeDefined();
        expect(editDistance(wrong, here?.suggestion ?? '')).toBeLessThanOrEqual(editDistance(wrong, key));
      }),
      { numRuns: 300 },
    );
  });
});
