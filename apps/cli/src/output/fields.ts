// `--json`: which fields there are (from the response schema, else the data), checking the ones asked for,
// and picking them, dotted paths reaching nested fields.
import { UsageError } from '../exit-codes.js';
import { closest } from '../model/suggest.js';
import { propertiesOf, resolve, responseSchema, type Schema, typeOf } from './schema.js';

function fieldPaths(schema: Schema | undefined, prefix: string, depth: number, out: string[]): void {
  for (const [name, raw] of Object.entries(propertiesOf(schema).properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push(path);
    if (depth < 2) fieldPaths(throughArrays(raw), path, depth + 1, out);
  }
}

/** The schema of what an array holds (of what its items hold, for arrays of arrays); others as they are. */
function throughArrays(schema: Schema | undefined): Schema | undefined {
  let current = resolve(schema);
  for (let i = 0; i < 8 && typeOf(current) === 'array'; i++) current = resolve(current?.items);
  return current;
}

/** The schema of what `--json` picks from: the list's items for a wrapped list, else the response. */
export function itemSchema(operationId: string, listField: string | undefined): Schema | undefined {
  const schema = responseSchema(operationId);
  if (typeOf(schema) === 'array') return resolve(resolve(schema)?.items);
  if (listField) {
    const list = propertiesOf(schema).properties[listField];
    if (typeOf(list) === 'array') return resolve(resolve(list)?.items);
  }
  return schema;
}

/** The fields `--json` can pick (dotted for nested objects and lists of objects, two levels deep). */
export function availableFields(operationId: string, listField: string | undefined): string[] {
  const out: string[] = [];
  fieldPaths(itemSchema(operationId, listField), '', 1, out);
  return out;
}

/** Why `path` is not a field of `schema` (with a hint), or undefined when it is or cannot be told. */
function unknownField(schema: Schema | undefined, path: string): { field: string; hint: string } | undefined {
  const segments = path.split('.');
  let current = schema;
  for (let i = 0; i < segments.length; i++) {
    const names = Object.keys(propertiesOf(throughArrays(current)).properties);
    // A free-form object (a map, `any`): its keys are the data's, not the schema's.
    if (!names.length) return undefined;
    const segment = segments[i] as string;
    if (!names.includes(segment)) {
      const parent = segments.slice(0, i).join('.');
      const guess = closest(segment, names);
      const full = (name: string) => (parent ? `${parent}.${name}` : name);
      return {
        field: path,
        hint: `${parent ? `Fields of ${parent}` : 'Available fields'}: ${names.map(full).join(', ')}${
          guess ? `\nDid you mean ${JSON.stringify(full(guess))}?` : ''
        }`,
      };
    }
    current = propertiesOf(throughArrays(current)).properties[segment];
  }
  return undefined;
}

/**
 * Throws a usage error (exit 2) for fields the response does not have, at any depth (`stages.nme` as
 * well as `bogus`), suggesting the closest and naming the fields there are at that level.
 */
export function checkFields(fields: string[], schema: Schema | undefined): void {
  if (!Object.keys(propertiesOf(throughArrays(schema)).properties).length) return;
  const unknown = fields.flatMap((f) => unknownField(schema, f) ?? []);
  const first = unknown[0];
  if (first) {
    throw new UsageError(
      `--json: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u.field)).join(', ')}`,
      first.hint,
    );
  }
}

/** The value at a dotted path; a list on the way is mapped over (`stages.name`: each stage's name). */
function get(value: unknown, segments: string[]): unknown {
  if (!segments.length) return value ?? null;
  if (Array.isArray(value)) return value.map((item) => get(item, segments));
  if (value === null || typeof value !== 'object') return null;
  const [key, ...rest] = segments;
  return get((value as Record<string, unknown>)[key as string], rest);
}

/** Keeps only `fields` (dotted paths allowed) of an object, or of each item of a list. */
export function pickFields(data: unknown, fields: string[], listField?: string): unknown {
  const pick = (item: unknown) =>
    item && typeof item === 'object'
      ? Object.fromEntries(fields.map((f) => [f, get(item, f.split('.'))]))
      : item;
  if (Array.isArray(data)) return data.map(pick);
  const list =
    listField && data && typeof data === 'object' ? (data as Record<string, unknown>)[listField] : undefined;
  return Array.isArray(list) ? list.map(pick) : pick(data);
}
