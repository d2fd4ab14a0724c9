// Route integrity as a property: random values (dangerous ones first) for an operation's path and query
// parameters, a model of which values no surface may send, and a check of the request a server received
// against the operation's method, path template and query.
import fc from 'fast-check';
import type { IndexedOperation, IndexedParameter } from './spec.js';

/** Values that have broken routes somewhere: dot segments in every encoding, separators, escapes. */
export const DANGEROUS_VALUES = [
  '',
  '.',
  '..',
  '...',
  '%2e',
  '%2E',
  '%2e%2e',
  '%2E%2e',
  '.%2E',
  '%2e.',
  '%252e',
  '%252E%252e',
  '%25252e',
  '/',
  'a/b',
  '../x',
  '%2f',
  '..%2F',
  '?',
  'a?b=c',
  '#',
  '#frag',
  '%',
  '%zz',
  '%%2e',
  ' ',
  ' a b ',
  '+',
  '&x=y',
  '=',
  ';',
  '\\',
  '..\\',
  '{envName}',
  'é',
  '环境',
  '😀',
  '\u0000',
  '\r\n',
  '\ud800',
] as const;

/** Whether a string has no lone surrogate (encodeURIComponent refuses those). */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

const PIECES = [
  '.',
  '%',
  '2e',
  '2E',
  '25',
  '2f',
  '/',
  '?',
  '#',
  ' ',
  'a',
  'Z',
  '9',
  '-',
  '_',
  'é',
  '😀',
  '\\',
];

/** A string worth sending as a parameter: dangerous, pieced together from risky parts, unicode, long. */
export const parameterString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...DANGEROUS_VALUES), weight: 4 },
  { arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')), weight: 3 },
  { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ minLength: 300, maxLength: 1200 }), weight: 1 },
);

export interface ParameterOptions {
  /**
   * Integer and enum parameters get any string too (a surface that does not check types must refuse them
   * or send them intact); otherwise they get values of their type.
   */
  untyped?: boolean;
  /** Leave lone surrogates out (a surface whose input cannot carry them, like a process's argv). */
  wellFormed?: boolean;
}

function arbitraryFor(p: IndexedParameter, options: ParameterOptions): fc.Arbitrary<unknown> {
  const text = options.wellFormed ? parameterString.filter(wellFormed) : parameterString;
  const enumValues = (p as { enum?: unknown[] }).enum;
  if (enumValues?.length) return fc.oneof(fc.constantFrom(...enumValues), ...(options.untyped ? [text] : []));
  switch (p.type) {
    case 'integer':
      return options.untyped
        ? fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), text)
        : fc.integer({ min: 0, max: 2 ** 31 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(text, { minLength: 1, maxLength: 3 });
    default:
      return text;
  }
}

/** Values for each path parameter and some query parameters (every required one) of `op`. */
export function parameterValues(
  op: IndexedOperation,
  options: ParameterOptions = {},
): fc.Arbitrary<{ path: Record<string, unknown>; query: Record<string, unknown> }> {
  const path: Record<string, fc.Arbitrary<unknown>> = {};
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') path[p.name] = arbitraryFor(p, options);
    if (p.in === 'query') query[p.name] = arbitraryFor(p, options);
  }
  const required = op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name);
  return fc.record({
    path: fc.record(path),
    query: fc.record(query, { requiredKeys: required }),
  });
}

/**
 * The model: whether a path value could change the route, decoded any number of times as servers and
 * proxies do — empty, a dot segment, a `/`, or not encodable at all (a lone surrogate).
 */
export function unsafePathValue(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  let text = String(value);
  if (!wellFormed(text)) return true;
  for (;;) {
    if (text === '' || text === '.' || text === '..' || text.includes('/')) return true;
    const decoded = text.replace(/%[0-9a-f]{2}/gi, (triplet) => {
      const code = Number.parseInt(triplet.slice(1), 16);
      return code < 0x80 ? decodeURIComponent(triplet) : triplet;
    });
    if (decoded === text) return false;
    text = decoded;
  }
}

/** The path parameter a surface must refuse, per the model, if any. */
export function mustRefuse(values: { path: Record<string, unknown>; query: Record<string, unknown> }) {
  const path = Object.entries(values.path).find(([, v]) => unsafePathValue(v))?.[0];
  if (path) return path;
  return Object.entries(values.query).find(([, v]) =>
    (Array.isArray(v) ? v : [v]).some((item) => typeof item === 'string' && !wellFormed(item)),
  )?.[0];
}

/**
 * How a received request differs from `op` with these values (empty when it is exactly it): the method,
 * each segment of the raw path (decoded once, as the server does) against the template, and the query's
 * decoded values against those given.
 */
export function routeDifferences(
  op: IndexedOperation,
  values: { path: Record<string, unknown>; query: Record<string, unknown> },
  received: { method: string; target: string },
): string[] {
  const out: string[] = [];
  if (received.method !== op.method) out.push(`method ${received.method}, expected ${op.method}`);
  const q = received.target.indexOf('?');
  const rawPath = q === -1 ? received.target : received.target.slice(0, q);
  const rawQuery = q === -1 ? '' : received.target.slice(q + 1);
  const segments = rawPath.split('/');
  const template = op.path.split('/');
  if (segments.length !== template.length) {
    out.push(
      `path ${rawPath} has ${segments.length - 1} segments, the template ${op.path} ${template.length - 1}`,
    );
  } else {
    template.forEach((part, i) => {
      const raw = segments[i] as string;
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        if (raw !== part)
          out.push(`segment ${i} is ${JSON.stringify(raw)}, expected ${JSON.stringify(part)}`);
        return;
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        decoded = `(undecodable ${raw})`;
      }
      if (decoded !== String(values.path[name])) {
        out.push(
          `{${name}} arrived as ${JSON.stringify(raw)}, expected ${JSON.stringify(values.path[name])}`,
        );
      }
    });
  }
  const search = new URLSearchParams(rawQuery);
  const given = Object.entries(values.query).filter(
    ([, v]) => v !== undefined && !(Array.isArray(v) && !v.length),
  );
  for (const [name, value] of given) {
    const expected = (Array.isArray(value) ? value : [value]).map(String);
    const got = search.getAll(name);
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      out.push(`query ${name} arrived as ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    }
  }
  for (const name of new Set(search.keys())) {
    if (!given.some(([n]) => n === name)) out.push(`query ${name} was not given`);
  }
  return out;
}
