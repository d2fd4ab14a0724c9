// The bundled spec's schemas, for what the operation index does not carry: body fields for --help, example
// bodies for --example, the fields --json can pick. Loaded only by the commands that need it.
import { readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
export type Schema = Record<string, any>;

let doc: Schema | undefined;

function spec(): Schema {
  if (!doc) {
    // node:module is taken here, not imported: a command that never needs the spec does not load it.
    const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
    const require = createRequire(import.meta.url);
    doc = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8')) as Schema;
  }
  return doc;
}

/** Follows `$ref`s to the schema they name, and into the one member of a `oneOf`/`anyOf` that is not null. */
export function resolve(node: Schema | undefined): Schema | undefined {
  const found = resolveRef(node);
  const members = (found?.oneOf ?? found?.anyOf) as Schema[] | undefined;
  if (!found?.type && members) {
    const notNull = members.map(resolveRef).filter((m) => m && m.type !== 'null');
    if (notNull.length === 1) return notNull[0];
  }
  return found;
}

function resolveRef(node: Schema | undefined): Schema | undefined {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce<Schema | undefined>(
      (acc, key) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      spec(),
    );
  }
  return current;
}

function operation(operationId: string): Schema | undefined {
  for (const item of Object.values(spec().paths ?? {}) as Schema[]) {
    for (const op of Object.values(item) as Schema[]) {
      if (op && typeof op === 'object' && op.operationId === operationId) return op;
    }
  }
  return undefined;
}

/** The JSON media type of an operation's request body. */
export function requestMedia(operationId: string): Schema | undefined {
  const body = resolve(operation(operationId)?.requestBody);
  return resolve(body?.content?.['application/json']);
}

/** The schema of an operation's successful JSON response. */
export function responseSchema(operationId: string): Schema | undefined {
  const responses = operation(operationId)?.responses ?? {};
  const code = Object.keys(responses).find((c) => c.startsWith('2'));
  const ok = code ? resolve(responses[code]) : undefined;
  return resolve(ok?.content?.['application/json']?.schema);
}

/** The schema's type without `null`: `string`, `object`, `array` … */
export function typeOf(schema: Schema | undefined): string {
  const s = resolve(schema);
  if (!s) return 'any';
  const t = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  if (s.oneOf || s.anyOf) return 'one of several';
  return 'any';
}

/** Properties of an object schema, merging `allOf` parts. */
export function propertiesOf(schema: Schema | undefined): {
  properties: Record<string, Schema>;
  required: string[];
} {
  const s = resolve(schema);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  if (!s) return { properties, required };
  for (const part of [s, ...((s.allOf as Schema[] | undefined) ?? []).map(resolve)]) {
    if (!part) continue;
    Object.assign(properties, part.properties ?? {});
    required.push(...((part.required as string[] | undefined) ?? []));
  }
  return { properties, required };
}
