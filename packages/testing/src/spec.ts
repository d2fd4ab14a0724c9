// The bundled spec as data for tests: its operations, example requests and a validator for responses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IndexedOperation } from '@zadig-ts/openapi/operation-index';
import { createSpecValidator, resolveRef, type Violation } from '@zadig-ts/openapi/validator';

const require = createRequire(import.meta.url);

export type { IndexedOperation, IndexedParameter } from '@zadig-ts/openapi/operation-index';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON here
type Json = any;

export const spec: Json = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));
export const operations: IndexedOperation[] = JSON.parse(
  readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'),
).operations;

function deref(node: Json): Json {
  return resolveRef(spec, node);
}

function operationObject(op: IndexedOperation): Json {
  return spec.paths[op.path][op.method.toLowerCase()];
}

function firstExample(media: Json): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first ? deref(first).value : undefined;
}

/** Path and query values for an operation, from each parameter's schema example. */
export function exampleParams(op: IndexedOperation): {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
} {
  const params: { path: Record<string, unknown>; query: Record<string, unknown> } = { path: {}, query: {} };
  for (const p of op.parameters) {
    if (!p.required || (p.in !== 'path' && p.in !== 'query')) continue;
    const declared = (operationObject(op).parameters ?? []).map(deref).find((d: Json) => d.name === p.name);
    const schema = deref(declared?.schema) ?? {};
    params[p.in][p.name] =
      declared?.example ?? schema.example ?? schema.examples?.[0] ?? schema.enum?.[0] ?? 'x';
  }
  return params;
}

/** The request body example of an operation, if it takes a body. */
export function exampleBody(op: IndexedOperation): unknown {
  const body = deref(operationObject(op).requestBody);
  return firstExample(body?.content?.['application/json']);
}

/** The documented success status of an operation (the lowest 2xx). */
export function successStatus(op: IndexedOperation): number {
  return Number(Object.keys(operationObject(op).responses).find((code) => code.startsWith('2')));
}

const validator = createSpecValidator(spec);

/** Validates a response body against the operation's schema for that status; returns the violations. */
export function validateResponse(op: IndexedOperation, status: number, body: unknown): Violation[] {
  if (!validator.hasResponseBody(op.operationId, status))
    throw new Error(`${op.operationId} documents no JSON body for ${status}`);
  return validator.response(op.operationId, status, body);
}
