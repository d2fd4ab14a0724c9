// Which operation a method and path are, by the spec's path templates: for apps that see raw requests (a
// fetch wrapper, `zadigctl api`) and need the operation, e.g. to find the secrets of its answer.
import type { OperationId } from './call.js';
import { operationTable } from './generated/operations.js';

interface Matcher {
  method: string;
  operationId: OperationId;
  /** Characters outside parameters: literal segments win over parameters, as on the server. */
  literal: number;
  /** The template up to its first parameter: a path that does not start with it cannot match. */
  prefix: string;
  path: string;
  /** Compiled on first use: a command-line run matches one path, and need not compile 170 patterns. */
  pattern?: RegExp;
}

let matchers: Matcher[] | undefined;

function allMatchers(): Matcher[] {
  matchers ??= Object.entries(operationTable).map(([operationId, op]) => ({
    method: op.method,
    operationId: operationId as OperationId,
    literal: op.path.replace(/\{[^}]+\}/g, '').length,
    prefix: op.path.split('{', 1)[0] as string,
    path: op.path,
  }));
  return matchers;
}

function matches(matcher: Matcher, path: string): boolean {
  if (!path.startsWith(matcher.prefix)) return false;
  matcher.pattern ??= new RegExp(
    `^${matcher.path
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}/?$`,
  );
  return matcher.pattern.test(path);
}

/** The operation of `method` on `path` (the path after the base URL, without the query), if the spec has one. */
export function operationOfRoute(method: string, path: string): OperationId | undefined {
  const upper = method.toUpperCase();
  const found = allMatchers()
    .filter((m) => m.method === upper && matches(m, path))
    .sort((a, b) => b.literal - a.literal)[0];
  return found?.operationId;
}

/** The methods the spec has for a path (each with its operationId), most specific template first. */
export function routeMethods(path: string): Array<{ method: string; operationId: OperationId }> {
  const all = allMatchers().filter((m) => matches(m, path));
  const best = Math.max(-1, ...all.map((m) => m.literal));
  return all.filter((m) => m.literal === best).map((m) => ({ method: m.method, operationId: m.operationId }));
}
