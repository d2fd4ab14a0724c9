import type { ZadigClient } from '@zadig-ts/client';
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
  /** Aborted when the MCP client cancels the call. */
  signal: AbortSignal;
  /** Reports progress when the MCP client asked for it (a progress token); a no-op otherwise. */
  progress(progress: number, message: string): Promise<void>;
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
  annotations: ToolAnnotations;
  /** Checks arguments itself (per-operation tools); otherwise they are checked against `inputSchema`. */
  checksOwnInput?: boolean;
  run(args: Record<string, unknown>, context: ToolContext): Promise<Record<string, unknown>>;
}
