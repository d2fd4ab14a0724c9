// Which operation a method and path are, by the spec's path templates (for the audit log of `zadigctl api`).
import { operationIndex } from '../commands/operation-index.js';

type Matcher = { method: string; pattern: RegExp; operationId: string; literal: number };

let matchers: Matcher[] | undefined;

/** One matcher per operation of the spec, built on first use. */
function allMatchers(): Matcher[] {
  matchers ??= (
    operationIndex() as { operations: Array<{ method: string; path: string; operationId: string }> }
  ).operations.map((op) => ({
    method: op.method,
    operationId: op.operationId,
    pattern: new RegExp(
      `^${op.path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}/?$`,
    ),
    // Literal segments win over parameters, as on the server.
    literal: op.path.replace(/\{[^}]+\}/g, '').length,
  }));
  return matchers;
}

export function operationOf(method: string, path: string): string | undefined {
  const found = allMatchers()
    .filter((m) => m.method === method && m.pattern.test(path))
    .sort((a, b) => b.literal - a.literal)[0];
  return found?.operationId;
}

/** The methods the spec has for a path (each with its operationId), most specific template first. */
export function methodsFor(path: string): Array<{ method: string; operationId: string }> {
  const all = allMatchers().filter((m) => m.pattern.test(path));
  const best = Math.max(-1, ...all.map((m) => m.literal));
  return all.filter((m) => m.literal === best).map((m) => ({ method: m.method, operationId: m.operationId }));
}
