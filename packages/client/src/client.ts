import type { paths } from '@zadig-ts/openapi';
import * as openapiFetch from 'openapi-fetch';
import { type Client, defaultBodySerializer } from 'openapi-fetch';
import {
  callOperation,
  defineGroups,
  type OperationArgs,
  type OperationGroups,
  type OperationId,
  type OperationOutput,
} from './call.js';
import { levelled } from './logger.js';
import { buildLogStreams, type LogStreams } from './logs.js';
import { attemptSettings, type ResolvedOptions, resolveOptions, type ZadigClientOptions } from './options.js';
import { type PaginatedOperationId, type PaginateOptions, type Paginator, paginate } from './pagination.js';
import { checkedPathSerializer, checkedQuerySerializer } from './path-params.js';
import { type AttemptSettings, createFetch, type RawResult, sendWithRetries } from './transport.js';
import { VERSION } from './version.js';
import { buildWaiters, type Waiters } from './waiters.js';

/**
 * The Zadig client: openapi-fetch's typed `GET`/`POST`/`PUT`/`PATCH`/`DELETE`/`request` (with the client's
 * retries and timeouts), the operation layer (`zadig.delivery.listReleases()`), pagination and wait helpers.
 */
export type ZadigClient = Client<paths> &
  OperationGroups & {
    /** The normalized base URL requests go to. */
    readonly baseUrl: string;
    /** The options in effect (token excluded). */
    readonly options: Readonly<Omit<ResolvedOptions, 'token'>>;
    /** A new client with these options changed, e.g. `zadig.withOptions({ maxRetries: 0 })`. */
    withOptions(overrides: ZadigClientOptions): ZadigClient;
    /** Calls any operation by its operationId; returns its data or throws a typed error. */
    call<K extends OperationId>(operationId: K, ...args: OperationArgs<K>): Promise<OperationOutput<K>>;
    /** Iterates a paginated list operation: items with `for await`, or `.pages()`. */
    paginate<K extends PaginatedOperationId>(
      operationId: K,
      input: Omit<OperationArgs<K>[0] & object, 'pageNum' | 'pageSize'>,
      options?: PaginateOptions,
    ): Paginator<K>;
    /** Poll until something reaches a final state: `zadig.waitFor.release({ projectKey, versionName })`. */
    readonly waitFor: Waiters;
    /** Live logs: `for await (const line of zadig.logs.workflowJob({ ... }))`. */
    readonly logs: LogStreams;
  };

/** What the operation layer, pagination and waiters share. */
export interface ClientContext {
  raw: Client<paths>;
  /** openapi-fetch's own `request` (one attempt; the callers add retries). */
  request: (method: string, url: string, init: Record<string, unknown>) => Promise<RawResult>;
  resolved: ResolvedOptions;
  fetch: (request: Request) => Promise<Response>;
  settings: AttemptSettings;
}

// openapi-fetch's CommonJS build puts the client in `exports.default` (with `__esModule`). Under `require()`,
// Node-style interop (esbuild's too, this package being "type": "module") makes the default import the whole
// exports object; from ES modules it is the function. Take the function either way.
type CreateClient = typeof openapiFetch.default;
const fetchDefault = openapiFetch.default as CreateClient | { default: CreateClient };
const createClient: CreateClient = typeof fetchDefault === 'function' ? fetchDefault : fetchDefault.default;

const USER_AGENT = `zadig-ts-client/${VERSION}`;
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
// Per-call overrides accepted in the init of the raw methods too.
const CALL_KEYS = ['timeoutMs', 'maxRetries', 'retryNonIdempotent'] as const;

type RawMethod = (url: string, init?: Record<string, unknown>) => Promise<RawResult>;

/**
 * A raw call's init with the checked serializers (see path-params.ts): `params.path` is always there, so
 * that a template's placeholders are checked even when no path parameters were given.
 */
function guarded(
  method: string,
  url: string,
  init: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const given = init ?? {};
  const params = (given.params ?? {}) as Record<string, unknown>;
  const label = `${method} ${url}`;
  return {
    ...given,
    params: { ...params, path: params.path ?? {} },
    pathSerializer: checkedPathSerializer(label, given.pathSerializer as never),
    querySerializer: given.querySerializer ?? checkedQuerySerializer(label),
  };
}

