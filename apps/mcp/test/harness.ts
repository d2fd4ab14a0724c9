// Connects the SDK's own MCP client to zadig-mcp: in process over the SDK's linked in-memory transports,
// or to the HTTP endpoint. Every result text is kept, so tests can check that no output holds the token.

import { request } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { virtualClock } from '@zadig-ts/testing';
import { createZadigMcpServer, type ZadigMcpOptions } from '../src/index.js';

/** A tool's structured result, read freely by assertions (its shape differs per tool). */
// biome-ignore lint/suspicious/noExplicitAny: test assertions check the shape at run time
export type ToolData = any;

export const TOKEN = 'zadig-test-token-5f0c9d2e1b7a';

export interface Connected {
  client: Client;
  /** Calls a tool; returns the result and its structured content. */
  call(
    name: string,
    args?: Record<string, unknown>,
    onProgress?: (message: string) => void,
  ): Promise<{ result: CallToolResult; data: ToolData }>;
  /** Every text the server sent back so far (results and errors). */
  outputs: string[];
  close(): Promise<void>;
}

function wrap(client: Client, outputs: string[], close: () => Promise<void>): Connected {
  return {
    client,
    outputs,
    async call(name, args = {}, onProgress) {
      try {
        const options = onProgress
          ? { onprogress: (p: { message?: string }) => onProgress(p.message ?? '') }
          : {};
        const result = (await client.callTool(
          { name, arguments: args },
          undefined,
          options,
        )) as CallToolResult;
        for (const part of result.content) if (part.type === 'text') outputs.push(part.text);
        outputs.push(JSON.stringify(result.structuredContent ?? null));
        // Structured content only comes with tools that declare an output schema; the text is the same JSON.
        const text = result.content.find((part) => part.type === 'text');
        const data = result.structuredContent ?? (text?.type === 'text' ? JSON.parse(text.text) : undefined);
        return { result, data: data as ToolData };
      } catch (error) {
        outputs.push(String((error as Error).message));
        throw error;
      }
    },
    close,
  };
}

/** zadig-mcp in this process, with a virtual clock (waits poll without real delays). */
export async function connectInProcess(
  options: Partial<ZadigMcpOptions> & { baseUrl: string },
): Promise<Connected> {
  const clock = virtualClock();
  const server = createZadigMcpServer({
    token: TOKEN,
    ...options,
    client: { maxRetries: 0, sleep: clock.sleep, timers: { now: clock.now }, ...options.client },
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'zadig-mcp-test', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  const outputs: string[] = [];
  return wrap(client, outputs, async () => {
    await client.close();
    await server.close();
  });
}

/** The SDK's client over Streamable HTTP, sending `token` as the bearer token. */
export async function connectHttp(url: string, token: string | undefined): Promise<Connected> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : {},
  });
  const client = new Client({ name: 'zadig-mcp-test', version: '1.0.0' });
  await client.connect(transport);
  const outputs: string[] = [];
  return wrap(client, outputs, () => client.close());
}

/** A raw POST to an HTTP endpoint, for what the SDK's client would never send; `signal` closes it. */
export function postRaw(
  url: string,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        },
        ...(signal ? { signal } : {}),
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
