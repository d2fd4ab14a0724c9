// The MCP server: the tools this configuration offers (and toolsets added during a session), their
// arguments checked, each call under one deadline, results fitted to the character budget and scrubbed of
// the token; resources (specs, errata), prompts, and MCP logging at the level the client sets.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  type LoggingLevel,
  LoggingLevelSchema,
  McpError,
  ReadResourceRequestSchema,
  type ServerNotification,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { createZadigClient, type ZadigClientOptions, type ZadigTimers } from '@zadig-ts/client';
import { checkZadigVersion, scrub } from '@zadig-ts/node';
import { createSpecValidator, type SpecValidator } from '@zadig-ts/openapi/validator';
import { DEFAULT_MAX_RESULT_CHARS, MAX_RESULT_CHARS_CAP, MIN_RESULT_CHARS } from './budget.js';
import { type Catalog, loadCatalog } from './catalog.js';
import { DEFAULT_CALL_TIMEOUT_SECONDS, startDeadline } from './deadline.js';
import { describeError, invalidInput, timeoutFailure } from './errors.js';
import { getPrompt, listPrompts } from './offers/prompts.js';
import { listResources, readResource } from './offers/resources.js';
import {
  ConfigurationError,
  createPolicy,
  type Policy,
  resolveTags,
  resolveWriteAllowance,
} from './policy.js';
import { toolResult } from './result.js';
import { redactingFetch, redactionLog, redactionNote } from './secrets.js';
import { callOperation, describeOperation, listOperations } from './tools/operations.js';
import { operationTool } from './tools/per-operation.js';
import {
  jobLogTail,
  releasePlanStatus,
  runWorkflow,
  versionFromEnvironment,
  workflowTask,
} from './tools/tasks.js';
import { enableToolset, toolsetOperations } from './tools/toolsets.js';
import type { ToolContext, ToolDefinition } from './tools/types.js';
import { VERSION } from './version.js';

/** Options of {@link createZadigMcpServer}. */
export interface ZadigMcpOptions {
  /** The Zadig address, e.g. `https://zadig.example.com`. */
  baseUrl: string;
  /** The Zadig API token; never shown in any result, log or error. */
  token?: string | undefined;
  /** operationIds or tags whose writes may be sent (each with `confirm: true`). Default: none. */
  allowWrites?: readonly string[];
  /** `core` (default): the operation trio and the task tools; `all`: also a tool per operation. */
  tools?: 'core' | 'all';
  /** With `tools: 'all'`, only the operations of these tags get their own tool. */
  tags?: readonly string[];
  /** The Zadig release of the server (`5.0.0`, `v4.2.0`, `main`): operations it lacks are hidden and refused. */
  zadigVersion?: string | undefined;
  /** Most list items in a result (default 50). */
  maxItems?: number;
  /** Characters a result may take (default 16 000); a call may ask for up to 100 000 with `maxChars`. */
  maxResultChars?: number;
  /** Seconds a call may take, retries and waits included (default 45). */
  callTimeoutSeconds?: number;
  /** The operator's log (stderr for the command): call ends and cancellations; never the token. */
  log?: (level: LoggingLevel, line: string) => void;
  /** Client options for tests and embedding: `fetch`, `sleep`, `timers`, `maxRetries`, `timeoutMs`, `logger`. */
  client?: Omit<ZadigClientOptions, 'baseUrl' | 'token'>;
}

/** The tools and policy of one configuration, computed once and shared by every connection. */
export interface ZadigMcpSetup {
  catalog: Catalog;
  policy: Policy;
  tools: ToolDefinition[];
  options: ZadigMcpOptions;
  /** Checks tool arguments against the tools' input schemas (compiled once, on first use). */
  validator: SpecValidator;
}

