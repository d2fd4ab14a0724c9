// Reads the split spec's YAML files and follows `$ref`s relative to the file that holds them, keeping for
// every schema where it was written (file and JSON pointer), so differences and release marks point at the
// line to edit.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { YAML } from '../releases.mjs';

export function createSpecReader(specDir) {
  const files = new Map();
  const load = (file) => {
    if (!files.has(file)) files.set(file, YAML.parse(readFileSync(file, 'utf8')));
    return files.get(file);
  };
  const at = (doc, pointer) =>
    pointer
      .split('/')
      .slice(1)
      .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);

  /** { node, file, pointer } with `$ref` chains followed. */
  function deref(node, file, pointer) {
    let guard = 0;
    while (node && typeof node === 'object' && typeof node.$ref === 'string' && guard++ < 32) {
      const [target, fragment = ''] = node.$ref.split('#');
      const nextFile = target ? resolve(dirname(file), target) : file;
      const nextDoc = load(nextFile);
      pointer = fragment;
      file = nextFile;
      node = fragment ? at(nextDoc, fragment) : nextDoc;
    }
    return { node, file, pointer };
  }

  const where = (file, pointer) => `${relative(specDir, file)}#${pointer}`;
  return { load, deref, where };
}

const esc = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * What a schema allows, flattened: kinds (string, integer, number, boolean, array, object, map, null, any),
 * properties (name → located schema), required names, items and map values. allOf is merged; oneOf/anyOf
 * branches are united (a property any branch declares is declared).
 */
export function describeSchema(reader, located) {
  const out = {
    kinds: new Set(),
    properties: new Map(),
    required: new Set(),
    items: [],
    values: [],
    located,
    closed: true,
  };
  const visit = ({ node, file, pointer }, depth, requiredToo) => {
    if (depth > 16 || !node || typeof node !== 'object') {
      if (node === true || node === undefined) out.kinds.add('any');
      return;
    }
    if (node.$ref) return visit(reader.deref(node, file, pointer), depth + 1, requiredToo);
    const types = node.type === undefined ? [] : [].concat(node.type);
    if (node.nullable === true) out.kinds.add('null');
    if (node.const === null || (Array.isArray(node.enum) && node.enum.includes(null))) out.kinds.add('null');
    for (const t of types) {
      if (t === 'object') out.kinds.add(node.additionalProperties && !node.properties ? 'map' : 'object');
      else out.kinds.add(t);
    }
    for (const [name, prop] of Object.entries(node.properties ?? {})) {
      if (!out.properties.has(name))
        out.properties.set(name, { node: prop, file, pointer: `${pointer}/properties/${esc(name)}` });
    }
    if (requiredToo) for (const r of node.required ?? []) out.required.add(r);
    if (node.items) out.items.push({ node: node.items, file, pointer: `${pointer}/items` });
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      out.values.push({ node: node.additionalProperties, file, pointer: `${pointer}/additionalProperties` });
    }
    if (node.additionalProperties !== false) out.closed = false;
    for (const [i, s] of (node.allOf ?? []).entries()) {
      visit({ node: s, file, pointer: `${pointer}/allOf/${i}` }, depth + 1, requiredToo);
    }
    for (const key of ['oneOf', 'anyOf']) {
      for (const [i, s] of (node[key] ?? []).entries()) {
        visit({ node: s, file, pointer: `${pointer}/${key}/${i}` }, depth + 1, false);
      }
    }
    if (types.length === 0 && !node.allOf && !node.oneOf && !node.anyOf) {
      if (node.properties) out.kinds.add('object');
      else if (node.items) out.kinds.add('array');
      else if (node.additionalProperties) out.kinds.add('map');
      else if (node.enum === undefined && node.const === undefined) out.kinds.add('any');
    }
  };
  visit(located, 0, true);
  out.target = reader.deref(located.node, located.file, located.pointer);
  return out;
}
