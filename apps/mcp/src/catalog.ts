// The operations of the spec as the server offers them: what each one takes and sends, whether it writes,
// and whether it is destructive. Read once from @zadig-ts/openapi's operations.json and openapi.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IndexedOperation, IndexedParameter } from '@zadig-ts/openapi/operation-index';
import { resolveRef } from '@zadig-ts/openapi/validator';

const require = createRequire(import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
export type Json = any;

/** A path or query parameter, as operations.json indexes it. */
export type Parameter = IndexedParameter;

/** One operation of the spec, with what this server needs to know about writing. */
export interface Operation extends IndexedOperation {
  /** Anything but GET and HEAD. */
  writes: boolean;
  /** Deletes, overwrites or interrupts something: DELETE, PUT, PATCH, restarts and scaling. */
  destructive: boolean;
}

/** Not DELETE/PUT/PATCH, but they interrupt running services (zadigctl asks before these too). */
const DISRUPTIVE = new Set([
  'restartEnvironmentService',
  'restartProductionEnvironmentService',
  'restartEnvironmentPod',
  'restartProductionEnvironmentPod',
  'restartEnvironmentServicePod',
  'restartProductionEnvironmentServicePod',
  'scaleEnvironmentWorkload',
]);

export interface Catalog {
  /** Every operation, in the spec's order (by operationId). */
  operations: Operation[];
  byId: Map<string, Operation>;
  /** Tags with their operation counts, in order of first appearance. */
  tags: Map<string, number>;
  /** The bundled OpenAPI document. */
  spec: Json;
  /** The docs version the spec transcribes, e.g. `v5.0`. */
  docsVersion: string;
  /** The operation object of the spec (parameters, requestBody, responses). */
  operationObject(op: Operation): Json;
  /** Follows `$ref`s within the spec. */
  deref(node: Json): Json;
}

let loaded: Catalog | undefined;

/** The catalog of the bundled spec (read once). */
export function loadCatalog(): Catalog {
  if (loaded) return loaded;
  const index = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'));
  const spec = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));
  const operations: Operation[] = index.operations.map((entry: Json) => {
    const method = String(entry.method).toUpperCase();
    const object = spec.paths?.[entry.path]?.[method.toLowerCase()] ?? {};
    const since = entry.since ?? object['x-zadig-since'];
    const until = entry.until ?? object['x-zadig-until'];
    return {
      ...entry,
      method,
      ...(since ? { since: String(since) } : {}),
      ...(until ? { until: String(until) } : {}),
      writes: method !== 'GET' && method !== 'HEAD',
      destructive:
        method === 'DELETE' || method === 'PUT' || method === 'PATCH' || DISRUPTIVE.has(entry.operationId),
    };
  });
  const tags = new Map<string, number>();
  for (const op of operations) tags.set(op.tag, (tags.get(op.tag) ?? 0) + 1);
  const deref = (node: Json) => resolveRef(spec, node);
  loaded = {
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
    tags,
    spec,
    docsVersion: String(index.docsVersion ?? ''),
    operationObject: (op) => spec.paths[op.path][op.method.toLowerCase()],
    deref,
  };
  return loaded;
}
