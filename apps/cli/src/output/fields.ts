// `--json`: which fields there are (from the response schema, else the data), checking the ones asked for,
// and picking them, dotted paths reaching nested fields.
import { UsageError } from '../exit-codes.js';
import { propertiesOf, resolve, responseSchema, type Schema, typeOf } from './schema.js';

function fieldPaths(schema: Schema | undefined, prefix: string, depth: number, out: string[]): void {
  for (const [name, raw] of Object.entries(propertiesOf(schema).properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push(path);
    if (depth < 2 && typeOf(raw) === 'object') fieldPaths(raw, path, depth + 1, out);
  }
}

/** The schema of what `--json` picks from: the list's items for a wrapped list, else the response. */
function itemSchema(operationId: string, listField: string | undefined): Schema | undefined {
  const schema = responseSchema(operationId);
  if (typeOf(schema) === 'array') return resolve(resolve(schema)?.items);
  if (listField) {
    const list = propertiesOf(schema).properties[listField];
    if (typeOf(list) === 'array') return resolve(resolve(list)?.items);
  }
  return schema;
}

/** The fields `--json` can pick (dotted for nested objects, two levels deep). */
export function availableFields(operationId: string, listField: string | undefined): string[] {
  const out: string[] = [];
  fieldPaths(itemSchema(operationId, listField), '', 1, out);
  return out;
}

/** Throws a usage error (exit 2) for fields the response does not have, naming the valid ones. */
export function checkFields(fields: string[], available: string[]): void {
  if (!available.length) return;
  const known = new Set(available);
  const unknown = fields.filter((f) => !known.has(f) && !available.some((a) => f.startsWith(`${a}.`)));
  if (unknown.length) {
    throw new UsageError(
      `--json: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => JSON.stringify(f)).join(', ')}`,
      `Available fields: ${available.join(', ')}`,
    );
  }
}

function get(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current ?? null;
}

/** Keeps only `fields` (dotted paths allowed) of an object, or of each item of a list. */
export function pickFields(data: unknown, fields: string[], listField?: string): unknown {
  const pick = (item: unknown) =>
    item && typeof item === 'object' ? Object.fromEntries(fields.map((f) => [f, get(item, f)])) : item;
  if (Array.isArray(data)) return data.map(pick);
  const list =
    listField && data && typeof data === 'object' ? (data as Record<string, unknown>)[listField] : undefined;
  return Array.isArray(list) ? list.map(pick) : pick(data);
}