/** Checks the options (unknown operationIds or tags in allowWrites/tags fail) and builds the tool list. */
export function prepareZadigMcp(options: ZadigMcpOptions): ZadigMcpSetup {
  const catalog = loadCatalog();
  const writes = resolveWriteAllowance(catalog, options.allowWrites ?? []);
  let release: string | undefined;
  if (options.zadigVersion !== undefined) {
    const checked = checkZadigVersion(options.zadigVersion);
    if ('error' in checked) throw new ConfigurationError(`zadigVersion: ${checked.error}`);
    release = checked.release;
  }
  const policy = createPolicy(writes, release);
  const maxItems = options.maxItems ?? 50;
  const allowedOps = catalog.operations.filter((op) => writes.has(op.operationId) && !policy.unavailable(op));
  const tools: ToolDefinition[] = [
    listOperations,
    describeOperation,
    callOperation(
      maxItems,
      allowedOps.length > 0,
      allowedOps.some((op) => op.destructive),
    ),
    workflowTask,
    jobLogTail,
    releasePlanStatus,
  ];
  // Write tools are offered only when their operation may be sent: tools that can only refuse cost context.
  if (writes.has('executeWorkflow')) tools.splice(3, 0, runWorkflow);
  if (writes.has('createK8sRelease')) tools.push(versionFromEnvironment);
  const selected = options.tools === 'all' ? resolveTags(catalog, options.tags ?? []) : undefined;
  if (selected) {
    for (const tag of catalog.tags) {
      if (selected.size && !selected.has(tag)) continue;
      for (const op of toolsetOperations(catalog, policy, tag))
        tools.push(operationTool(catalog, op, maxItems));
    }
  }
  // The tags not offered yet can be added during a session.
  const addable = catalog.tags.filter(
    (tag) =>
      !(selected && (selected.size === 0 || selected.has(tag))) &&
      toolsetOperations(catalog, policy, tag).length > 0,
  );
  if (addable.length) tools.push(enableToolset(catalog, addable, maxItems));
  return { catalog, policy, tools, options, validator: toolValidator(tools) };
}

function toolValidator(tools: ToolDefinition[]) {
  const paths: Record<string, unknown> = {};
  for (const tool of tools) {
    if (tool.checksOwnInput) continue;
    paths[`/${tool.name}`] = {
      post: {
        operationId: tool.name,
        requestBody: { content: { 'application/json': { schema: tool.inputSchema } } },
        responses: {},
      },
    };
  }
  return createSpecValidator({ openapi: '3.1.0', info: { title: 'tools', version: '1' }, paths });
}

const SEVERITY = new Map(LoggingLevelSchema.options.map((level, i) => [level, i]));
const severity = (level: LoggingLevel) => SEVERITY.get(level) ?? 0;

