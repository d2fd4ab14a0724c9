// Finds, for each operation of the spec, the server route and handler it transcribes, the Go types the
// handler binds and answers, and the `x-zadig-go-type` marks the spec gives its request body and 2xx response.
import { join } from 'node:path';
import { routeKey } from '../releases.mjs';
import { handlerTypes } from './handlers.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const esc = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** The struct a shape names once pointers, slices and maps are looked through, or why there is none. */
export function namedStruct(result) {
  if (!result) return { why: 'no body' };
  if (result.why) return { why: result.why };
  let shape = result.shape;
  const seen = new Set();
  while (shape && !seen.has(shape)) {
    seen.add(shape);
    if (shape.kind === 'pointer') shape = shape.elem;
    else if (shape.kind === 'array' && shape.items.kind !== 'integer') shape = shape.items;
    else break;
  }
  if (shape?.kind === 'struct' && !shape.id.includes('<anonymous>')) return { id: shape.id };
  if (shape?.kind === 'map') {
    const values = shape.values.kind === 'any' ? 'interface{}' : shape.values.kind;
    return { why: `map[string]${values}` };
  }
  if (shape?.kind === 'any') return { why: 'interface{}' };
  if (shape?.kind === 'external') return { why: `external type ${shape.id}` };
  if (shape?.kind === 'custom') return { why: `custom JSON marshalling (${shape.id})` };
  if (shape?.kind === 'string') return { why: 'raw text' };
  return { why: shape?.id ? `${shape.kind} ${shape.id}` : (shape?.kind ?? 'unknown') };
}

/** The JSON media type of a request body or response, located in its operation file (after local $refs). */
function mediaType(reader, node, file, pointer) {
  const located = reader.deref(node, file, pointer);
  const content = located.node?.content;
  if (!content) return undefined;
  const type = Object.keys(content).find((t) => t.includes('json')) ?? Object.keys(content)[0];
  return {
    file: located.file,
    pointer: `${located.pointer}/content/${esc(type)}`,
    path: [
      ...located.pointer
        .split('/')
        .slice(1)
        .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')),
      'content',
      type,
    ],
    node: content[type],
  };
}

/** Every operation with its route's handler types at this release (undefined when the release lacks it). */
export function linkOperations(reader, specDir, program, routes) {
  const root = reader.load(join(specDir, 'openapi.yaml'));
  const byKey = new Map(routes.map((r) => [routeKey(r.method, r.path), r]));
  const out = [];
  for (const [path, item] of Object.entries(root.paths)) {
    for (const method of METHODS) {
      if (!item[method]?.$ref) continue;
      const op = reader.deref(item[method], join(specDir, 'openapi.yaml'), '');
      const route = byKey.get(routeKey(method, path));
      const types = route?.handler ? handlerTypes(program, route.handler) : undefined;
      const success = Object.keys(op.node.responses ?? {}).find((code) => /^2/.test(code));
      out.push({
        operationId: op.node.operationId,
        file: op.file,
        method,
        path,
        route,
        handler: route?.handler,
        types,
        request: op.node.requestBody
          ? mediaType(reader, op.node.requestBody, op.file, '/requestBody')
          : undefined,
        response: success
          ? mediaType(reader, op.node.responses[success], op.file, `/responses/${success}`)
          : undefined,
      });
    }
  }
  return out;
}
