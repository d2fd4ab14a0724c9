// Reads an operation's path and query parameters from the URL and checks them against their schemas: the
// values arrive as strings, so each is read as its schema's type before it is checked.
import type { Violation } from '@zadig-ts/openapi/validator';
import type { Json, SpecOperation } from './spec.js';

export type ParamValues = Record<string, unknown>;

function readScalar(schema: Json, raw: string, pointer: string, out: Violation[]): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  let value: unknown = raw;
  if (type === 'integer' || type === 'number') {
    value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) {
      out.push({ pointer, message: `must be ${type}, got ${JSON.stringify(raw)}` });
      return undefined;
    }
    if (typeof schema.minimum === 'number' && (value as number) < schema.minimum) {
      out.push({ pointer, message: `must be >= ${schema.minimum}` });
    }
  } else if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') {
      out.push({ pointer, message: `must be true or false, got ${JSON.stringify(raw)}` });
      return undefined;
    }
    value = raw === 'true';
  } else if (typeof schema.minLength === 'number' && raw.length < schema.minLength) {
    out.push({ pointer, message: `must NOT have fewer than ${schema.minLength} characters` });
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    out.push({
      pointer,
      message: `must be one of ${schema.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}`,
    });
  }
  return value;
}

/**
 * The operation's path and query parameters, typed; violations point at `/path/<name>` or `/query/<name>`.
 * Query parameters the operation does not name are ignored, as the server ignores them.
 */
export function readParameters(
  operation: SpecOperation,
  path: Record<string, string>,
  query: URLSearchParams,
): { values: ParamValues; violations: Violation[] } {
  const values: ParamValues = {};
  const violations: Violation[] = [];
  for (const p of operation.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const pointer = `/${p.in}/${p.name}`;
    const raws =
      p.in === 'path' ? (path[p.name] === undefined ? [] : [path[p.name] as string]) : query.getAll(p.name);
    if (raws.length === 0) {
      if (p.required) violations.push({ pointer, message: 'is required but missing' });
      // The server's default (a page size, say) is what the spec documents as the schema's default.
      else if (p.schema.default !== undefined) values[p.name] = p.schema.default;
      continue;
    }
    if (p.schema.type === 'array') {
      const items = raws.flatMap((raw) => raw.split(','));
      values[p.name] = items.map((raw, i) =>
        readScalar(p.schema.items ?? {}, raw, `${pointer}/${i}`, violations),
      );
    } else {
      values[p.name] = readScalar(p.schema, raws[raws.length - 1] as string, pointer, violations);
    }
  }
  return { values, violations };
}