const SYSTEM_TIMERS: ZadigTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * Creates an MCP server for one connection (stdio) or one HTTP session. Its calls send the options' token,
 * or `connection.token` (over HTTP, the request's bearer token). Connect it with `server.connect(transport)`.
 */
export function createZadigMcpServer(
  setupOrOptions: ZadigMcpSetup | ZadigMcpOptions,
  connection: { token?: string | undefined } = {},
): Server {
  const setup =
    'catalog' in setupOrOptions
      ? (setupOrOptions as ZadigMcpSetup)
      : prepareZadigMcp(setupOrOptions as ZadigMcpOptions);
  const options = 'token' in connection ? { ...setup.options, token: connection.token } : setup.options;
  const secrets = [options.token];
  const operatorLog = (level: LoggingLevel, line: string) => options.log?.(level, scrub(line, secrets));
  // The client's request lines go to the MCP log of the call that made them.
  const callLog = new AsyncLocalStorage<(level: LoggingLevel, message: string) => void>();
  const timers: ZadigTimers = { ...SYSTEM_TIMERS, ...options.client?.timers };
  const client = createZadigClient({
    ...options.client,
    baseUrl: options.baseUrl,
    token: options.token ?? '',
    // Answers are read with their secrets replaced: no result can carry one.
    fetch: redactingFetch(options.baseUrl, options.client?.fetch),
    // The client refuses operations the release lacks before sending, and sends moved ones to the route
    // the release has.
    zadigVersion: setup.policy.zadigVersion,
    logLevel: 'debug',
    logger: {
      debug: (message) => {
        options.client?.logger?.debug(message);
        callLog.getStore()?.('debug', message);
      },
      warn: (message) => {
        options.client?.logger?.warn(message);
        callLog.getStore()?.('warning', message);
      },
    },
  });
  const { validator } = setup;
  const tools = new Map(setup.tools.map((tool) => [tool.name, tool]));
  const maxResultChars = options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS;
  const callTimeoutMs = (options.callTimeoutSeconds ?? DEFAULT_CALL_TIMEOUT_SECONDS) * 1000;
  // Until the client sets a level, only what needs attention is sent.
  let level: LoggingLevel = 'warning';
  const server = new Server(
    { name: 'zadig-mcp', title: 'Zadig', version: VERSION },
    {
      capabilities: { tools: { listChanged: true }, resources: {}, prompts: {}, logging: {} },
      instructions:
        'Zadig CI/CD API. Find operations with zadig_list_operations, read their inputs with ' +
        'zadig_describe_operation, call them with zadig_call_operation (jq filters the answer on the server). ' +
        'Reads always run; writes run only if the server allows them, and only with "confirm": true ' +
        '(otherwise you get a preview of the request). Show the user a preview and get their agreement ' +
        'before confirming a write. Results are cut to a character budget; a cut result says how to get the rest.',
    },
  );
  server.setRequestHandler(SetLevelRequestSchema, async (request) => {
    level = request.params.level;
    return {};
  });
  /**
   * A log message for the client when its level lets it through, sent with `send`: on a call's own stream,
   * or (for a call that was cancelled, whose stream is gone) on the session's.
   */
  const logWith =
    (send: (notification: ServerNotification) => Promise<void>) => (at: LoggingLevel, message: string) => {
      if (severity(at) < severity(level)) return;
      void send({
        method: 'notifications/message',
        params: { level: at, logger: 'zadig-mcp', data: scrub(message, secrets) },
      }).catch(() => {});
    };
  const notify = logWith((n) => server.notification(n));
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [...tools.values()].map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: tool.inputSchema,
      ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
      annotations: { title: tool.title, ...tool.annotations },
    })),
  }));
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: listResources(setup.policy.zadigVersion),
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => ({
    contents: [readResource(request.params.uri)],
  }));
  server.setRequestHandler(ListPromptsRequestSchema, async () => ({ prompts: listPrompts() }));
  server.setRequestHandler(GetPromptRequestSchema, async (request) =>
    getPrompt(request.params.name, request.params.arguments),
  );
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = tools.get(request.params.name);
    if (!tool) {
      throw new McpError(
        ErrorCode.InvalidParams,
        `unknown tool ${JSON.stringify(request.params.name)}; tools: ${[...tools.keys()].join(', ')}`,
      );
    }
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    const progressToken = request.params._meta?.progressToken;
    const deadline = startDeadline(callTimeoutMs, timers, extra.signal);
    const started = timers.now();
    let requests = 0;
    const log = logWith(extra.sendNotification);
    const context: ToolContext = {
      catalog: setup.catalog,
      policy: setup.policy,
      client,
      baseUrl: client.baseUrl,
      hasToken: Boolean(options.token),
      maxItems: options.maxItems ?? 50,
      // Out-of-range values are refused by the input check; the error itself still keeps to a sane budget.
      maxChars:
        typeof args.maxChars === 'number'
          ? Math.min(Math.max(args.maxChars, MIN_RESULT_CHARS), MAX_RESULT_CHARS_CAP)
          : maxResultChars,
      signal: deadline.signal,
      remainingMs: deadline.remainingMs,
      call: async (operationId, input) => {
        requests++;
        // Secrets are already out: the client's fetch redacts every answer (./secrets.ts).
        return client.call(operationId, input as never, { signal: deadline.signal });
      },
      log,
      progress: async (progress, message) => {
        if (progressToken === undefined) return;
        await extra
          .sendNotification({
            method: 'notifications/progress',
            params: { progressToken, progress, message: scrub(message, secrets) },
          })
          .catch(() => {});
      },
      addTools: async (added) => {
        const names = added.filter((t) => !tools.has(t.name)).map((t) => t.name);
        for (const t of added) if (!tools.has(t.name)) tools.set(t.name, t);
        if (names.length) await extra.sendNotification({ method: 'notifications/tools/list_changed' });
        return names;
      },
    };
    const ended = (how: string) => {
      const line = `${tool.name} ${how} after ${timers.now() - started} ms`;
      operatorLog(how === 'finished' ? 'debug' : 'info', line);
      if (extra.signal.aborted) notify('info', line);
      else log('debug', line);
    };
    const redactions = redactionLog();
    try {
      if (!tool.checksOwnInput) {
        const violations = validator.requestBody(tool.name, args);
        if (violations.length) throw invalidInput(`invalid arguments for ${tool.name}`, violations);
      }
      const value = await redactions.run(() => callLog.run(log, () => tool.run(args, context)));
      ended('finished');
      return toolResult(
        { ...value, ...redactionNote(redactions.redacted()) },
        {
          maxChars: context.maxChars,
          secrets,
          structured: tool.outputSchema !== undefined,
          rest: tool.rest,
        },
      );
    } catch (error) {
      const failure = deadline.expired ? timeoutFailure(tool.name, deadline.ms, requests > 0) : error;
      const { kind, message, details } = describeError(failure);
      ended(
        extra.signal.aborted
          ? 'cancelled by the client'
          : deadline.expired
            ? 'timed out'
            : `failed (${kind})`,
      );
      return toolResult(
        { error: { kind, message, ...details }, ...redactionNote(redactions.redacted()) },
        { maxChars: context.maxChars, secrets, structured: false, isError: true },
      );
    } finally {
      deadline.dispose();
    }
  });
  return server;
}
