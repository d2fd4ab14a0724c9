// Which operation a method and path are, by the spec's path templates: for apps that see raw requests (a
// fetch wrapper, `zadigctl api`) and need the operation, e.g. to find the secrets of its answer.
import type { OperationId } from './call.js';
import { operationTable } from './generated/operations.js';

interface Matcher {
  method: string;
  pattern: RegExp;
  operationId: OperationId;
  /** Characters outside parameters: literal segments win over parameters, as on the server. */
  literal: number;
}

let matchers: Matcher[] | undefined;

function allMatchers(): Matcher[] {
  matchers ??= Object.entries(operationTable).map(([operationId, op]) => ({
    method: op.method,
    operationId: operationId as OperationId,
    pattern: new RegExp(
      `^${op.path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}/?$`,
    ),
    literal: op.path.replace(/\{[^}]+\}/g, '').length,
  }));
  return matchers;
}

/** The operation of `method` on `path` (the path after the base URL, without the query), if the spec has one. */
export function operationOfRoute(method: string, path: string): OperationId | undefined {
  const upper = method.toUpperCase();
  const found = allMatchers()
    .filter((m) => m.method === upper && m.pattern.test(path))
    .sort((a, b) => b.literal - a.literal)[0];
  return found?.operationId;
}

/** The methods the spec has for a path (each with its operationId), most specific template first. */
export function routeMethods(path: string): Array<{ method: string; operationId: OperationId }> {
  const all = allMatchers().filter((m) => m.pattern.test(path));
  const best = Math.max(-1, ...all.map((m) => m.literal));
  return all.filter((m) => m.literal === best).map((m) => ({ method: m.method, operationId: m.operationId }));
}
