// Path and query values for an operation: the params file first (per operation, then by name), else what
// the server lists (SOURCES), else a fixed value. Each source is looked up once per run.
import type { Operation } from '../commands/catalog.js';
import type { Exchange, RequestInput } from './exchange.js';
import type { ParamsFile, ParamValue } from './params-file.js';
import { ALWAYS_SENT, type ListSource, originOf, type SourceName } from './sources.js';

/** The request values of an operation, or why they cannot all be found. */
export type Inputs = { ok: true; input: RequestInput } | { ok: false; reason: string };

/** A source's value, or why there is none: a whole reason when an input of the list was missing, else `why`. */
type Lookup = { ok: true; value: ParamValue } | { ok: false; reason: string } | { ok: false; why: string };

/** What the resolver needs from the run. */
export interface ResolverContext {
  operations: Map<string, Operation>;
  params: ParamsFile;
  /** Milliseconds since the epoch, for time windows. */
  now: number;
  /** Sends a GET (shared with the checks, so a list is fetched once). */
  fetch(op: Operation, input: RequestInput): Promise<Exchange>;
}

/** Reads a JSON pointer (RFC 6901) in a value. */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (current && typeof current === 'object') current = (current as Record<string, unknown>)[key];
    else return undefined;
  }
  return current;
}

/** How to provide a value; the per-operation form only for the operation being checked. */
function howToGive(name: string, operationId?: string): string {
  return `give ${name}: <value> in the --params file${operationId ? `, or under operations.${operationId}` : ''}`;
}

/** Finds parameter values, calling list operations on the server when it must. */
export class Resolver {
  private readonly found = new Map<SourceName, Promise<Lookup>>();

  constructor(private readonly context: ResolverContext) {}

  /**
   * Values for every path and query parameter the operation needs (and paging, when it has any). With
   * `fileOnly` (writes), only the params file counts: a write never goes to a resource picked from a list.
   */
  async inputsFor(
    op: Operation,
    options: { fileOnly?: boolean } = {},
    stack: string[] = [],
  ): Promise<Inputs> {
    const own = this.context.params.operations[op.operationId]?.values ?? {};
    const input: RequestInput = { path: {}, query: {} };
    const hint = (name: string) => howToGive(name, stack.length ? undefined : op.operationId);
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const given = own[p.name] ?? this.context.params.globals[p.name];
      if (given !== undefined) {
        input[p.in][p.name] = given;
        continue;
      }
      if (!p.required && !ALWAYS_SENT.has(p.name)) continue;
      if (options.fileOnly) {
        if (!p.required) continue;
        return {
          ok: false,
          reason: `no value for ${p.name}: a write takes its values from the --params file only`,
        };
      }
      const origin = originOf(op.operationId, p.name, p.enum, this.context.now);
      if (!origin) {
        if (!p.required) continue;
        return {
          ok: false,
          reason: `no value for ${p.name} (nothing in the API lists it); ${hint(p.name)}`,
        };
      }
      if (origin.kind === 'fixed') {
        input[p.in][p.name] = origin.value;
        continue;
      }
      const lookup = await this.lookup(origin.name, origin.source, [...stack, op.operationId]);
      if (!lookup.ok) {
        if (!p.required) continue;
        return {
          ok: false,
          reason:
            'reason' in lookup ? lookup.reason : `no value for ${p.name}: ${lookup.why}; ${hint(p.name)}`,
        };
      }
      input[p.in][p.name] = lookup.value;
    }
    return { ok: true, input };
  }

  private lookup(name: SourceName, source: ListSource, stack: string[]): Promise<Lookup> {
    // A source that needs itself would wait on its own promise.
    if (stack.includes(source.from)) {
      return Promise.resolve({ ok: false, why: `${source.from} would need itself` });
    }
    let pending = this.found.get(name);
    if (!pending) {
      pending = this.discover(source, stack);
      this.found.set(name, pending);
    }
    return pending;
  }

  private async discover(source: ListSource, stack: string[]): Promise<Lookup> {
    const op = this.context.operations.get(source.from);
    if (!op) return { ok: false, why: `${source.from} is not in the spec` };
    const inputs = await this.inputsFor(op, {}, stack);
    if (!inputs.ok) return inputs;
    const answer = await this.context.fetch(op, inputs.input);
    if (answer.kind === 'no-answer') return { ok: false, why: `${source.from} failed (${answer.reason})` };
    if (answer.status < 200 || answer.status >= 300) {
      return { ok: false, why: `${source.from} answered ${answer.status}` };
    }
    let body: unknown;
    try {
      body = JSON.parse(answer.text ?? '');
    } catch {
      return { ok: false, why: `${source.from} did not answer JSON` };
    }
    const value = atPointer(body, source.pointer);
    const usable =
      (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean';
    if (!usable) return { ok: false, why: `${source.from} has none at ${source.pointer} (an empty list?)` };
    return { ok: true, value: value as ParamValue };
  }
}
