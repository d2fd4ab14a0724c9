// Mechanical spec fixes for three kinds of difference, so a new release's fields need no hand-typing:
// a field the spec lacks is added as an optional property of the kind the Go type has, a property the
// server can send as null is widened to allow null, and a request property the server neither binds as
// required nor checks is no longer required (a schema is never stricter than the server). Edits are made on the YAML text (comments and layout stay).
import { readFileSync, writeFileSync } from 'node:fs';
import { YAML } from '../releases.mjs';

const goTypeName = (id) => id?.split(':').pop();

/** A schema (as a JS value) for a Go shape: kinds exactly, nested structs as open objects. */
export function schemaOf(shape, depth = 0) {
  switch (shape.kind) {
    case 'pointer':
      return schemaOf(shape.elem, depth);
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return { type: shape.kind };
    case 'array':
      return depth > 2 ? { type: 'array' } : { type: 'array', items: schemaOf(shape.items, depth + 1) };
    case 'map':
      return depth > 2 || shape.values.kind === 'any'
        ? { type: 'object', additionalProperties: true }
        : { type: 'object', additionalProperties: schemaOf(shape.values, depth + 1) };
    case 'struct':
      return { type: 'object', description: `The server's \`${goTypeName(shape.id)}\`.` };
    default:
      return {};
  }
}

function pathOf(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text, offset) => {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
};

/** Adds `name` as a property of the object schema at `at` ({ file, pointer }). Returns why not, or undefined. */
function addProperty(at, name, schema) {
  const text = readFileSync(at.file, 'utf8');
  const doc = YAML.parseDocument(text, { keepSourceTokens: true });
  const object = at.pointer ? doc.getIn(pathOf(at.pointer), true) : doc.contents;
  const properties = YAML.isMap(object) ? object.get('properties', true) : undefined;
  if (!YAML.isMap(properties) || properties.flow) return 'no block `properties:` mapping to add to';
  const last = properties.items[properties.items.length - 1];
  const indent = text.slice(lineStart(text, last.key.range[0]), last.key.range[0]);
  const end = lineEnd(text, (last.value ?? last.key).range[1] - 1);
  const body = YAML.stringify({ [name]: schema }, { lineWidth: 110, flowCollectionPadding: true })
    .trimEnd()
    .split('\n')
    .map((l) => `${indent}${l}`)
    .join('\n');
  writeFileSync(at.file, `${text.slice(0, end)}\n${body}${text.slice(end)}`);
  return undefined;
}

/** Lets the property schema at `at` be null. Returns why not, or undefined. */
function allowNull(at) {
  const text = readFileSync(at.file, 'utf8');
  const doc = YAML.parseDocument(text, { keepSourceTokens: true });
  const node = doc.getIn(pathOf(at.pointer), true);
  if (!YAML.isMap(node)) return 'not a mapping';
  const type = node.get('type', true);
  const replace = (from, to, value) =>
    writeFileSync(at.file, `${text.slice(0, from)}${value}${text.slice(to)}`);
  if (YAML.isScalar(type)) {
    replace(type.range[0], type.range[1], `[${type.value}, "null"]`);
    return undefined;
  }
  if (YAML.isSeq(type) && type.flow) {
    replace(type.range[0], type.range[1], `[${type.items.map((i) => i.value).join(', ')}, "null"]`);
    return undefined;
  }
  const ref = node.get('$ref', true);
  if (YAML.isScalar(ref) && !node.flow) {
    const pair = node.items.find((p) => p.key.value === '$ref');
    const start = lineStart(text, pair.key.range[0]);
    const indent = text.slice(start, pair.key.range[0]);
    const block = `${indent}oneOf:\n${indent}  - $ref: ${ref.source ?? ref.value}\n${indent}  - type: "null"`;
    replace(start, lineEnd(text, ref.range[1] - 1), block);
    return undefined;
  }
  if (YAML.isScalar(ref) && node.flow) {
    replace(
      node.range[0],
      node.range[1],
      `{ oneOf: [{ $ref: ${ref.source ?? ref.value} }, { type: "null" }] }`,
    );
    return undefined;
  }
  return 'neither `type` nor `$ref` to widen';
}

/** Drops `name` from the `required` list of the object schema at `at`. Returns why not, or undefined. */
function dropRequired(at, name) {
  const text = readFileSync(at.file, 'utf8');
  const doc = YAML.parseDocument(text, { keepSourceTokens: true });
  const object = at.pointer ? doc.getIn(pathOf(at.pointer), true) : doc.contents;
  const list = YAML.isMap(object) ? object.get('required', true) : undefined;
  if (!YAML.isSeq(list)) return 'no `required` list here (it comes from an allOf or a $ref)';
  const left = list.items.map((i) => i.value).filter((v) => v !== name);
  const pair = object.items.find((p) => p.key.value === 'required');
  const start = lineStart(text, pair.key.range[0]);
  const end = lineEnd(text, list.range[1] - 1);
  const indent = text.slice(start, pair.key.range[0]);
  const next = left.length ? `${indent}required: [${left.join(', ')}]` : undefined;
  const tail = next === undefined ? text.slice(end + 1) : text.slice(end);
  writeFileSync(at.file, `${text.slice(0, start)}${next ?? ''}${tail}`);
  return undefined;
}

/** Applies the fixable differences; returns [{ diff, why }] of those it could not fix. */
export function fixDifferences(diffs) {
  const skipped = [];
  const done = new Set();
  for (const d of diffs) {
    if (!d.fix) continue;
    const key = `${d.kind} ${d.fix.at.file}#${d.fix.at.pointer} ${d.fix.name ?? ''}`;
    if (done.has(key)) continue;
    done.add(key);
    let why;
    if (d.kind === 'missing') {
      const schema = schemaOf(d.fix.shape);
      if (d.fix.nullable && typeof schema.type === 'string') schema.type = [schema.type, 'null'];
      const described = {
        ...schema,
        description:
          schema.description ?? `Not in the docs: the server's \`${goTypeName(d.type)}.${d.fix.goName}\`.`,
      };
      why = addProperty(d.fix.at, d.fix.name, described);
    } else if (d.kind === 'null') {
      why = allowNull(d.fix.at);
    } else if (d.kind === 'required' && d.fix.drop) {
      why = dropRequired(d.fix.at, d.fix.name);
    }
    if (why) skipped.push({ diff: d, why });
  }
  return skipped;
}
