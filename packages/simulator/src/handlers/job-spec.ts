// A job's `spec` as the spec describes it for the job's type: the smallest value its schema accepts (required
// properties only; a const, the first enum value or the type's zero value), so that every job type a seed names
// answers valid task details and definitions, whatever the type's spec requires (an approval's four approval
// kinds, say). Read from the served document, so a release's bundle gives that release's shapes.
import { resolveRef } from '@zadig-ts/openapi/ref';
import type { Json } from '../spec.js';

/** The smallest value `schema` accepts, or undefined when none can be made without guessing. */
function minimal(doc: Json, node: Json, depth = 0): Json {
  const schema = resolveRef(doc, node);
  if (!schema || depth > 12) return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.allOf) {
    const parts = schema.allOf.map((part: Json) => minimal(doc, part, depth + 1));
    const objects = parts.filter((p: Json) => p && typeof p === 'object' && !Array.isArray(p));
    return objects.length ? Object.assign({}, ...objects) : parts[0];
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) {
    // null where the schema allows it: what a Go nil pointer is sent as.
    const nullable = choices.find((c: Json) => resolveRef(doc, c)?.type === 'null');
    return nullable ? null : minimal(doc, choices[0], depth + 1);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('object') || schema.properties) {
    const out: Record<string, Json> = {};
    for (const name of schema.required ?? []) {
      const property = schema.properties?.[name];
      out[name] = property ? minimal(doc, property, depth + 1) : null;
    }
    return out;
  }
  if (types.includes('null')) return null;
  if (types.includes('array')) return [];
  if (types.includes('string')) return '';
  if (types.includes('integer') || types.includes('number')) return 0;
  if (types.includes('boolean')) return false;
  return undefined;
}

/** The branch of a job union (`WorkflowJob`, `WorkflowTaskJob`) for `type`, or undefined if it has none. */
function branch(doc: Json, union: string, type: string): Json {
  const ref = doc.components?.schemas?.[union]?.discriminator?.mapping?.[type];
  return ref ? resolveRef(doc, { $ref: ref }) : undefined;
}

const cache = new WeakMap<object, Map<string, Json>>();

/**
 * The minimal `spec` of a `type` job in `union`: what a task detail (`WorkflowTaskJob`) or a definition
 * (`WorkflowJob`) carries for it. Undefined when the union has no such branch (an older release's bundle).
 */
export function minimalJobSpec(doc: Json, union: 'WorkflowJob' | 'WorkflowTaskJob', type: string): Json {
  let byKey = cache.get(doc);
  if (!byKey) {
    byKey = new Map();
    cache.set(doc, byKey);
  }
  const key = `${union}:${type}`;
  if (!byKey.has(key)) {
    const job = branch(doc, union, type);
    const parts = job ? [job, ...(job.allOf ?? []).map((p: Json) => resolveRef(doc, p))] : [];
    const spec = parts.map((p: Json) => p?.properties?.spec).find(Boolean);
    byKey.set(key, spec ? minimal(doc, spec) : undefined);
  }
  return structuredClone(byKey.get(key));
}
