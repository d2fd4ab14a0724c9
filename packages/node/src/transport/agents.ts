// The connection pools of one transport: direct http, direct https with its trust, and one https pool per
// proxy whose sockets are CONNECT tunnels. Idle sockets are kept (keep-alive) but never hold the process open.
import { Agent as HttpAgent } from 'node:http';
import { type AgentOptions, Agent as HttpsAgent } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';
import type { Trust } from './trust.js';
import { openTunnel } from './tunnel.js';

type Callback = (error: Error | null, stream: Duplex) => void;

/** An https pool whose connections are TLS over a CONNECT tunnel through `proxy`. */
class TunnelAgent extends HttpsAgent {
  constructor(
    private readonly proxy: URL,
    private readonly source: string,
    options: AgentOptions,
  ) {
    super(options);
  }

  // Node's Agent accepts the socket through the callback when createConnection returns nothing.
  override createConnection(options: object, callback?: Callback): undefined {
    const tls = options as ConnectionOptions & { host: string; port: number };
    openTunnel(this.proxy, this.source, tls.host, Number(tls.port)).then(
      (socket) => {
        const servername = tls.servername || (isIP(tls.host) ? undefined : tls.host);
        callback?.(null, tlsConnect({ ...tls, socket, ...(servername ? { servername } : {}) }));
      },
      (error: Error) => callback?.(error, undefined as never),
    );
    return undefined;
  }
}

export interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
  tunnel(proxy: URL, source: string): HttpsAgent;
}

/** The pools for one transport with `trust`. */
export function createAgents(trust: Trust): Agents {
  const tls: AgentOptions = {
    keepAlive: true,
    rejectUnauthorized: trust.rejectUnauthorized,
    ...(trust.ca ? { ca: trust.ca } : {}),
  };
  const tunnels = new Map<string, HttpsAgent>();
  return {
    http: new HttpAgent({ keepAlive: true }),
    https: new HttpsAgent(tls),
    tunnel(proxy, source) {
      const key = proxy.href;
      const agent = tunnels.get(key) ?? new TunnelAgent(proxy, source, tls);
      tunnels.set(key, agent);
      return agent;
    },
  };
}
