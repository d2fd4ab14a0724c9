// Secret-looking properties of answers: each is marked (`x-zadig-secret`, `x-zadig-secret-when`), named in
// `x-zadig-secret-names`, or listed with a reason in spec/secrets-allowlist.yaml.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;
const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const allowed = parse(
  readFileSync(new URL('../../../spec/secrets-allowlist.yaml', import.meta.url), 'utf8'),
) as Record<string, string>;
const NAMES = new Set<string>(spec['x-zadig-secret-names']);
const SECRET_LOOKING = /token|password|passwd|secret|private_key|ssh_key|kube_?config|credential/i;

const resolve = (ref: string): Schema =>
  ref
    .slice(2)
    .split('/')
    .reduce((node: Schema, key) => node[key] as Schema, spec);

/** Every property reachable from a 2xx JSON answer, as `<declaring schema>.<name>` with its schema. */
function answerProperties(): Map<string, Schema> {
  const found = new Map<string, Schema>();
  const seen = new Set<string>();
  const walk = (schema: unknown, owner: string): void => {
    if (!schema || typeof schema !== 'object') return;
    const s = schema as Schema;
    if (typeof s.$ref === 'string') {
      if (seen.has(s.$ref)) return;
      seen.add(s.$ref);
      walk(resolve(s.$ref), s.$ref.split('/').pop() as string);
      return;
    }
    for (const key of ['allOf', 'oneOf', 'anyOf'])
      for (const branch of (s[key] as unknown[] | undefined) ?? []) walk(branch, owner);
    for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      found.set(`${owner}.${name}`, property);
      walk(property, owner);
    }
    walk(s.items, owner);
    walk(s.additionalProperties, owner);
  };
  for (const [path, item] of Object.entries<Record<string, Schema>>(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, Schema>)) {
        if (!status.startsWith('2')) continue;
        const resolved = typeof response.$ref === 'string' ? resolve(response.$ref) : response;
        for (const media of Object.values((resolved.content ?? {}) as Record<string, Schema>))
          walk(media.schema, `${method.toUpperCase()} ${path}`);
      }
    }
  }
  return found;
}

const isMarked = (name: string, property: Schema) =>
  property['x-zadig-secret'] === true ||
  typeof property['x-zadig-secret-when'] === 'string' ||
  NAMES.has(name.split('.').pop() as string);

describe('secrets in answers', () => {
  const properties = answerProperties();

  it('marks every secret-looking property, or lists it with a reason', () => {
    const unmarked = [...properties]
      .filter(
        ([key, property]) => SECRET_LOOKING.test(key.split('.').pop() as string) && !isMarked(key, property),
      )
      .map(([key]) => key)
      .filter((key) => !(key in allowed) && !key.endsWith('.is_credential'));
    expect(unmarked).toEqual([]);
  });

  it('keeps the allow-list current and explained', () => {
    for (const [key, reason] of Object.entries(allowed)) {
      expect(properties.has(key), `${key} is not a property of an answer any more`).toBe(true);
      expect(isMarked(key, properties.get(key) as Schema), `${key} is marked: drop it from the list`).toBe(
        false,
      );
      expect(reason.length, `${key} needs a reason`).toBeGreaterThan(20);
    }
  });

  it('finds the marks it checks', () => {
    expect(properties.get('WorkflowRepository.oauth_token')?.['x-zadig-secret']).toBe(true);
    expect(properties.get('WorkflowParam.value')?.['x-zadig-secret-when']).toBe('is_credential');
  });
});
