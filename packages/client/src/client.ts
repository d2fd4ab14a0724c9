import type { paths } from '@zadig-ts/openapi';
import createClient, { type Client, defaultBodySerializer } from 'openapi-fetch';
import {
  buildGroups,
  callOperation,
  type OperationArgs,
  type OperationGroups,
  type OperationId,
  type OperationOutput,
} from './call.js';
import {
  type ResolvedOptions,
  resolveOptions,
  transportSettings,
  type ZadigClientOptions,
} from './options.js';
import { type PaginatedOperationId, type PaginateOptions, type Paginator, paginate } from './pagination.js';
import { createTransport, markOneShot } from './transport.js';
import { VERSION } from './version.js';
import { buildWaiters, type Waiters } from './waiters.js';

/** The Zadig client: openapi-fetch's typed methods plus the operation layer, pagination and helpers. */
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
  };

const USER_AGENT = `zadig-ts-client/${VERSION}`;

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
  const transport = createTransport(transportSettings(resolved));
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: transport,
    headers: {
      ...(inBrowser ? {} : { 'user-agent': USER_AGENT }),
      ...(resolved.token ? { authorization: `Bearer ${resolved.token}` } : {}),
      ...resolved.headers,
    },
    // Streams are sent as they are, and remembered as one-shot so that no retry re-sends them.
    bodySerializer: (body: unknown) =>
      body instanceof ReadableStream ? markOneShot(body) : defaultBodySerializer(body),
    // A stream body needs duplex 'half' (Node's fetch); harmless for other bodies.
    ...({ duplex: 'half' } as object),
  });
  const context = { raw, resolved, transport };
  const { token: _token, ...visible } = resolved;
  const client = Object.assign(raw, buildGroups(context), {
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
  });
  return client as unknown as ZadigClient;
}
