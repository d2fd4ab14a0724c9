// JSON Schemas for tool inputs, made self-contained from the spec (MCP clients cannot follow the spec's
// `$ref`s), and the flat field list zadig_describe_operation shows.
import type { Catalog, Json, Operation } from './catalog.js';

/** Keywords that only cost a model's context: examples and the spec's own extensions. */
function dropped(key: string): boolean {
  return key === 'example' || key === 'examples' || key.startsWith('x-');
}

/** Beyond this depth a body schema is left open (`{}`): deep schemas cost context and rarely help. */
const MAX_DEPTH = 8;

/** `node` with every `$ref` replaced by its target; a cycle or excessive depth becomes an open schema. */
export function inlineSchema(catalog: Catalog, node: Json, depth = 0, seen: string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => inlineSchema(catalog, item, depth, seen));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref) || depth > MAX_DEPTH) return {};
    return inlineSchema(catalog, catalog.deref(node), depth, [...seen, node.$ref]);
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped(key)) continue;
    const structural = key === 'properties' || key === 'patternProperties' || key === '$defs';
    out[key] =
      structural && value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([name, schema]) => [
              name,
              inlineSchema(catalog, schema, depth + 1, seen),
            ]),
          )
        : inlineSchema(catalog, value, depth + (key === 'items' ? 1 : 0), seen);
  }
  return out;
}

/** A parameter's own schema (type, enum, minimum, …) with its description. */
export function parameterSchema(catalog: Catalog, op: Operation, name: string): Json {
  const declared = (catalog.operationObject(op).parameters ?? [])
    .map((p: Json) => catalog.deref(p))
    .find((p: Json) => p.name === name);
  const schema = inlineSchema(catalog, declared?.schema ?? {});
  const description = declared?.description ?? op.parameters.find((p) => p.name === name)?.description;
  return description ? { ...schema, description } : schema;
}

/** The request body schema of an operation, self-contained, or undefined when it takes no JSON body. */
export function bodySchema(catalog: Catalog, op: Operation): Json | undefined {
  if (!op.requestBody) return undefined;
  const body = catalog.deref(catalog.operationObject(op).requestBody);
  const schema = body?.content?.['application/json']?.schema;
  return schema ? inlineSchema(catalog, schema) : undefined;
}

/** Path and query parameters an input object takes (headers and cookies are not part of an input). */
export function inputParameters(op: Operation) {
  return op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
}

/** The JSON Schema of an operation's input: its path and query parameters by name, and `body`. */
export function operationInputSchema(catalog: Catalog, op: Operation): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const p of inputParameters(op)) {
    properties[p.name] = parameterSchema(catalog, op, p.name);
    if (p.required) required.push(p.name);
  }
  const body = bodySchema(catalog, op);
  if (body) {
    properties.body = { ...body, description: body.description ?? 'The JSON request body.' };
    if (op.requestBody?.required) required.push('body');
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

/** One field of a body, flattened: `services[].images[].image_name`. */
export interface FieldInfo {
  path: string;
  type: string;
  required: boolean;
  enum?: unknown[];
  description?: string;
}

function typeOf(schema: Json): string {
  if (Array.isArray(schema.type)) return schema.type.join('|');
  if (schema.type) return String(schema.type);
  if (schema.oneOf || schema.anyOf) return 'oneOf';
  if (schema.properties) return 'object';
  return 'any';
}

function shortDescription(text: unknown): string | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  const first = text.split('\n\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}

/** Nested body fields below this depth are not walked (inlined schemas are open beyond MAX_DEPTH anyway). */
const MAX_FIELD_DEPTH = 12;

/** The fields of a schema, depth-first, each once (the same field in several oneOf branches is merged). */
export function flattenFields(schema: Json, limit = Number.POSITIVE_INFINITY): FieldInfo[] {
  const out: FieldInfo[] = [];
  const byPath = new Map<string, FieldInfo>();
  const walk = (node: Json, prefix: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > MAX_FIELD_DEPTH || out.length >= limit) return;
    const variants = node.oneOf ?? node.anyOf ?? node.allOf;
    if (Array.isArray(variants)) for (const v of variants) walk(v, prefix, depth);
    if (node.type === 'array' || node.items) {
      walk(node.items, `${prefix}[]`, depth + 1);
      return;
    }
    const required = new Set<string>(Array.isArray(node.required) ? node.required : []);
    for (const [name, child] of Object.entries<Json>(node.properties ?? {})) {
      if (out.length >= limit) return;
      const path = prefix ? `${prefix}.${name}` : name;
      const seen = byPath.get(path);
      if (seen) {
        seen.required ||= required.has(name);
        walk(child, path, depth + 1);
        continue;
      }
      const description = shortDescription(child?.description);
      const field: FieldInfo = {
        path,
        type: typeOf(child ?? {}),
        required: required.has(name),
        ...(child?.enum ? { enum: child.enum } : {}),
        ...(description ? { description } : {}),
      };
      byPath.set(path, field);
      out.push(field);
      walk(child, path, depth + 1);
    }
  };
  walk(schema, '', 0);
  return out;
}

/** A field of a tree view: those below the view's depth are counted in `nestedFields`, not shown. */
export interface TreeField extends FieldInfo {
  nestedFields?: number;
}

/** The segments of a field path: `stages[].jobs[].name` has three. */
function segments(path: string): string[] {
  return path ? path.split('.') : [];
}

/**
 * The fields under `path` (`` for all, `stages[].jobs[]` for a subtree) down to `depth` levels below it;
 * a field with deeper ones says how many. Undefined when no field has that path.
 */
export function fieldTree(
  fields: FieldInfo[],
  path: string,
  depth: number,
): { fields: TreeField[]; collapsed: string[] } | undefined {
  const base = segments(path).length;
  const under = path
    ? fields.filter((f) => f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[].`))
    : fields;
  if (path && under.length === 0) return undefined;
  const shown: TreeField[] = [];
  const collapsed: string[] = [];
  for (const field of under) {
    const level = segments(field.path).length - base;
    if (level > depth) continue;
    if (level === depth) {
      const nested = under.filter(
        (f) => f.path.startsWith(`${field.path}.`) || f.path.startsWith(`${field.path}[].`),
      ).length;
      if (nested) {
        collapsed.push(
          field.path.endsWith('[]')
            ? field.path
            : fields.some((f) => f.path.startsWith(`${field.path}[].`))
              ? `${field.path}[]`
              : field.path,
        );
        shown.push({ ...field, nestedFields: nested });
        continue;
      }
    }
    shown.push(field);
  }
  return { fields: shown, collapsed };
}
