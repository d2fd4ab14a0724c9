// Pieces the operation tools share: finding an operation, the write gate, the dry-run preview and the call.
import { type OperationId, routedIn } from '@zadig-ts/client';
import type { Operation } from '../catalog.js';
import { invalidInput, refusedParameter, ToolFailure } from '../errors.js';
import { checkJq, runJq } from '../jq.js';
import { planRequest } from '../request.js';
import { type NextArguments, pageRequest, type ShapeOptions, shapeResult } from '../shape.js';
import { checkInput } from '../validate.js';
import type { ToolContext } from './types.js';

/** Close operationIds, for "did you mean". */
function similar(context: ToolContext, name: string): string[] {
  const lower = name.toLowerCase();
  return context.catalog.operations
    .map((op) => op.operationId)
    .filter((id) => id.toLowerCase().includes(lower) || lower.includes(id.toLowerCase()))
    .slice(0, 5);
}

/** The operation named `id`, offered on this server, or a failure saying why not. */
export function findOperation(context: ToolContext, id: unknown, pointer: string): Operation {
  const op = typeof id === 'string' ? context.catalog.byId.get(id) : undefined;
  if (!op) {
    const close = typeof id === 'string' ? similar(context, id) : [];
    throw new ToolFailure(
      'unknown_operation',
      `${pointer}: no operation ${JSON.stringify(id)}.${close.length ? ` Did you mean ${close.join(', ')}?` : ''} Find operations with zadig_list_operations.`,
      { pointer },
    );
  }
  const unsupported = context.policy.unavailable(op);
  if (unsupported) {
    const { message, operationId, zadigVersion, availableIn } = unsupported;
    throw new ToolFailure('unsupported_by_server', message, {
      pointer,
      operationId,
      zadigVersion,
      availableIn,
    });
  }
  return op;
}

/** Refuses a write this server was not started to allow. */
export function requireWriteAllowed(context: ToolContext, op: Operation): void {
  if (context.policy.mayWrite(op)) return;
  throw new ToolFailure(
    'write_not_allowed',
    `${op.operationId} (${op.method} ${op.path}) writes, and this server is read-only for it. ` +
      `Writes run only when zadig-mcp is started with --allow-writes ${op.operationId} (or its tag, --allow-writes "${op.tag}"); ask the user to change the server's configuration.`,
    { operationId: op.operationId, method: op.method, tag: op.tag },
  );
}

/** The request a write would send, instead of sending it. */
export async function preview(context: ToolContext, op: Operation, input: Record<string, unknown>) {
  return {
    preview: true,
    sent: false,
    operationId: op.operationId,
    ...(op.destructive ? { destructive: true } : {}),
    request: await planRequest(context.client, op, input, context.hasToken),
    next: 'Nothing was sent. To send this request, call again with the same arguments and "confirm": true.',
  };
}

/**
 * The operation whose route the configured release has in place of `op`'s (an older route of the same
 * job), which the client sends instead: its parameters are what the input must hold.
 */
export function routeOnRelease(context: ToolContext, op: Operation): Operation {
  const release = context.policy.zadigVersion;
  if (!release || routedIn(op.operationId).includes(release as never)) return op;
  return (
    context.catalog.operations.find(
      (older) =>
        // The client reroutes only moves whose older route needs more input (`x-zadig-reroute-needs`).
        older.replacedBy === op.operationId &&
        older.rerouteNeeds !== undefined &&
        routedIn(older.operationId).includes(release as never),
    ) ?? op
  );
}

/** How a call's answer is trimmed, and how the call that continues it is written. */
export interface CallShape extends Omit<ShapeOptions, 'maxChars'> {
  /** A jq filter run over the answer before it is trimmed (the list to page through is its output). */
  jq?: string | undefined;
  /** The arguments of the call that shows the next items, from the input and offset it needs. */
  nextArguments: NextArguments;
}

/**
 * Checks, gates and sends one operation: invalid input fails with pointers; a write needs --allow-writes
 * and then `confirm`, else the preview is returned; the answer is filtered (jq) and shaped for a model.
 */
export async function callChecked(
  context: ToolContext,
  op: Operation,
  rawInput: unknown,
  options: { at: string; confirm: boolean; shape: CallShape },
): Promise<Record<string, unknown>> {
  if (op.responseType === 'text/event-stream') {
    throw new ToolFailure(
      'not_callable',
      `${op.operationId} is a live event stream, which a tool call cannot return. For a workflow job's log use zadig_job_log_tail.`,
      { operationId: op.operationId },
    );
  }
  if (op.writes) requireWriteAllowed(context, op);
  const { jq, limit } = options.shape;
  const offset = options.shape.offset ?? 0;
  if (jq !== undefined) await checkJq(jq, '/jq');
  const isInput =
    rawInput === undefined || (typeof rawInput === 'object' && rawInput !== null && !Array.isArray(rawInput));
  // With jq the offset applies to the filter's output, so the server's page is the one the input names.
  const sent = isInput
    ? pageRequest(op, (rawInput ?? {}) as Record<string, unknown>, limit, jq === undefined ? offset : 0)
    : { input: rawInput as Record<string, unknown>, within: 0 };
  if (jq !== undefined) sent.within = offset;
  const route = routeOnRelease(context, op);
  const violations = checkInput(context.catalog, route, sent.input, options.at);
  if (violations.length) {
    const how =
      route === op ? '' : ` (on Zadig ${context.policy.zadigVersion} it is sent as ${route.operationId})`;
    throw invalidInput(`invalid input for ${op.operationId}${how}`, violations);
  }
  let data: unknown;
  try {
    if (op.writes && !options.confirm) return await preview(context, route, sent.input);
    data = await context.call(op.operationId as OperationId, sent.input);
  } catch (error) {
    throw refusedParameter(error, options.at) ?? error;
  }
  if (jq !== undefined) context.log('debug', `running jq over the answer of ${op.operationId}`);
  const filtered = jq === undefined ? undefined : await runJq(data, jq, '/jq', context.signal);
  return shapeResult(
    op,
    data,
    { fields: options.shape.fields, limit, offset, maxChars: context.maxChars },
    sent,
    {
      operationId: op.operationId,
      ...(op.writes ? { sent: true } : {}),
      ...(filtered && filtered.outputs !== 1 ? { jqOutputs: filtered.outputs } : {}),
    },
    options.shape.nextArguments,
    filtered,
  );
}
