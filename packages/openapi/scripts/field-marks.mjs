// Field-level release marks: properties that carry x-zadig-since / x-zadig-until (written by
// spec/tools/check-server-structs.mjs from the server's structs at each tracked release). Per-release bundles
// leave out the properties a release does not have, and spec/RELEASES.md lists the fields each release added
// or removed.
import { releasesOf } from '../../../spec/tools/releases.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const NESTED = ['items', 'additionalProperties', 'not'];
const BRANCHES = ['allOf', 'oneOf', 'anyOf'];

const marked = (schema) =>
  schema && typeof schema === 'object' && ('x-zadig-since' in schema || 'x-zadig-until' in schema);

/** Calls visit(schema, name, path) for every property schema under `schema` (not following $ref). */
function eachProperty(schema, path, visit, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    visit(schema, name, `${path}.${name}`);
    eachProperty(prop, `${path}.${name}`, visit, seen);
  }
  for (const key of NESTED) eachProperty(schema[key], key === 'items' ? `${path}[]` : path, visit, seen);
  for (const key of BRANCHES) for (const branch of schema[key] ?? []) eachProperty(branch, path, visit, seen);
}

/** Every schema root of the bundle with a readable name: component schemas and inline bodies. */
function schemaRoots(doc) {
  const roots = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({ name, schema }));
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (type.includes('json')) roots.push({ name: `${op.operationId} request`, schema: media.schema });
      }
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type.includes('json')) roots.push({ name: `${op.operationId} ${code}`, schema: media.schema });
        }
      }
    }
  }
  return roots;
}

/** The bundle without the properties `release` lacks (and without them in `required`). Mutates `doc`. */
export function stripFields(doc, tracked, release) {
  for (const { schema } of schemaRoots(doc)) {
    eachProperty(schema, '', (parent, name) => {
      const prop = parent.properties[name];
      if (!marked(prop)) return;
      const first = typeof tracked[0] === 'string' ? tracked[0] : tracked[0].release;
      if (releasesOf(tracked, prop['x-zadig-since'] ?? first, prop['x-zadig-until']).includes(release))
        return;
      delete parent.properties[name];
      if (Array.isArray(parent.required)) parent.required = parent.required.filter((r) => r !== name);
    });
  }
  return doc;
}

/** Per release (after the first): the fields it added and removed, as `Schema.path` names. */
export function fieldChanges(doc, tracked) {
  const names = tracked.map((r) => (typeof r === 'string' ? r : r.release));
  const changes = new Map(names.map((r) => [r, { added: new Set(), removed: new Set() }]));
  for (const { name, schema } of schemaRoots(doc)) {
    eachProperty(schema, name, (parent, prop, path) => {
      const node = parent.properties[prop];
      if (!marked(node)) return;
      const since = node['x-zadig-since'];
      const until = node['x-zadig-until'];
      if (since) changes.get(since === 'unreleased' ? 'main' : since)?.added.add(path);
      if (until) {
        const next = names[names.indexOf(until) + 1];
        if (next) changes.get(next).removed.add(path);
      }
    });
  }
  return new Map(
    [...changes].map(([r, c]) => [r, { added: [...c.added].sort(), removed: [...c.removed].sort() }]),
  );
}
