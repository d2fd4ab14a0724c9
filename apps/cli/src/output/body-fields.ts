// A request body, made discoverable: its fields for --help (path, type, required, allowed values,
// description, nested to a readable depth) and an example body for --example.

import { propertiesOf, requestMedia, resolve, type Schema, typeOf } from './schema.js';
import { userText } from './user-text.js';

/** One field of a body, flattened: `images[].container_name`. */
export interface BodyField {
  path: string;
  type: string;
  required: boolean;
  enum?: string[];
  description: string;
}

const MAX_DEPTH = 3;

function describeType(schema: Schema | undefined): string {
  const s = resolve(schema);
  const type = typeOf(s);
  if (type === 'array') return `array of ${typeOf(s?.items)}`;
  return type;
}

function walk(schema: Schema | undefined, prefix: string, depth: number, out: BodyField[]): void {
  const { properties, required } = propertiesOf(schema);
  for (const [name, raw] of Object.entries(properties)) {
    const s = resolve(raw);
    const path = prefix ? `${prefix}.${name}` : name;
    const values = s?.enum ?? resolve(s?.items)?.enum;
    out.push({
      path,
      type: describeType(s),
      required: required.includes(name),
      ...(Array.isArray(values) ? { enum: values.map(String) } : {}),
      description: userText(String(s?.description ?? '')).replace(/\s+/g, ' '),
    });
    if (depth >= MAX_DEPTH) continue;
    const type = typeOf(s);
    if (type === 'object') walk(s, path, depth + 1, out);
    else if (type === 'array' && typeOf(s?.items) === 'object') walk(s?.items, `${path}[]`, depth + 1, out);
  }
}

/** The body's fields, nested to three levels; empty when the body is not an object. */
export function bodyFields(operationId: string): BodyField[] {
  const out: BodyField[] = [];
  walk(requestMedia(operationId)?.schema, '', 1, out);
  return out;
}

/** The help section listing a body's fields. */
export function bodyFieldsHelp(operationId: string, width = 110): string[] {
  const fields = bodyFields(operationId);
  if (!fields.length) return [];
  const pathWidth = Math.min(40, Math.max(...fields.map((f) => f.path.length)));
  const lines = [
    '',
    'Body fields (a YAML or JSON file with --file, or piped on stdin; --example prints one to start from):',
  ];
  for (const f of fields) {
    const notes = [
      f.required ? 'required' : '',
      f.enum ? `one of: ${f.enum.map((v) => (v === '' ? '""' : v)).join(', ')}` : '',
    ].filter(Boolean);
    const head = `  ${f.path.padEnd(pathWidth)}  ${f.type}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    // The description on the same line when it fits, else on the next, indented.
    if (!f.description) lines.push(head);
    else if (head.length + 2 + f.description.length <= width) lines.push(`${head}  ${f.description}`);
    else lines.push(head, `      ${f.description}`);
  }
  return lines;
}

function synthesize(schema: Schema | undefined, depth: number): unknown {
  const s = resolve(schema);
  if (!s) return null;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v: unknown) => v !== '') ?? s.enum[0];
  const type = typeOf(s);
  if (type === 'object') {
    if (depth > 4) return {};
    const { properties, required } = propertiesOf(s);
    // The required fields, or every field when none is required.
    const names = required.length ? required : Object.keys(properties);
    return Object.fromEntries(names.map((n) => [n, synthesize(properties[n], depth + 1)]));
  }
  if (type === 'array') return depth > 4 ? [] : [synthesize(s.items, depth + 1)];
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  if (type === 'string') return '';
  const first = resolve((s.oneOf ?? s.anyOf)?.[0]);
  return first ? synthesize(first, depth) : null;
}

/** An example body: the spec's documented request example, else one built from the schema. */
export function exampleBody(operationId: string): { value: unknown; documented: boolean } | undefined {
  const media = requestMedia(operationId);
  if (!media) return undefined;
  if (media.example !== undefined) return { value: media.example, documented: true };
  const first = Object.values((media.examples ?? {}) as Record<string, Schema>)
    .map(resolve)
    .find((e) => e && e.value !== undefined);
  if (first) return { value: first.value, documented: true };
  return { value: synthesize(media.schema, 0), documented: false };
}
