// Streamable HTTP at /mcp. A client that initializes gets a session (one MCP server, so cancellations, the
// log level and toolsets added during it hold); a lone POST without one is answered statelessly. Each
// request's bearer token is the Zadig token its calls send, and a session keeps to the token it began with.
// Bound to loopback unless told otherwise; then only the Hosts and Origins named may reach it.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ConfigurationError } from './policy.js';
import { createZadigMcpServer, type ZadigMcpSetup } from './server.js';

export interface HttpOptions {
  /** Default 127.0.0.1. Any other address needs `allowedHosts` and `allowedOrigins`. */
  host?: string;
  /** 0 picks a free port (see the returned `url`). */
  port: number;
  /** Host header values (`name` or `name:port`) accepted besides loopback ones. */
  allowedHosts?: readonly string[];
  /** Origins (`https://app.example.com`) accepted besides this server's own loopback origin. */
  allowedOrigins?: readonly string[];
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
/** Sessions kept at once; a new one closes the one idle longest. */
const MAX_SESSIONS = 100;
/** A session unused this long is closed. */
const SESSION_IDLE_MS = 30 * 60 * 1000;

interface Session {
  transport: StreamableHTTPServerTransport;
  server: Server;
  tokenHash: string;
  idle?: ReturnType<typeof setTimeout>;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function jsonError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  code = -32000,
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S.*)$/i.exec(req.headers.authorization ?? '');
  return match?.[1]?.trim() || undefined;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY)
    throw new HttpFailure(413, -32600, `request body too large: at most ${MAX_BODY} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new HttpFailure(413, -32600, `request body too large: at most ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpFailure(400, -32700, `parse error: ${(error as Error).message}`);
  }
}

type Message = { method?: unknown; id?: unknown };
const messagesOf = (body: unknown): Message[] =>
  (Array.isArray(body) ? body : [body]).filter((m): m is Message => typeof m === 'object' && m !== null);

/** `host[:port]` split, lower-cased; undefined when it does not parse. */
function hostAndPort(value: string | undefined): { hostname: string; port: string } | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    return { hostname: url.hostname.toLowerCase(), port: url.port };
  } catch {
    return undefined;
  }
}

/** `scheme://host[:port]` of an origin, lower-cased; undefined when it is not one (`null`, no scheme). */
function originOf(value: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Starts the HTTP endpoint; resolves once it listens. */
export async function startHttpServer(
  setup: ZadigMcpSetup,
  options: HttpOptions,
): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const loopback = LOOPBACK.has(host);
  const allowedHosts = new Set((options.allowedHosts ?? []).map((h) => h.trim().toLowerCase()));
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map((o) => originOf(o.trim()) ?? o.trim()));
  if (!loopback && (allowedHosts.size === 0 || allowedOrigins.size === 0)) {
    throw new ConfigurationError(
      `--host ${host} is not a loopback address: name the Host headers (--allowed-hosts) and the browser Origins (--allowed-origins) that may reach it, so that no web page can (DNS rebinding)`,
    );
  }
  const log = options.log ?? (() => {});
  const sessions = new Map<string, Session>();
  let port = 0;

  const hostAllowed = (value: string | undefined) => {
    const parsed = hostAndPort(value);
    if (!parsed || !value) return false;
    if (allowedHosts.has(value.toLowerCase()) || allowedHosts.has(parsed.hostname)) return true;
    return loopback && LOOPBACK.has(parsed.hostname) && parsed.port === String(port);
  };
  const originAllowed = (origin: string | undefined) => {
    if (origin === undefined) return true; // not a browser
    const normal = originOf(origin);
    if (!normal) return false;
    if (allowedOrigins.has(normal)) return true;
    const { hostname, port: at } = new URL(normal);
    return loopback && LOOPBACK.has(hostname) && at === String(port);
  };

  const touch = (id: string, session: Session) => {
    if (session.idle) clearTimeout(session.idle);
    session.idle = setTimeout(() => void session.transport.close(), SESSION_IDLE_MS);
    session.idle.unref();
    // Map order is the order of last use: the first entry is the one idle longest.
    sessions.delete(id);
    sessions.set(id, session);
  };

  const openSession = async (tokenHash: string, token: string) => {
    if (sessions.size >= MAX_SESSIONS) {
      const [, oldest] = sessions.entries().next().value as [string, Session];
      await oldest.transport.close();
    }
    const server = createZadigMcpServer(setup, { token });
    const session: Session = { server, tokenHash, transport: undefined as never };
    session.transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => touch(id, session),
    });
    session.transport.onclose = () => {
      const id = session.transport.sessionId;
      if (session.idle) clearTimeout(session.idle);
      if (id) sessions.delete(id);
      void server.close();
    };
    await server.connect(session.transport);
    return session;
  };

  /** A request whose HTTP exchange closed before its answer is cancelled, as a notification would. */
  const cancelOnClose = (res: ServerResponse, session: Session, body: unknown) => {
    const ids = messagesOf(body)
      .filter((m) => typeof m.method === 'string' && m.id !== undefined)
      .map((m) => m.id);
    if (!ids.length) return;
    res.on('close', () => {
      if (res.writableFinished) return;
      for (const requestId of ids) {
        session.transport.onmessage?.({
          jsonrpc: '2.0',
          method: 'notifications/cancelled',
          params: { requestId: requestId as string | number, reason: 'the HTTP request was closed' },
        });
      }
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/mcp') return jsonError(res, 404, 'not found: the MCP endpoint is /mcp');
    if (!hostAllowed(req.headers.host))
      return jsonError(res, 403, `forbidden: Host ${JSON.stringify(req.headers.host ?? '')} is not allowed`);
    if (!originAllowed(req.headers.origin))
      return jsonError(res, 403, `forbidden: Origin ${JSON.stringify(req.headers.origin)} is not allowed`);
    if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'DELETE') {
      return jsonError(res, 405, 'send JSON-RPC messages with POST (GET and DELETE serve a session)', {
        allow: 'POST, GET, DELETE',
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
    const tokenHash = hashOf(token);
    const sessionId = req.headers['mcp-session-id'];
    let session: Session | undefined;
    if (typeof sessionId === 'string') {
      session = sessions.get(sessionId);
      if (!session) return jsonError(res, 404, 'session not found: initialize a new one', {}, -32001);
      if (session.tokenHash !== tokenHash)
        return jsonError(res, 403, 'forbidden: this session was begun with another token');
      touch(sessionId, session);
    } else if (req.method !== 'POST') {
      return jsonError(res, 400, `${req.method} needs the Mcp-Session-Id of an initialized session`);
    }
    let body: unknown;
    if (req.method === 'POST') {
      try {
        body = await readJson(req);
      } catch (error) {
        if (error instanceof HttpFailure) return jsonError(res, error.status, error.message, {}, error.code);
        throw error;
      }
    }
    if (!session && messagesOf(body).some((m) => m.method === 'initialize')) {
      session = await openSession(tokenHash, token);
    }
    if (session) {
      cancelOnClose(res, session, body);
      await session.transport.handleRequest(req, res, body);
      return;
    }
    // No session: one exchange; closing its request closes its server, which aborts what it was doing.
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
  port = (http.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/mcp`,
    port,
    close: async () => {
      await Promise.all([...sessions.values()].map((s) => s.transport.close()));
      await new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      });
    },
  };
}
