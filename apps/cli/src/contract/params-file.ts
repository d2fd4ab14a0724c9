// The `--params` file: values by parameter name for every operation, per-operation values, statuses an
// operation may answer instead of a 2xx, and request bodies for the writes `--allow-writes` lets through.
import type { Operation, OperationParameter } from '../commands/catalog.js';
import { UsageError } from '../exit-codes.js';
import { closest } from '../globals.js';
import { parseYaml, readText } from '../input/read.js';
import type { IO } from '../io.js';
import { type DocumentedResponses, documentedFor } from './spec.js';

/** A path or query value. */
export type ParamValue = string | number | boolean;

/** What the file says about one operation. */
export interface OperationParams {
  values: Record<string, ParamValue>;
  /** The request body, for an allowed write. */
  body?: unknown;
  /** Documented non-2xx statuses that count as a pass for this operation. */
  expectStatus?: number[];
}

/** The parsed `--params` file. */
export interface ParamsFile {
  globals: Record<string, ParamValue>;
  operations: Record<string, OperationParams>;
}

/** Keys of an operation's section that are not parameters. */
const RESERVED = new Set(['body', 'expectStatus']);

export const EMPTY_PARAMS: ParamsFile = { globals: {}, operations: {} };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks a value against a parameter's type and enum; strings stand in for numbers as on a command line. */
function coerce(where: string, p: OperationParameter, value: unknown): ParamValue {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new UsageError(`${where}: expected a ${p.type}, got ${value === null ? 'null' : typeof value}`);
  }
  let out: ParamValue = value;
  if (p.type === 'integer' || p.type === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (String(value).trim() === '' || Number.isNaN(n) || (p.type === 'integer' && !Number.isInteger(n))) {
      throw new UsageError(
        `${where}: expected ${p.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`,
      );
    }
    out = n;
  } else if (p.type === 'boolean') {
    if (value !== true && value !== false && value !== 'true' && value !== 'false') {
      throw new UsageError(`${where}: expected true or false, got ${JSON.stringify(value)}`);
    }
    out = value === true || value === 'true';
  } else if (p.type === 'string') {
    out = String(value);
  }
  if (p.enum && !p.enum.map(String).includes(String(out))) {
    throw new UsageError(`${where}: ${JSON.stringify(value)} is not one of ${p.enum.join(', ')}`);
  }
  return out;
}

function requestParameters(op: Operation): OperationParameter[] {
  return op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
}

function parseExpectStatus(where: string, value: unknown, responses: DocumentedResponses): number[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((status) => {
    const n = Number(status);
    if (!Number.isInteger(n) || n < 100 || n > 599) {
      throw new UsageError(`${where}: expected HTTP statuses, got ${JSON.stringify(status)}`);
    }
    if (!documentedFor(responses, n)) {
      throw new UsageError(
        `${where}: ${n} is not a status the operation documents (${[...responses.keys()].join(', ')})`,
      );
    }
    return n;
  });
}

function parseOperation(
  where: string,
  op: Operation,
  section: unknown,
  responses: DocumentedResponses,
): OperationParams {
  if (!isRecord(section)) throw new UsageError(`${where}: expected a mapping of parameter names to values`);
  const params = requestParameters(op);
  const out: OperationParams = { values: {} };
  for (const [key, value] of Object.entries(section)) {
    if (key === 'body') {
      if (op.method === 'GET')
        throw new UsageError(`${where}.body: ${op.operationId} is a GET and takes no body`);
      out.body = value;
      continue;
    }
    if (key === 'expectStatus') {
      out.expectStatus = parseExpectStatus(`${where}.expectStatus`, value, responses);
      continue;
    }
    const p = params.find((candidate) => candidate.name === key);
    if (!p) {
      const names = params.map((candidate) => candidate.name);
      throw new UsageError(
        `${where}.${key}: ${op.operationId} has no parameter ${JSON.stringify(key)}`,
        names.length
          ? `Its parameters: ${names.join(', ')} (and body, expectStatus).`
          : `It takes no parameters (only body, expectStatus).`,
      );
    }
    out.values[key] = coerce(`${where}.${key}`, p, value);
  }
  return out;
}

/**
 * Parses the params file's content. Every key is checked against the spec, so that a misspelt name is an
 * error rather than a silently missing value.
 */
export function parseParams(
  source: string,
  data: unknown,
  operations: Operation[],
  responsesOf: (op: Operation) => DocumentedResponses,
): ParamsFile {
  if (data === null || data === undefined) return EMPTY_PARAMS;
  if (!isRecord(data))
    throw new UsageError(`${source}: expected a mapping (parameter: value, operations: …)`);
  const byId = new Map(operations.map((op) => [op.operationId.toLowerCase(), op]));
  const out: ParamsFile = { globals: {}, operations: {} };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'operations') continue;
    if (RESERVED.has(key)) {
      throw new UsageError(`${source}: ${key} belongs under operations.<operationId>, not at the top level`);
    }
    const declaring = operations.flatMap((op) =>
      requestParameters(op)
        .filter((p) => p.name === key)
        .map((p) => ({ op, p })),
    );
    if (!declaring.length) {
      const names = [...new Set(operations.flatMap((op) => requestParameters(op).map((p) => p.name)))];
      const guess = closest(key, names);
      throw new UsageError(
        `${source}: ${key}: no operation has a parameter named ${JSON.stringify(key)}`,
        guess
          ? `Did you mean ${guess}?`
          : 'Per-operation values go under `operations: { <operationId>: { … } }`.',
      );
    }
    let coerced: ParamValue | undefined;
    for (const { op, p } of declaring) {
      try {
        coerced = coerce(`${source}: ${key}`, p, value);
      } catch (error) {
        // The same name can mean different things: say which operation refused the value.
        throw new UsageError(
          `${(error as Error).message} (as ${op.operationId} takes it)`,
          `A top-level value goes to every operation with a ${key} parameter; give it under operations.<operationId> instead.`,
        );
      }
    }
    out.globals[key] = coerced as ParamValue;
  }
  const sections = data.operations;
  if (sections !== undefined && sections !== null) {
    if (!isRecord(sections)) throw new UsageError(`${source}: operations: expected a mapping by operationId`);
    for (const [id, section] of Object.entries(sections)) {
      const op = byId.get(id.toLowerCase());
      if (!op) {
        const guess = closest(
          id,
          operations.map((o) => o.operationId),
        );
        throw new UsageError(
          `${source}: operations.${id}: no operation ${JSON.stringify(id)} in the spec`,
          guess ? `Did you mean ${guess}?` : undefined,
        );
      }
      out.operations[op.operationId] = parseOperation(
        `${source}: operations.${id}`,
        op,
        section,
        responsesOf(op),
      );
    }
  }
  return out;
}

/** Reads and parses `--params <file>` (YAML or JSON). */
export async function readParams(
  io: IO,
  file: string,
  operations: Operation[],
  responsesOf: (op: Operation) => DocumentedResponses,
): Promise<ParamsFile> {
  const text = await readText(io, '--params', file);
  return parseParams(file, await parseYaml('--params', file, text), operations, responsesOf);
}
