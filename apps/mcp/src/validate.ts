// Checks an operation's input before anything is sent: parameters by their spec schemas, the body with
// @zadig-ts/openapi's validator. Every violation names a JSON pointer into the tool's arguments.
import { createSpecValidator, type SpecValidator, type Violation } from '@zadig-ts/openapi/validator';
import type { Catalog, Json, Operation } from './catalog.js';
import { inputParameters, parameterSchema } from './schema.js';

export type { Violation };

let validator: SpecValidator | undefined;

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Violations of one scalar against a parameter schema (type, enum, minimum, minLength). */
function checkValue(schema: Json, value: unknown, pointer: string): Violation[] {
  const type = schema.type;
  if (type === 'array') {
    if (!Array.isArray(value)) return [{ pointer, message: 'must be array' }];
    return value.flatMap((item, i) => checkValue(schema.items ?? {}, item, `${pointer}/${i}`));
  }
  if (type === 'integer' || type === 'number') {
    // A digit string is what the value becomes in the URL anyway; models often send one.
    const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) return [{ pointer, message: `must be ${type}` }];
    if (type === 'integer' && !Number.isInteger(n)) return [{ pointer, message: 'must be integer' }];
    if (typeof schema.minimum === 'number' && n < schema.minimum)
      return [{ pointer, message: `must be >= ${schema.minimum}` }];
    return [];
  }
  if (type === 'boolean') {
    return typeof value === 'boolean' || value === 'true' || value === 'false'
      ? []
      : [{ pointer, message: 'must be boolean' }];
  }
  if (type === 'string') {
    if (typeof value !== 'string') return [{ pointer, message: 'must be string' }];
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      return [{ pointer, message: `must NOT have fewer than ${schema.minLength} characters` }];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return [
      { pointer, message: `must be one of ${schema.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}` },
    ];
  }
  return [];
}

/**
 * Violations of `input` for `op`: unknown names, missing required parameters or body, values of the wrong
 * type, and the body's schema violations. `at` is the pointer of the input within the tool's arguments
 * (`/input` for zadig_call_operation, `` for a per-operation tool).
 */
export function checkInput(catalog: Catalog, op: Operation, input: unknown, at: string): Violation[] {
  if (input === undefined) input = {};
  if (!isObject(input)) return [{ pointer: at, message: 'must be object' }];
  const violations: Violation[] = [];
  const params = inputParameters(op);
  const known = new Set([...params.map((p) => p.name), ...(op.requestBody ? ['body'] : [])]);
  for (const name of Object.keys(input)) {
    if (!known.has(name)) {
      violations.push({
        pointer: `${at}/${escapePointer(name)}`,
        message: `is not a parameter of ${op.operationId} (it takes: ${[...known].join(', ') || 'nothing'})`,
      });
    }
  }
  for (const p of params) {
    const value = input[p.name];
    const pointer = `${at}/${escapePointer(p.name)}`;
    if (value === undefined || value === null) {
      if (p.required) violations.push({ pointer, message: `is required but missing (${p.in} parameter)` });
      continue;
    }
    violations.push(...checkValue(parameterSchema(catalog, op, p.name), value, pointer));
  }
  if (op.requestBody) {
    if (input.body === undefined) {
      if (op.requestBody.required)
        violations.push({ pointer: `${at}/body`, message: 'is required but missing' });
    } else {
      validator ??= createSpecValidator(catalog.spec);
      for (const v of validator.requestBody(op.operationId, input.body)) {
        violations.push({ pointer: `${at}/body${v.pointer}`, message: v.message });
      }
    }
  }
  return violations;
}
