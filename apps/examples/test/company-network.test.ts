// An example script on a company network: Zadig behind HTTPS with a private CA (made here), reached through
// an HTTP proxy that records every CONNECT tunnel, with the CA from the zadigctl profile.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type HttpsTestServer,
  makeTestCertificates,
  type ProxyTestServer,
  startHttpsServer,
  startProxyServer,
} from '@zadig-ts/testing/tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

let https: HttpsTestServer;
let proxy: ProxyTestServer;
let xdg: string;

beforeAll(async () => {
  const certificates = makeTestCertificates();
  const dir = mkdtempSync(join(tmpdir(), 'zadig-examples-corp-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, certificates.ca);
  https = await startHttpsServer(certificates, { upstream: inject('prismUrl') });
  proxy = await startProxyServer();
  xdg = join(dir, 'xdg');
  mkdirSync(join(xdg, 'zadigctl'), { recursive: true });
  writeFileSync(
    join(xdg, 'zadigctl', 'config.yaml'),
    `defaultProfile: corp\nprofiles:\n  corp:\n    url: ${https.url}\n    token: t0ken-for-the-test\n    caFile: ${caFile}\n`,
    { mode: 0o600 },
  );
});

afterAll(async () => {
  await https?.stop();
  await proxy?.stop();
});

describe('release-plan-report behind a proxy, with a private CA', () => {
  it("goes through HTTPS_PROXY, trusting the profile's caFile", async () => {
    const before = proxy.tunnels.length;
    const run = await runInProcess('release-plan-report', [], {
      XDG_CONFIG_HOME: xdg,
      HTTPS_PROXY: proxy.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## #');
    expect(proxy.tunnels.length).toBeGreaterThan(before);
    expect(new Set(proxy.tunnels.slice(before).map((t) => t.authority))).toEqual(
      new Set([new URL(https.url).host]),
    );
    expect(https.requests.at(-1)?.headers.authorization).toBe('Bearer t0ken-for-the-test');
  });

  it('skips the proxy for NO_PROXY hosts', async () => {
    const before = proxy.tunnels.length;
    const run = await runInProcess('release-plan-report', [], {
      XDG_CONFIG_HOME: xdg,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1',
    });
    expect(run.code).toBe(0);
    expect(proxy.tunnels.length).toBe(before);
  });
});
