// Real parts for testing company networks: a CA made on the spot with a server certificate it signed, an
// HTTPS server that uses it (in front of another server, e.g. the Prism mock), and an HTTP proxy that
// tunnels CONNECT and forwards plain requests, recording each.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';

/** PEM texts of a test CA and of a server certificate it signed. */
export interface TestCertificates {
  /** The CA certificate: what a client must trust. */
  ca: string;
  /** The server's certificate (signed by the CA) and private key. */
  cert: string;
  key: string;
}

function keyPair() {
  // Node makes the keys (fast, native); forge only writes the certificates.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string),
    pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}

function certificate(subject: string, publicKey: forge.pki.PublicKey): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  return cert;
}

/** A new CA and a certificate for `127.0.0.1` and `localhost` signed by it. */
export function makeTestCertificates(caName = 'zadig-ts test CA'): TestCertificates {
  const caKeys = keyPair();
  const ca = certificate(caName, caKeys.publicKey);
  ca.setIssuer(ca.subject.attributes);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = keyPair();
  const server = certificate('127.0.0.1', serverKeys.publicKey);
  server.setIssuer(ca.subject.attributes);
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
  ]);
  server.sign(caKeys.privateKey, forge.md.sha256.create());
  return {
    ca: forge.pki.certificateToPem(ca),
    cert: forge.pki.certificateToPem(server),
    key: serverKeys.pem,
  };
}

export interface HttpsTestServer {
  /** `https://127.0.0.1:<port>`. */
  readonly url: string;
  /** Each request's method and path, in order. */
  readonly requests: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }>;
  stop(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 with `certificates`, passing every request on to `upstream` (an http URL, e.g.
 * the Prism mock) and its answer back, or answering with `handler`.
 */
export async function startHttpsServer(
  certificates: TestCertificates,
  target: { upstream: string } | { handler: (req: IncomingMessage, res: ServerResponse) => void },
): Promise<HttpsTestServer> {
  const requests: HttpsTestServer['requests'] = [];
  const server = createHttpsServer({ cert: certificates.cert, key: certificates.key }, (req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    if ('handler' in target) return target.handler(req, res);
    const upstream = new URL(target.upstream);
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A TLS handshake the client refuses (an untrusted CA) is an error here: expected, not a failure.
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ProxyTestServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Each CONNECT tunnel asked for (`127.0.0.1:8443`), with its headers, in order. */
  readonly tunnels: Array<{ authority: string; headers: IncomingMessage['headers'] }>;
  /** Each plain request forwarded (its absolute URL), in order. */
  readonly forwarded: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }>;
  stop(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1: CONNECT opens a tunnel to the named host (HTTPS goes through end to end), a
 * request with an absolute URL is forwarded. `requireAuth` answers 407 without that Proxy-Authorization.
 */
export async function startProxyServer(options: { requireAuth?: string } = {}): Promise<ProxyTestServer> {
  const tunnels: ProxyTestServer['tunnels'] = [];
  const forwarded: ProxyTestServer['forwarded'] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const authorized = (req: IncomingMessage) =>
    options.requireAuth === undefined || req.headers['proxy-authorization'] === options.requireAuth;
  const server = createHttpServer((req, res) => {
    forwarded.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (!authorized(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const url = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const forward = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', track);
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    tunnels.push({ authority, headers: req.headers });
    track(client);
    if (!authorized(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
    if (!match) {
      client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(Number(match[2]), match[1] as string, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    forwarded,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface CompanyNetwork {
  /** Zadig over HTTPS with a private CA, passing requests on to the upstream. */
  https: HttpsTestServer;
  /** The proxy to reach it through. */
  proxy: ProxyTestServer;
  /** The CA certificate's PEM file, in `dir`. */
  caFile: string;
  /** A temporary directory for the test's files. */
  dir: string;
  stop(): Promise<void>;
}

/** A company network for `upstream` (e.g. the Prism mock): a new private CA, HTTPS in front, and a proxy. */
export async function startCompanyNetwork(upstream: string): Promise<CompanyNetwork> {
  const certificates = makeTestCertificates();
  const dir = mkdtempSync(join(tmpdir(), 'zadig-corp-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, certificates.ca);
  const https = await startHttpsServer(certificates, { upstream });
  const proxy = await startProxyServer();
  return {
    https,
    proxy,
    caFile,
    dir,
    stop: async () => {
      await Promise.all([https.stop(), proxy.stop()]);
    },
  };
}

/**
 * A new config home under `dir` whose zadigctl config file has one default profile, `corp`, with these
 * keys (url, token, caFile, …); returns the XDG_CONFIG_HOME to use.
 */
export function profileHome(dir: string, profile: Record<string, unknown>): string {
  const xdg = mkdtempSync(join(dir, 'xdg-'));
  const lines = ['defaultProfile: corp', 'profiles:', '  corp:'];
  for (const [key, value] of Object.entries(profile)) lines.push(`    ${key}: ${JSON.stringify(value)}`);
  mkdirSync(join(xdg, 'zadigctl'), { recursive: true, mode: 0o700 });
  writeFileSync(join(xdg, 'zadigctl', 'config.yaml'), `${lines.join('\n')}\n`, { mode: 0o600 });
  return xdg;
}
