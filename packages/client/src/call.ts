import type { operations } from '@zadig-ts/openapi';
import type { ClientContext } from './client.js';
import { UnsupportedOperationError, ZadigInvalidResponseError } from './errors.js';
import type { OperationGroups } from './generated/groups.js';
import { operationTable } from './generated/operations.js';
import { attemptSettings } from './options.js';
import { checkedSerializers } from './path-params.js';
import { availableIn, routedIn } from './releases.js';
import { requestOf } from './request-meta.js';
import { type RerouteInput, rerouteFor } from './reroute.js';
import { sendWithRetries } from './transport.js';
import { dataOf } from './unwrap.js';

/** Every operationId of the spec. */
export type OperationId = keyof typeof operationTable & keyof operations;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Params<K extends OperationId> = operations[K] extends { parameters: infer P } ? P : never;
type Section<P, S extends string> =
  P extends Record<S, infer X> ? (X extends undefined | never ? unknown : NonNullable<X>) : unknown;
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type BodyInput<K extends OperationId> = operations[K] extends { requestBody: infer R }
  ? [R] extends [never]
    ? unknown
    : { body: JsonBody<R> }
  : operations[K] extends { requestBody?: infer R }
    ? [NonNullable<R>] extends [never]
      ? unknown
      : { body?: JsonBody<NonNullable<R>> | undefined }
    : unknown;

/**
 * What an operation takes: its path and query parameters by name, and `body` when it has a request body.
 * @example { projectKey: 'demo', pageNum: 1, pageSize: 20 }
 */
export type OperationInput<K extends OperationId> = Simplify<
  UndefinedWhereOptional<Section<Params<K>, 'path'> & Section<Params<K>, 'query'>> &
    BodyInput<K> &
    RerouteInput<K>
>;

/** Optional parameters also take `undefined` (for callers with exactOptionalPropertyTypes). */
// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, P>` holds exactly when P is optional in T
type UndefinedWhereOptional<T> = { [P in keyof T]: {} extends Pick<T, P> ? T[P] | undefined : T[P] };

type SuccessCode = 200 | 201 | 202 | 204;
type SuccessContent<R> = { [C in keyof R]: C extends SuccessCode ? R[C] : never }[keyof R];
type ContentOf<C> = C extends { content: infer M }
  ? M extends { 'application/json': infer T }
    ? T
    : M extends Record<string, infer T>
      ? T
      : undefined
  : undefined;

/** What an operation resolves to: the body of its documented 2xx response. */
export type OperationOutput<K extends OperationId> = ContentOf<SuccessContent<operations[K]['responses']>>;

/** Per-call options of the operation layer. */
export interface CallOptions {
  /** Abort the call. */
  signal?: AbortSignal | undefined;
  /** Override the client's per-attempt timeout (ms). */
  timeoutMs?: number | undefined;
  /** Override the client's retry count. */
  maxRetries?: number | undefined;
  /** Retry this POST/PATCH too (only if it is safe to repeat). */
  retryNonIdempotent?: boolean | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

// biome-ignore lint/complexity/noBannedTypes: an empty input object is what operations without parameters take
type IsOptional<T> = {} extends T ? true : false;
/** Arguments of an operation method: input (optional when nothing in it is required) and call options. */
export type OperationArgs<K extends OperationId> =
  IsOptional<OperationInput<K>> extends true
    ? [input?: OperationInput<K>, options?: CallOptions]
    : [input: OperationInput<K>, options?: CallOptions];

export type { OperationGroups };

function parseJson(text: unknown, response: Response): unknown {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    if (!/\S/.test(text)) return undefined;
    const { method, url } = requestOf(response);
    throw new ZadigInvalidResponseError(method, url, response.status, text, { cause });
  }
}

/** Calls one operation by id; resolves to its data or throws a typed error. */
export async function callOperation(
  context: ClientContext,
  operationId: OperationId,
  input: Record<string, unknown> | undefined = {},
  options: CallOptions = {},
): Promise<never> {
  const op = operationTable[operationId];
  if (!op) throw new TypeError(`Unknown operation ${String(operationId)}`);
  const release = context.resolved.zadigVersion;
  if (release !== undefined && !routedIn(operationId).includes(release)) {
    const moved = rerouteFor(operationId, release, input);
    if (moved) return callOperation(context, moved.operationId, moved.input, options);
    throw new UnsupportedOperationError(operationId, release, availableIn(operationId));
  }
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const name of op.pathParams) path[name] = input[name];
  for (const name of op.queryParams) if (input[name] !== undefined) query[name] = input[name];
  const stream = 'responseType' in op && op.responseType === 'text/event-stream';
  const custom =
    options.timeoutMs !== undefined ||
    options.maxRetries !== undefined ||
    options.retryNonIdempotent !== undefined;
  const init: Record<string, unknown> = {
    params: { path, query },
    parseAs: stream ? 'stream' : 'text',
    ...checkedSerializers(operationId),
  };
  if (input.body !== undefined && 'body' in op) init.body = input.body;
  if (options.signal) init.signal = options.signal;
  if (options.headers || stream) {
    init.headers = { ...(stream ? { accept: 'text/event-stream' } : {}), ...options.headers };
  }
  const result = await sendWithRetries(
    op.method,
    init,
    (attemptInit) => context.request(op.method.toLowerCase(), op.path, attemptInit),
    custom ? attemptSettings(context.resolved, context.fetch, options) : context.settings,
  );
  const data = dataOf(result);
  const { response } = result;
  if (stream) return data as never;
  if (!('responseType' in op)) return parseJson(data, response) as never;
  // A text operation: JSON only if the server says so (a Zadig error body with a 200, say).
  return (
    (response.headers.get('content-type') ?? '').includes('json') ? parseJson(data, response) : data
  ) as never;
}

let groupMembers: Map<string, OperationId[]> | undefined;

/**
 * Defines `zadig.<group>.<operationId>()` for every operation on `client`, each group made on first use (a
 * command-line run uses one of some twenty, and makes a client or three): enumerable like the data properties
 * they become, and writable. A name `client` already has is left to it.
 */
export function defineGroups(client: object, context: ClientContext): void {
  if (!groupMembers) {
    groupMembers = new Map();
    for (const [operationId, op] of Object.entries(operationTable)) {
      const members = groupMembers.get(op.group);
      if (members) members.push(operationId as OperationId);
      else groupMembers.set(op.group, [operationId as OperationId]);
    }
  }
  const settle = (group: string, value: unknown) =>
    Object.defineProperty(client, group, { value, writable: true, enumerable: true, configurable: true });
  for (const [group, members] of groupMembers) {
    if (Object.hasOwn(client, group)) continue;
    Object.defineProperty(client, group, {
      enumerable: true,
      configurable: true,
      get() {
        const calls: Record<string, unknown> = {};
        for (const operationId of members) {
          calls[operationId] = (input?: Record<string, unknown>, options?: CallOptions) =>
            callOperation(context, operationId, input, options);
        }
        settle(group, calls);
        return calls;
      },
      set(value: unknown) {
        settle(group, value);
      },
    });
  }
}
