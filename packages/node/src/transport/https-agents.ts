// The https pools, loaded on demand: direct, and tunnelled through a proxy with CONNECT.
import { type AgentOptions, Agent as HttpsAgent } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions, rootCertificates, connect as tlsConnect } from 'node:tls';
import type { Trust } from './trust.js';
import { openTunnel } from './tunnel.js';

type Callback = (error: Error | null, stream: Duplex) => void;

function tlsOptions(trust: Trust): AgentOptions {
  return {
    keepAlive: true,
    rejectUnauthorized: trust.rejectUnauthorized,
    // A `ca` replaces Node's roots: they go first, then NODE_EXTRA_CA_CERTS and the CA file.
    ...(trust.ca ? { ca: [...rootCertificates, ...trust.ca] } : {}),
  };
}

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

export function httpsAgent(trust: Trust): HttpsAgent {
  return new HttpsAgent(tlsOptions(trust));
}

export function tunnelAgent(trust: Trust, proxy: URL, source: string): HttpsAgent {
  return new TunnelAgent(proxy, source, tlsOptions(trust));
}
