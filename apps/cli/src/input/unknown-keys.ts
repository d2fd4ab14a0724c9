// Body keys the request schema does not know. Zadig's server drops JSON fields it has no struct field for, so a
// misspelt key (`sourse:`) is sent and silently has no effect; the schema knows better. Only where the schema
// lists its properties: free-form maps (`additionalProperties`, objects without properties) take any key.
import { closest } from '../model/suggest.js';
import { requestMedia, resolve, type Schema } from '../output/schema.js';

export interface UnknownKey {
  /** JSON pointer of the key (`/services/0/imgaes`). */
  pointer: string;
  /** The closest key the schema knows there, if one is close. */
  suggestion?: string;
}

interface Shape {
  properties: Map<string, Schema[]>;
  /** Some branch takes keys it does not list. */
  open: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerPart(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The properties an object may have under `schema`, over every allOf/oneOf/anyOf branch. */
function shapeOf(schema: Schema | undefined, shape: Shape, seen = new Set<Schema>()): void {
  const s = resolve(schema);
  if (!s || seen.has(s)) return;
  seen.add(s);
  const branches = [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])] as Schema[];
  for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    shape.properties.set(name, [...(shape.properties.get(name) ?? []), sub]);
  }
  if (s.additionalProperties !== undefined && s.additionalProperties !== false) shape.open = true;
  const types = ([] as unknown[]).concat(s.type ?? []);
  const objectLike = types.length === 0 || types.includes('object');
  if (objectLike && !s.properties && !branches.length && !s.enum && s.const === undefined) shape.open = true;
  for (const branch of branches) shapeOf(branch, shape, seen);
}

function itemsOf(schema: Schema | undefined, seen = new Set<Schema>()): Schema[] {
  const s = resolve(schema);
  if (!s || seen.has(s)) return [];
  seen.add(s);
  const branches = [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])] as Schema[];
  return [...(s.items ? [s.items as Schema] : []), ...branches.flatMap((b) => itemsOf(b, seen))];
}

function walk(schemas: Schema[], value: unknown, pointer: string, out: UnknownKey[]): void {
  if (Array.isArray(value)) {
    const items = schemas.flatMap((s) => itemsOf(s));
    if (!items.length) return;
    value.forEach((item, i) => {
      walk(items, item, `${pointer}/${i}`, out);
    });
    return;
  }
  if (!isObject(value)) return;
  const shape: Shape = { properties: new Map(), open: false };
  for (const s of schemas) shapeOf(s, shape);
  // No listed property at all: nothing is known here.
  if (!shape.properties.size) return;
  for (const [key, child] of Object.entries(value)) {
    const at = `${pointer}/${pointerPart(key)}`;
    const subs = shape.properties.get(key);
    if (subs) {
      walk(subs, child, at, out);
      continue;
    }
    if (shape.open) continue;
    const suggestion = closest(key, shape.properties.keys());
    out.push({ pointer: at, ...(suggestion ? { suggestion } : {}) });
  }
}

/** The keys of `body` that the operation's request schema does not have, by JSON pointer. */
export function unknownKeys(operationId: string, body: unknown): UnknownKey[] {
  const schema = requestMedia(operationId)?.schema as Schema | undefined;
  if (!schema) return [];
  const out: UnknownKey[] = [];
  walk([schema], body, '', out);
  return out;
}

/** One line per unknown key: `/sourse (did you mean source?)`. */
export function describeUnknown(keys: UnknownKey[]): string[] {
  return keys.map((k) => `${k.pointer}${k.suggestion ? ` (did you mean ${k.suggestion}?)` : ''}`);
}
