// Streamable HTTP: one stateless MCP exchange per POST to /mcp. Each request's bearer token is the Zadig
// token its calls send; without one the request is refused. Bound to 127.0.0.1 unless told otherwise, and
// then requests naming another host (DNS rebinding from a web page) are refused too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createZadigMcpServer, type ZadigMcpSetup } from './server.js';

export interface HttpOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port (see the returned `url`). */
  port: number;
  /** Receives one line per problem worth knowing (never a token). */
  log?: (line: string) => void;
}

export interface RunningHttpServer {
  /** `http://127.0.0.1:<port>/mcp` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const MAX_BODY = 4 * 1024 * 1024;

function hostnameOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value.includes('://') ? value : `http://${value}`).hostname;
  } catch {
    return undefined;
  }
}

function jsonError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S.*)$/i.exec(req.headers.authorization ?? '');
  return match?.[1]?.trim() || undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Starts the HTTP endpoint; resolves once it listens. */
export async function startHttpServer(
  setup: ZadigMcpSetup,
  options: HttpOptions,
): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const guardHost = LOOPBACK.has(host);
  const log = options.log ?? (() => {});
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/mcp') return jsonError(res, 404, `not found: the MCP endpoint is /mcp`);
    if (guardHost) {
      const hostname = hostnameOf(req.headers.host);
      const origin = req.headers.origin;
      if (!hostname || !LOOPBACK.has(hostname))
        return jsonError(res, 403, 'forbidden: Host must be a loopback address');
      if (origin && !LOOPBACK.has(hostnameOf(origin) ?? ''))
        return jsonError(res, 403, 'forbidden: Origin not allowed');
    }
    if (req.method !== 'POST') {
      return jsonError(res, 405, 'this server is stateless: send JSON-RPC messages with POST', {
        allow: 'POST',
      });
    }
    const token = bearer(req);
    if (!token) {
      return jsonError(
        res,
        401,
        'unauthorized: send your Zadig API token as "Authorization: Bearer <token>" (Zadig: Account Settings > API Token)',
        { 'www-authenticate': 'Bearer realm="zadig-mcp"' },
      );
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return jsonError(res, 400, `parse error: ${(error as Error).message}`);
    }
    const server = createZadigMcpServer(setup, { token });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  };
  const http = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`request failed: ${(error as Error).message}`);
      if (!res.headersSent) jsonError(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/mcp`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