function settingsFor(context: ClientContext, init: Record<string, unknown> | undefined): AttemptSettings {
  if (!init || !CALL_KEYS.some((key) => init[key] !== undefined)) return context.settings;
  return attemptSettings(context.resolved, context.fetch, init as never);
}

/** openapi-fetch's methods, each call going through the client's attempts (deadline, retries). */
function wrapRawMethods(context: ClientContext): Record<string, unknown> {
  const raw = context.raw as unknown as Record<string, RawMethod> & {
    request: (method: string, url: string, init?: Record<string, unknown>) => Promise<RawResult>;
  };
  const wrapped: Record<string, unknown> = {};
  for (const method of METHODS) {
    const original = raw[method] as RawMethod;
    wrapped[method] = (url: string, init?: Record<string, unknown>) =>
      sendWithRetries(
        method,
        init,
        (i) => original(url, guarded(method, url, i)),
        settingsFor(context, init),
      );
  }
  const request = raw.request;
  wrapped.request = (method: string, url: string, init?: Record<string, unknown>) =>
    sendWithRetries(
      method.toUpperCase(),
      init,
      (i) => request(method, url, guarded(method.toUpperCase(), url, i)),
      settingsFor(context, init),
    );
  return wrapped;
}

/**
 * Creates a typed client for the Zadig OpenAPI.
 *
 * @example
 * const zadig = createZadigClient({ baseUrl: 'https://zadig.example.com', token: process.env.ZADIG_TOKEN });
 * // operation layer: data or a typed error
 * const page = await zadig.delivery.listReleases({ projectKey: 'demo', pageNum: 1, pageSize: 20 });
 * // openapi-fetch's methods: { data, error, response }
 * const { data } = await zadig.GET('/openapi/release_plan/v1/{id}', { params: { path: { id } } });
 */
export function createZadigClient(options: ZadigClientOptions = {}): ZadigClient {
  const resolved = resolveOptions(options);
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  const fetch = createFetch(resolved.fetch, levelled(resolved.logger, resolved.logLevel));
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch,
    headers: {
      ...(inBrowser ? {} : { 'user-agent': USER_AGENT }),
      ...(resolved.token ? { authorization: `Bearer ${resolved.token}` } : {}),
      ...resolved.headers,
    },
    // Streams are sent as they are (and never retried); everything else as JSON.
    bodySerializer: (body: unknown) => (body instanceof ReadableStream ? body : defaultBodySerializer(body)),
    // Requests openapi-fetch builds elsewhere (its own path-based client) are checked too.
    pathSerializer: checkedPathSerializer('request'),
    querySerializer: checkedQuerySerializer('request'),
    // Redirects are the client's to follow or refuse (see redirects.ts).
    redirect: 'manual',
    // A stream body needs duplex 'half' (Node's fetch); harmless for other bodies.
    ...({ duplex: 'half' } as object),
  });
  const context: ClientContext = {
    raw,
    request: raw.request.bind(raw) as unknown as ClientContext['request'],
    resolved,
    fetch,
    settings: attemptSettings(resolved, fetch),
  };
  const { token: _token, ...visible } = resolved;
  const client = Object.assign(raw, wrapRawMethods(context), {
    baseUrl: resolved.baseUrl,
    options: visible,
    withOptions: (overrides: ZadigClientOptions) => createZadigClient({ ...options, ...overrides }),
    call: <K extends OperationId>(operationId: K, ...args: OperationArgs<K>) =>
      callOperation(context, operationId, args[0], args[1]),
    paginate: <K extends PaginatedOperationId>(
      operationId: K,
      input: Omit<OperationArgs<K>[0] & object, 'pageNum' | 'pageSize'>,
      paginateOptions?: PaginateOptions,
    ) => paginate(context, operationId, input, paginateOptions),
    waitFor: buildWaiters(context),
    logs: buildLogStreams(context),
  });
  defineGroups(client, context);
  return client as unknown as ZadigClient;
}
