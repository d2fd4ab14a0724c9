// Flattens the bundled document into one record per operation: what a CLI, a test generator or a
// client layer needs without walking the whole spec at run time.
import { cliBodyFlags, cliModules, cliNaming } from './cli-naming.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function resolve(doc, node) {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce((acc, key) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}

function schemaType(doc, schema) {
  const resolved = resolve(doc, schema) ?? {};
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== 'null') : resolved.type;
  return {
    type: type ?? 'string',
    ...(resolved.enum ? { enum: resolved.enum } : {}),
    ...(resolved.type === 'array' && resolved.items ? { items: schemaType(doc, resolved.items).type } : {}),
  };
}

function successResponse(doc, operation) {
  const code = Object.keys(operation.responses ?? {}).find((c) => c.startsWith('2'));
  return code ? resolve(doc, operation.responses[code]) : undefined;
}

function listField(doc, operation) {
  const ok = successResponse(doc, operation);
  const schema = resolve(doc, ok?.content?.['application/json']?.schema);
  if (!schema?.properties?.total) return undefined;
  return Object.entries(schema.properties).find(([, s]) => resolve(doc, s)?.type === 'array')?.[0];
}

// `x-zadig-reroute-needs` on an operation replaced by a newer one: the client sends calls of the newer one
// here on releases that route only this one; the inputs listed are this operation's parameters the newer
// one lacks, which the caller must then give.
function rerouteNeeds(op, params) {
  const needs = op['x-zadig-reroute-needs'];
  const where = `${op.operationId}/x-zadig-reroute-needs`;
  if (!op['x-zadig-replaced-by'])
    throw new Error(`${where}: only an operation with x-zadig-replaced-by is rerouted`);
  for (const name of needs) {
    if (!params.some((p) => p.name === name))
      throw new Error(`${where}: ${name} is not a parameter of the operation`);
  }
  return needs;
}

// `x-cli-flag` marks on the body's properties: which body field each canonical flag fills.
function bodyFlags(doc, op) {
  const body = cliBodyFlags(op, (node) => resolve(doc, node));
  return Object.keys(body).length ? { body } : {};
}

export function buildOperationIndex(doc) {
  const out = [];
  const modules = cliModules(doc);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(doc, p));
      const body = resolve(doc, op.requestBody);
      const names = new Set(params.map((p) => p.name));
      const paginated = names.has('pageNum') && names.has('pageSize');
      out.push({
        operationId: op.operationId,
        tag: op.tags?.[0],
        method: method.toUpperCase(),
        path,
        summary: op.summary,
        description: op.description ?? '',
        ...(op.deprecated ? { deprecated: true } : {}),
        ...(op['x-zadig-undocumented'] ? { undocumented: true } : {}),
        ...(op['x-zadig-since'] ? { since: op['x-zadig-since'] } : {}),
        ...(op['x-zadig-until'] ? { until: op['x-zadig-until'] } : {}),
        ...(op['x-zadig-replaced-by'] ? { replacedBy: op['x-zadig-replaced-by'] } : {}),
        ...(op['x-zadig-reroute-needs'] ? { rerouteNeeds: rerouteNeeds(op, params) } : {}),
        ...(op['x-zadig-changes'] ? { changes: op['x-zadig-changes'] } : {}),
        parameters: params.map((p) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          description: p.description ?? '',
          ...schemaType(doc, p.schema),
        })),
        ...(body
          ? {
              requestBody: {
                required: Boolean(body.required),
                contentType: Object.keys(body.content ?? {})[0],
              },
            }
          : {}),
        ...(successResponse(doc, op)?.content
          ? { responseType: Object.keys(successResponse(doc, op).content)[0] }
          : {}),
        ...(paginated ? { pagination: { list: listField(doc, op) ?? 'list' } } : {}),
        ...(cliNaming(op) && modules[op.tags?.[0]]
          ? { cli: { module: modules[op.tags[0]].module, ...cliNaming(op), ...bodyFlags(doc, op) } }
          : {}),
      });
    }
  }
  return out.sort((a, b) => a.operationId.localeCompare(b.operationId));
}
