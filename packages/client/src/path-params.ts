import { createQuerySerializer, type QuerySerializer } from 'openapi-fetch';
import { ZadigInvalidParameterError, ZadigInvalidPathParameterError } from './errors.js';

type PathSerializer = (pathname: string, pathParams: Record<string, unknown>) => string;

const PLACEHOLDER = /\{([^{}]+)\}/g;
// Only ASCII bytes can turn into `.`, `/` or `%`; other escapes are left as they are.
const ASCII_ESCAPE = /%([0-7][0-9a-f])/gi;
const LONE_SURROGATE = /\p{Surrogate}/u;

/** One percent-decoding, as a server or a proxy in front of it does. */
function decodeOnce(text: string): string {
  return text.replace(ASCII_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Why a path parameter value cannot be sent, or undefined when it can. Zadig's router (gin) matches on the
 * decoded path, and a proxy may decode once more: every decoding of the value is checked, so `%2e`,
 * `%252E%252e` or `a%2Fb` are refused like `.`, `..` and `a/b`.
 */
export function pathParameterProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'is missing';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return undefined;
  if (typeof value !== 'string') return 'is not a string or a number';
  if (value === '') return 'is empty, which would leave an empty segment in the route';
  if (LONE_SURROGATE.test(value))
    return 'is not well-formed Unicode (a lone surrogate), which a URL cannot carry';
  for (let text = value, depth = 0; ; depth++) {
    const how = depth === 0 ? 'is' : `decodes to ${JSON.stringify(text)}, which is`;
    if (text === '.' || text === '..') return `${how} a dot segment, which would change the route`;
    if (text.includes('/')) {
      return `${depth === 0 ? 'contains' : `decodes to ${JSON.stringify(text)}, which contains`} "/", which the server would take for a separator and route elsewhere`;
    }
    const next = decodeOnce(text);
    if (next === text) return undefined;
    text = next;
  }
}

/**
 * The path serializer every request is built with: each `{name}` of the template is checked, then filled
 * with its value percent-encoded (or by `inner`, a serializer the caller gave); a value that would change
 * the route throws {@link ZadigInvalidPathParameterError} naming `operation`, before anything is sent.
 */
export function checkedPathSerializer(operation: string, inner?: PathSerializer): PathSerializer {
  return (pathname, params) => {
    // Placeholders are in the path; a raw call may carry its query in the URL it names, braces and all.
    const q = pathname.indexOf('?');
    const path = q === -1 ? pathname : pathname.slice(0, q);
    for (const [, name] of path.matchAll(PLACEHOLDER)) {
      const value = params?.[name as string];
      const problem = pathParameterProblem(value);
      if (problem) throw new ZadigInvalidPathParameterError(operation, name as string, value, problem);
    }
    if (inner) return inner(pathname, params);
    // One pass, so that a value is never searched for another placeholder.
    const filled = path.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(String(params[name])));
    return q === -1 ? filled : `${filled}${pathname.slice(q)}`;
  };
}

const defaultQuery = createQuerySerializer();

/** openapi-fetch's query serializer, refusing with a typed error what `encodeURIComponent` cannot encode. */
export function checkedQuerySerializer(operation: string): QuerySerializer<unknown> {
  return (query) => {
    for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'string' && LONE_SURROGATE.test(item)) {
          throw new ZadigInvalidParameterError(
            operation,
            'query',
            name,
            value,
            'is not well-formed Unicode (a lone surrogate), which a URL cannot carry',
          );
        }
      }
    }
    return defaultQuery(query as Record<string, unknown>);
  };
}

/** The serializers of one request, in the form openapi-fetch takes them per call. */
export function checkedSerializers(operation: string): {
  pathSerializer: PathSerializer;
  querySerializer: QuerySerializer<unknown>;
} {
  return {
    pathSerializer: checkedPathSerializer(operation),
    querySerializer: checkedQuerySerializer(operation),
  };
}
