// The MCP server: the tools this configuration offers, their arguments checked, their results shaped and
// scrubbed of the token.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import { createZadigClient, type ZadigClientOptions } from '@zadig-ts/client';
import { checkZadigVersion, scrub, scrubDeep } from '@zadig-ts/node';
import { createSpecValidator, type SpecValidator } from '@zadig-ts/openapi/validator';
import { type Catalog, loadCatalog } from './catalog.js';
import { describeError, invalidInput } from './errors.js';
import {
  ConfigurationError,
  createPolicy,
  type Policy,
  resolveTags,
  resolveWriteAllowance,
} from './policy.js';
import { callOperation, describeOperation, listOperations } from './tools/operations.js';
import { operationTool } from './tools/per-operation.js';
import {
  jobLogTail,
  releasePlanStatus,
  runWorkflow,
  versionFromEnvironment,
  workflowTask,
} from './tools/tasks.js';
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
  if (options.tools === 'all') {
    const tags = resolveTags(catalog, options.tags ?? []);
    for (const op of catalog.operations) {
      if (tags.size && !tags.has(op.tag)) continue;
      if (policy.unavailable(op) || op.responseType === 'text/event-stream') continue;
      if (op.writes && !writes.has(op.operationId)) continue;
      tools.push(operationTool(catalog, op, maxItems));
    }
  }
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

/** Text and structured content of a tool result, with the token replaced wherever it might appear. */
function toolResult(
  value: Record<string, unknown>,
  secrets: (string | undefined)[],
  isError = false,
): CallToolResult {
  const clean = scrubDeep(value, secrets);
  return {
    content: [{ type: 'text', text: JSON.stringify(clean, null, 2) }],
    structuredContent: clean,
    ...(isError ? { isError: true } : {}),
  };
}

/**
 * Creates an MCP server for one connection (stdio) or one HTTP request. Its calls send the options' token,
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
  const client = createZadigClient({
    ...options.client,
    baseUrl: options.baseUrl,
    token: options.token ?? '',
    // The client refuses operations the release lacks before sending, and sends moved ones to the route
    // the release has.
    zadigVersion: setup.policy.zadigVersion,
  });
  const { validator } = setup;
  const byName = new Map(setup.tools.map((tool) => [tool.name, tool]));
  const server = new Server(
    { name: 'zadig-mcp', title: 'Zadig', version: VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'Zadig CI/CD API. Find operations with zadig_list_operations, read their inputs with ' +
        'zadig_describe_operation, call them with zadig_call_operation. Reads always run; writes run only if ' +
        'the server allows them, and only with "confirm": true (otherwise you get a preview of the request). ' +
        'Show the user a preview and get their agreement before confirming a write.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: setup.tools.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: { title: tool.title, ...tool.annotations },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = byName.get(request.params.name);
    if (!tool) {
      throw new McpError(
        ErrorCode.InvalidParams,
        `unknown tool ${JSON.stringify(request.params.name)}; tools: ${[...byName.keys()].join(', ')}`,
      );
    }
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    const progressToken = request.params._meta?.progressToken;
    const context: ToolContext = {
      catalog: setup.catalog,
      policy: setup.policy,
      client,
      baseUrl: client.baseUrl,
      hasToken: Boolean(options.token),
      maxItems: options.maxItems ?? 50,
      signal: extra.signal,
      progress: async (progress, message) => {
        if (progressToken === undefined) return;
        await extra
          .sendNotification({
            method: 'notifications/progress',
            params: { progressToken, progress, message: scrub(message, secrets) },
          })
          .catch(() => {});
      },
    };
    try {
      if (!tool.checksOwnInput) {
        const violations = validator.requestBody(tool.name, args);
        if (violations.length) throw invalidInput(`invalid arguments for ${tool.name}`, violations);
      }
      return toolResult(await tool.run(args, context), secrets);
    } catch (error) {
      const { kind, message, details } = describeError(error);
      return toolResult({ error: { kind, message, ...details } }, secrets, true);
    }
  });
  return server;
}
