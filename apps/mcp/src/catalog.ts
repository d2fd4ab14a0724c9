// The operations of the spec as the server offers them: what each one takes and sends, whether it writes,
// and whether it is destructive. Read once from @zadig-ts/openapi's operations.json and openapi.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IndexedOperation, IndexedParameter, OperationIndex } from '@zadig-ts/openapi/operation-index';
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

/**
 * Destructive besides DELETE/PUT/PATCH: what the spec marks so (`x-cli-destructive`: pod and service
 * restarts, which zadigctl asks before too), and scaling, which can stop a workload.
 */
function isDestructive(op: IndexedOperation): boolean {
  return (
    op.method === 'DELETE' ||
    op.method === 'PUT' ||
    op.method === 'PATCH' ||
    op.cli?.destructive === true ||
    op.operationId === 'scaleEnvironmentWorkload'
  );
}

export interface Catalog {
  /** Every operation, in the spec's order (by operationId). */
  operations: Operation[];
  byId: Map<string, Operation>;
  /** The tags, in order of first appearance. */
  tags: string[];
  /** The bundled OpenAPI document. */
  spec: Json;
  /** The operation object of the spec (parameters, requestBody, responses). */
  operationObject(op: Operation): Json;
  /** Follows `$ref`s within the spec. */
  deref(node: Json): Json;
}

let loaded: Catalog | undefined;

/** The catalog of the bundled spec (read once). */
export function loadCatalog(): Catalog {
  if (loaded) return loaded;
  const index: OperationIndex = JSON.parse(
    readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'),
  );
  const spec = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));
  // operations.json has the spec's release marks (`since`, `until`) and upper-case methods already.
  const operations: Operation[] = index.operations.map((entry) => ({
    ...entry,
    writes: entry.method !== 'GET' && entry.method !== 'HEAD',
    destructive: isDestructive(entry),
  }));
  const deref = (node: Json) => resolveRef(spec, node);
  loaded = {
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
    tags: [...new Set(operations.map((op) => op.tag))],
    spec,
    operationObject: (op) => spec.paths[op.path][op.method.toLowerCase()],
    deref,
  };
  return loaded;
}
