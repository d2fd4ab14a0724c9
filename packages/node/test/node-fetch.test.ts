// The transport against real sockets: an HTTPS server with a CA made here, an HTTP proxy that records its
// tunnels, plain servers for gzip, redirects, streaming and abort.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { refusedUrl } from '@zadig-ts/testing';
import {
  type HttpsTestServer,
  makeTestCertificates,
  type ProxyTestServer,
  startHttpsServer,
  startProxyServer,
  type TestCertificates,
} from '@zadig-ts/testing/tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigFileError, type ConnectionInfo, createNodeFetch } from '../src/index.js';

let certificates: TestCertificates;
let caFile: string;
let https: HttpsTestServer;
let proxy: ProxyTestServer;
let plain: Server;
let plainUrl: string;
let release: (() => void) | undefined;

/** The failure's cause message: what a fetch rejection says went wrong. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as TypeError,
  );
  expect(error).toBeInstanceOf(TypeError);
  return String(((error as TypeError).cause as Error).message);
}

beforeAll(async () => {
  certificates = makeTestCertificates();
  const dir = mkdtempSync(join(tmpdir(), 'zadig-node-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, certificates.ca);
  https = await startHttpsServer(certificates, {
    handler: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url }));
    },
  });
  proxy = await startProxyServer();
  plain = createServer((req, res) => {
    if (req.url === '/gzip') {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      res.end(gzipSync(JSON.stringify({ zipped: true })));
    } else if (req.url === '/redirect') {
      res.writeHead(302, { location: 'https://elsewhere.example/steal' }).end();
    } else if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
      // The second event waits for the test to have read the first: a stream, not a buffered body.
      release = () => res.end('data: second\n\n');
    } else if (req.url === '/hang') {
      res.writeHead(200);
      res.write('partial');
    } else if (req.url === '/echo') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () =>
        res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization })),
      );
    } else res.end('plain');
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await https?.stop();
  await proxy?.stop();
  plain?.closeAllConnections();
  await new Promise((resolve) => plain?.close(resolve));
});

describe('trust', () => {
  it('trusts a CA from a file and reports how it connected', async () => {
    const seen: ConnectionInfo[] = [];
    const fetch = createNodeFetch({
      caFile,
      caFileSource: '--ca-file',
      env: {},
      onConnection: (i) => seen.push(i),
    });
    const response = await fetch(`${https.url}/openapi/x?a=1`);
    expect(await response.json()).toEqual({ path: '/openapi/x?a=1' });
    expect(seen[0]).toMatchObject({
      proxy: 'no HTTPS_PROXY or HTTP_PROXY set: connecting directly',
      trust: `${caFile} (from --ca-file), besides the system's CAs`,
      tlsVersion: expect.stringMatching(/^TLSv1\.[23]$/),
    });
    expect(seen[0]?.timeToFirstByteMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses an unknown CA with a message naming the three fixes', async () => {
    const message = await failure(createNodeFetch({ env: {} })(`${https.url}/x`));
    expect(message).toMatch(/^the certificate of 127\.0\.0\.1:\d+ is not trusted \(\w+\)/);
    for (const fix of ['--ca-file', 'caFile', 'NODE_EXTRA_CA_CERTS']) expect(message).toContain(fix);
  });

  it('refuses a certificate from another CA even with a CA file', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'zadig-node-')), 'other.pem');
    writeFileSync(other, makeTestCertificates('another CA').ca);
    expect(await failure(createNodeFetch({ caFile: other, env: {} })(`${https.url}/x`))).toContain(
      'not trusted',
    );
  });

  it('skips the check only when told (a profile setting)', async () => {
    const fetch = createNodeFetch({ insecureSkipTlsVerify: true, env: {} });
    expect((await fetch(`${https.url}/y`)).status).toBe(200);
  });

  it('names an unreadable or empty CA file', () => {
    expect(() => createNodeFetch({ caFile: '/nonexistent/ca.pem', caFileSource: 'profile prod' })).toThrow(
      /^profile prod: cannot read the CA file \/nonexistent\/ca\.pem: ENOENT/,
    );
    const empty = join(mkdtempSync(join(tmpdir(), 'zadig-node-')), 'empty.pem');
    writeFileSync(empty, 'not a certificate');
    expect(() => createNodeFetch({ caFile: empty })).toThrow(ConfigFileError);
  });
});

describe('proxies', () => {
  it('tunnels https through CONNECT, TLS end to end', async () => {
    const before = proxy.tunnels.length;
    const seen: ConnectionInfo[] = [];
    const fetch = createNodeFetch({
      caFile,
      env: { HTTPS_PROXY: proxy.url },
      onConnection: (i) => seen.push(i),
    });
    expect(await (await fetch(`${https.url}/through`)).json()).toEqual({ path: '/through' });
    expect(proxy.tunnels.slice(before).map((t) => t.authority)).toEqual([new URL(https.url).host]);
    expect(seen[0]?.proxy).toBe(`${proxy.url} (from HTTPS_PROXY), tunnelling with CONNECT`);
  });

  it('sends credentials from the proxy URL', async () => {
    const guarded = await startProxyServer({
      requireAuth: `Basic ${Buffer.from('me:p@ss').toString('base64')}`,
    });
    try {
      const withAuth = guarded.url.replace('http://', 'http://me:p%40ss@');
      const fetch = createNodeFetch({ caFile, env: { https_proxy: withAuth } });
      expect((await fetch(`${https.url}/auth`)).status).toBe(200);
      const refused = await failure(
        createNodeFetch({ caFile, env: { https_proxy: guarded.url } })(`${https.url}/`),
      );
      expect(refused).toBe(
        `proxy ${guarded.url} (from https_proxy) refused the tunnel to ${new URL(https.url).host}: 407 Proxy Authentication Required`,
      );
    } finally {
      await guarded.stop();
    }
  });

  it('forwards plain http with the absolute URL', async () => {
    const before = proxy.forwarded.length;
    const fetch = createNodeFetch({ env: { http_proxy: proxy.url } });
    expect(await (await fetch(`${plainUrl}/plain`)).text()).toBe('plain');
    expect(proxy.forwarded.slice(before).map((r) => r.url)).toEqual([`${plainUrl}/plain`]);
  });

  it('skips the proxy for NO_PROXY hosts', async () => {
    const before = proxy.tunnels.length;
    const fetch = createNodeFetch({
      caFile,
      env: { HTTPS_PROXY: proxy.url, NO_PROXY: 'zadig.corp,127.0.0.1' },
    });
    expect((await fetch(`${https.url}/direct`)).status).toBe(200);
    expect(proxy.tunnels.length).toBe(before);
  });

  it('names a proxy that cannot be reached', async () => {
    const dead = await refusedUrl();
    expect(await failure(createNodeFetch({ env: { HTTPS_PROXY: dead } })(`${https.url}/`))).toBe(
      `proxy ${dead} (from HTTPS_PROXY) cannot be reached: ECONNREFUSED`,
    );
    expect(await failure(createNodeFetch({ env: { HTTP_PROXY: dead } })(`${plainUrl}/`))).toBe(
      `proxy ${dead} (from HTTP_PROXY) cannot be reached: ECONNREFUSED`,
    );
  });
});

describe('fetch semantics', () => {
  const fetch = () => createNodeFetch({ env: {} });

  it('decompresses gzip', async () => {
    expect(await (await fetch()(`${plainUrl}/gzip`)).json()).toEqual({ zipped: true });
  });

  it('returns a 3xx as it is, with its Location, and never follows it', async () => {
    const response = await fetch()(`${plainUrl}/redirect`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://elsewhere.example/steal');
  });

  it('sends the method, body and headers of a Request', async () => {
    const request = new Request(`${plainUrl}/echo`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { authorization: 'Bearer t' },
    });
    expect(await (await fetch()(request)).json()).toEqual({
      method: 'POST',
      body: '{"a":1}',
      auth: 'Bearer t',
    });
  });

  // Node frames a body by itself only for POST, PUT and PATCH: Zadig's DELETEs with a body (services of an
  // environment, say) must arrive whole, buffered or streamed, and the connection must stay usable.
  it.each(['DELETE', 'GET', 'OPTIONS', 'PUT'])('sends a %s body framed, whole', async (method) => {
    const send = fetch();
    for (const body of ['{"services":["a","b"]}', new Blob(['{"streamed":true}']).stream()]) {
      const init = { method, body, duplex: 'half' } as RequestInit;
      const answer = await (await send(`${plainUrl}/echo`, init)).json();
      expect(answer).toMatchObject({ method, body: typeof body === 'string' ? body : '{"streamed":true}' });
    }
    expect(await (await send(`${plainUrl}/echo`, { method })).json()).toMatchObject({ method, body: '' });
  });

  /**
   * A server that resets the socket of a request when `reset(n)` holds for the request's place on its socket
   * (1 for the first), and otherwise answers `{ n, method }`; it counts what it received on which socket.
   */
  async function resettingServer(reset: (n: number) => boolean) {
    const perSocket = new Map<unknown, number>();
    const counts = { received: 0, sockets: () => perSocket.size };
    const server = createServer((req, res) => {
      counts.received++;
      const n = (perSocket.get(req.socket) ?? 0) + 1;
      perSocket.set(req.socket, n);
      if (reset(n)) {
        req.socket.destroy();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ n, method: req.method }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      counts,
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  }

  // The keep-alive race: the server drops a kept-alive socket as the next request goes out on it (a busy
  // Prism does, its keep-alive timer firing late). That request never reached it, so it is sent again.
  it('sends a request again on a new socket when a reused one is reset before any answer', async () => {
    const { url, counts, close } = await resettingServer((n) => n === 2);
    try {
      const send = fetch();
      expect(await (await send(url)).json()).toEqual({ n: 1, method: 'GET' });
      // Second request on the kept-alive socket: reset; sent again on a new socket, where it is the first.
      expect(await (await send(url, { method: 'DELETE', body: '{"a":1}' })).json()).toEqual({
        n: 1,
        method: 'DELETE',
      });
      expect(counts.received).toBe(3);
      expect(counts.sockets()).toBe(2);
    } finally {
      await close();
    }
  });

  // Every kept-alive socket may have been dropped at once (a busy server's timers fire together): the request
  // sent again may get another reused socket, reset too. It is sent until a fresh socket takes it.
  it('sends it again as long as the socket that failed was a reused one', async () => {
    const { url, counts, close } = await resettingServer((n) => n > 1);
    try {
      const send = fetch();
      // Two at once: two sockets, both kept alive afterwards.
      const first = await Promise.all([send(url), send(url)]);
      expect(await Promise.all(first.map((r) => r.json()))).toEqual([
        { n: 1, method: 'GET' },
        { n: 1, method: 'GET' },
      ]);
      expect(counts.sockets()).toBe(2);
      // Reset on one kept-alive socket, then on the other, then answered on a new one.
      expect(await (await send(url)).json()).toEqual({ n: 1, method: 'GET' });
      expect(counts.received).toBe(5);
      expect(counts.sockets()).toBe(3);
    } finally {
      await close();
    }
  });

  it('streams a body as it arrives (server-sent events)', async () => {
    const response = await fetch()(`${plainUrl}/events`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('first')) text += decoder.decode((await reader.read()).value);
    expect(text).toBe('data: first\n\n');
    release?.();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value);
    expect(text).toBe('data: first\n\ndata: second\n\n');
  });

  it('aborts before the answer and in the middle of a body, with the signal’s reason', async () => {
    const early = new AbortController();
    early.abort(new Error('stop'));
    await expect(fetch()(`${plainUrl}/plain`, { signal: early.signal })).rejects.toThrow('stop');
    const late = new AbortController();
    const response = await fetch()(`${plainUrl}/hang`, { signal: late.signal });
    const reading = response.text();
    late.abort(new Error('enough'));
    await expect(reading).rejects.toThrow();
  });
});
