import type { LoggingLevel } from '@modelcontextprotocol/sdk/types.js';
import type { OperationId, ZadigClient } from '@zadig-ts/client';
import type { Catalog, Json } from '../catalog.js';
import type { Policy } from '../policy.js';

/** What a tool handler gets besides its arguments. */
export interface ToolContext {
  catalog: Catalog;
  policy: Policy;
  client: ZadigClient;
  /** The Zadig address requests go to. */
  baseUrl: string;
  /** Whether a token will be sent (previews say so; they never show it). */
  hasToken: boolean;
  /** Most list items a result holds, whatever `limit` asks. */
  maxItems: number;
  /** Characters this call's result may take (the server's budget, or the call's `maxChars`). */
  maxChars: number;
  /** Aborted when the MCP client cancels the call or the call's deadline passes. */
  signal: AbortSignal;
  /** Milliseconds left before the call's deadline: waits end before it, with the state they reached. */
  remainingMs(): number;
  /** Sends one operation with the call's signal; every answer from Zadig that a tool shows comes from here. */
  call(operationId: OperationId, input: unknown): Promise<unknown>;
  /** Reports progress when the MCP client asked for it (a progress token); a no-op otherwise. */
  progress(progress: number, message: string): Promise<void>;
  /** An MCP log message (notifications/message), sent when the client's level lets it through. */
  log(level: LoggingLevel, message: string): void;
  /** Adds tools to this session (toolsets); the client is told the list changed. */
  addTools(tools: ToolDefinition[]): Promise<string[]>;
}

/** MCP tool annotations (hints a client may show or act on). */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

/** One tool: its MCP description and its handler, which returns the structured result. */
export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: Json;
  /** The shape of a successful result; such a tool's result also carries it as structured content. */
  outputSchema?: Json;
  annotations: ToolAnnotations;
  /** Checks arguments itself (per-operation tools); otherwise they are checked against `inputSchema`. */
  checksOwnInput?: boolean;
  /** How to get what the result budget cut, for this tool's results. */
  rest?: string;
  run(args: Record<string, unknown>, context: ToolContext): Promise<Record<string, unknown>>;
}
