// Finds the operation a request is for, the way gin's router does: by method and path, a static segment
// winning over a parameter at the same place.
import type { SpecOperation } from './spec.js';

export interface RouteMatch {
  operation: SpecOperation;
  /** Path parameters, decoded. */
  path: Record<string, string>;
}

interface Route {
  operation: SpecOperation;
  /** `null` marks a parameter segment, with its name in `names`. */
  segments: (string | null)[];
  names: string[];
}

/** Builds a matcher over `operations`; it answers `undefined` for a route the document lacks. */
export function createRouter(
  operations: SpecOperation[],
): (method: string, pathname: string) => RouteMatch | undefined {
  const table = new Map<string, Route[]>();
  for (const operation of operations) {
    const parts = operation.path.split('/').slice(1);
    const route: Route = {
      operation,
      segments: parts.map((part) => (/^\{.+\}$/.test(part) ? null : part)),
      names: parts.filter((part) => /^\{.+\}$/.test(part)).map((part) => part.slice(1, -1)),
    };
    const key = `${operation.method} ${parts.length}`;
    table.set(key, [...(table.get(key) ?? []), route]);
  }
  // Static before parameter, segment by segment: the order gin's tree gives.
  const rank = (route: Route) => route.segments.map((s) => (s === null ? '1' : '0')).join('');
  for (const routes of table.values()) routes.sort((a, b) => rank(a).localeCompare(rank(b)));

  return (method, pathname) => {
    const parts = pathname.split('/').slice(1);
    for (const route of table.get(`${method} ${parts.length}`) ?? []) {
      const values: string[] = [];
      const fits = route.segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if (segment === null) {
          values.push(part);
          return part !== '';
        }
        return segment === part;
      });
      if (!fits) continue;
      let path: Record<string, string>;
      try {
        path = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]));
      } catch {
        return undefined;
      }
      return { operation: route.operation, path };
    }
    return undefined;
  };
}
