import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { bundledSpecPath } from './mock.js';
import { resolveRef } from './ref.js';

/** One way a value breaks its schema: where (a JSON pointer into the value) and what was expected. */
export interface Violation {
  /** JSON pointer into the validated value, `''` for the value itself. */
  pointer: string;
  /** What was expected there. */
  message: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
type Json = any;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toViolation(error: ErrorObject): Violation {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return {
      pointer: `${error.instancePath}/${escapePointer(String(params.missingProperty))}`,
      message: 'is required but missing',
    };
  }
  if (error.keyword === 'additionalProperties') {
    return {
      pointer: `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`,
      message: 'is not an allowed property',
    };
  }
  if (error.keyword === 'enum') {
    return {
      pointer: error.instancePath,
      message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
    };
  }
  if (error.keyword === 'const') {
    return { pointer: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}` };
  }
  return { pointer: error.instancePath, message: error.message ?? error.keyword };
}

/** Drops the `oneOf` noise Ajv adds on top of the branch errors, and duplicates. */
function simplify(errors: ErrorObject[]): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const violation = toViolation(error);
    const key = `${violation.pointer} ${violation.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(violation);
    }
  }
  return out.length ? out : errors.map(toViolation);
}

export { resolveRef };

/** Validates request bodies and responses against the Zadig spec. */
export interface SpecValidator {
  /** Violations of the operation's request body schema (`[]` when valid). */
  requestBody(operationId: string, body: unknown): Violation[];
  /** Violations of the operation's response schema for `status` (`[]` when valid). */
  response(operationId: string, status: number, body: unknown): Violation[];
  /** Whether the operation documents a JSON body for `status`. */
  hasResponseBody(operationId: string, status: number): boolean;
}

/**
 * Builds a validator over an OpenAPI 3.1 document (default: the bundled Zadig spec). Schemas are
 * compiled on first use.
 *
 * @example
 * const violations = createSpecValidator().requestBody('createK8sRelease', body);
 * for (const v of violations) console.error(`${v.pointer}: ${v.message}`);
 */
export function createSpecValidator(
  doc: Json = JSON.parse(readFileSync(bundledSpecPath, 'utf8')),
): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'spec', components: doc.components ?? {} });
  const operations = new Map<string, Json>();
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const method of METHODS)
      if (item[method]?.operationId) operations.set(item[method].operationId, item[method]);
  }
  const compiled = new Map<string, ValidateFunction | null>();

  const deref = (node: Json): Json => resolveRef(doc, node);
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `spec${value}`
          : rewrite(value);
    }
    return out;
  };
  const operation = (operationId: string): Json => {
    const op = operations.get(operationId);
    if (!op) throw new Error(`Unknown operation ${operationId}`);
    return op;
  };
  const validatorFor = (key: string, schemaOf: () => Json): ValidateFunction | null => {
    if (!compiled.has(key)) {
      const schema = deref(schemaOf());
      compiled.set(key, schema ? ajv.compile(rewrite(schema)) : null);
    }
    return compiled.get(key) ?? null;
  };
  const run = (validate: ValidateFunction | null, value: unknown): Violation[] =>
    !validate || validate(value) ? [] : simplify(validate.errors ?? []);
  const responseSchema = (operationId: string, status: number): Json => {
    const responses = operation(operationId).responses ?? {};
    const response = deref(
      responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default,
    );
    return response?.content?.['application/json']?.schema;
  };

  return {
    requestBody(operationId, body) {
      return run(
        validatorFor(
          `req:${operationId}`,
          () => deref(operation(operationId).requestBody)?.content?.['application/json']?.schema,
        ),
        body,
      );
    },
    response(operationId, status, body) {
      return run(
        validatorFor(`res:${operationId}:${status}`, () => responseSchema(operationId, status)),
        body,
      );
    },
    hasResponseBody(operationId, status) {
      return Boolean(responseSchema(operationId, status));
    },
  };
}
