// The connection pools of one transport: direct http, direct https with its trust, and one https pool per
// proxy whose sockets are CONNECT tunnels. Idle sockets are kept (keep-alive) but never hold the process
// open. The https pools load node:https and node:tls on first use, so plain-http commands never load them.
import { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Trust } from './trust.js';

export interface Agents {
  http: HttpAgent;
  https(): Promise<HttpsAgent>;
  tunnel(proxy: URL, source: string): Promise<HttpsAgent>;
}

/** The pools for one transport with `trust`. */
export function createAgents(trust: Trust): Agents {
  const tunnels = new Map<string, Promise<HttpsAgent>>();
  let direct: Promise<HttpsAgent> | undefined;
  const pools = () => import('./https-agents.js');
  return {
    http: new HttpAgent({ keepAlive: true }),
    https() {
      direct ??= pools().then((m) => m.httpsAgent(trust));
      return direct;
    },
    tunnel(proxy, source) {
      const key = proxy.href;
      const agent = tunnels.get(key) ?? pools().then((m) => m.tunnelAgent(trust, proxy, source));
      tunnels.set(key, agent);
      return agent;
    },
  };
}
