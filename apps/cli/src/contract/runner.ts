// Runs a plan: reads concurrently (list answers are shared between discovery and checks), then the allowed
// writes one at a time. A refused connection or a rejected token ends the run: every result would be noise.
import type { ZadigClient } from '@zadig-ts/client';
import type { SpecValidator } from '@zadig-ts/openapi/validator';
import type { Operation } from '../commands/catalog.js';
import { ExitCode } from '../exit-codes.js';
import { check } from './check.js';
import { type Exchange, exchange, type RequestInput } from './exchange.js';
import type { ParamsFile } from './params-file.js';
import { Resolver } from './resolve.js';
import type { CheckResult } from './result.js';
import type { Planned } from './select.js';
import type { Spec } from './spec.js';

/** Stops the run; carries the exit code. */
export class FatalRunError extends Error {
  override name = 'FatalRunError';
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** What a run needs. */
export interface RunContext {
  zadig: ZadigClient;
  spec: Spec;
  validator: SpecValidator;
  params: ParamsFile;
  operations: Operation[];
  concurrency: number;
  /** Budget for an event stream to answer with its headers. */
  streamBudgetMs: number;
  /** The time of the run (ms since the epoch), for time-range parameters. */
  now: number;
}

/** The documented success media type, sent as `accept` (Prism picks the example by it). */
function acceptOf(op: Operation): string | undefined {
  return (op as Operation & { responseType?: string }).responseType;
}

/** Runs `task` over `items` with at most `limit` at a time; the first error stops new tasks. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure;
}

function base(op: Operation): Pick<CheckResult, 'operationId' | 'tag' | 'method' | 'path'> {
  return { operationId: op.operationId, tag: op.tag, method: op.method, path: op.path };
}

function skipped(op: Operation, reason: string): CheckResult {
  return { ...base(op), url: null, status: null, result: 'SKIP', violations: [], reason, durationMs: 0 };
}

/** Runs the plan; resolves to one result per planned operation, in plan order. */
export async function runPlan(plan: Planned[], context: RunContext): Promise<CheckResult[]> {
  const sent = new Map<string, Promise<Exchange>>();
  const send = async (op: Operation, input: RequestInput): Promise<Exchange> => {
    const answer = await exchange(context.zadig, op.method, op.path, input, {
      accept: acceptOf(op),
      streamBudgetMs: context.streamBudgetMs,
    });
    if (answer.kind === 'no-answer' && answer.unreachable) {
      throw new FatalRunError(
        `${op.method} ${answer.target}: ${answer.reason}`,
        ExitCode.Network,
        'Check the server URL (--server, ZADIG_URL or the profile) and that it is reachable from here.',
      );
    }
    if (answer.kind === 'answer' && answer.status === 401) {
      throw new FatalRunError(
        `the server rejected the token (401 on ${op.operationId})`,
        ExitCode.Auth,
        'Check ZADIG_TOKEN (or the profile): Zadig > Account Settings > API Token.',
      );
    }
    return answer;
  };
  // Reads are shared: a list fetched to find a parameter is also the answer checked for that list.
  const read = (op: Operation, input: RequestInput): Promise<Exchange> => {
    const key = `${op.operationId} ${JSON.stringify(input)}`;
    let pending = sent.get(key);
    if (!pending) {
      pending = send(op, input);
      sent.set(key, pending);
    }
    return pending;
  };
  const byId = new Map(context.operations.map((op) => [op.operationId, op]));
  const resolver = new Resolver({ operations: byId, params: context.params, now: context.now, fetch: read });
  const results = new Map<Planned, CheckResult>();

  const runOne = async (planned: Planned) => {
    const { op } = planned;
    if (planned.skip) {
      results.set(planned, skipped(op, planned.skip));
      return;
    }
    const inputs = await resolver.inputsFor(op, { fileOnly: planned.write });
    if (!inputs.ok) {
      results.set(planned, skipped(op, inputs.reason));
      return;
    }
    const own = context.params.operations[op.operationId];
    const input =
      planned.write && own?.body !== undefined ? { ...inputs.input, body: own.body } : inputs.input;
    const answer = planned.write ? await send(op, input) : await read(op, input);
    const verdict = check(answer, {
      operationId: op.operationId,
      responses: context.spec.responses(op.method, op.path),
      validator: context.validator,
      ...(own?.expectStatus ? { expectStatus: own.expectStatus } : {}),
    });
    const reason =
      verdict.problems.join('; ') ||
      (verdict.violations.length
        ? `${verdict.violations.length} schema violation${verdict.violations.length === 1 ? '' : 's'}`
        : null);
    results.set(planned, {
      ...base(op),
      url: answer.target,
      status: answer.kind === 'answer' ? answer.status : null,
      result: verdict.passed ? 'PASS' : 'FAIL',
      violations: verdict.violations,
      reason: verdict.passed ? null : reason,
      durationMs: answer.durationMs,
    });
  };

  await eachLimited(
    plan.filter((p) => !p.write),
    context.concurrency,
    runOne,
  );
  // Writes change what reads see: they go last, in the order given, one at a time.
  await eachLimited(
    plan.filter((p) => p.write),
    1,
    runOne,
  );
  return plan.map((p) => results.get(p) as CheckResult);
}
