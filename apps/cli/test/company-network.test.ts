// zadigctl on a company network: a Zadig behind HTTPS with a private CA (made here) and an HTTP proxy that
// records every CONNECT tunnel. Requests go through the proxy when HTTPS_PROXY says so, skip it for NO_PROXY
// hosts, trust the CA from --ca-file or the profile's caFile, and fail naming the fixes when they do not.
import { join } from 'node:path';
import { refusedUrl } from '@zadig-ts/testing';
import { type CompanyNetwork, profileHome, startCompanyNetwork } from '@zadig-ts/testing/tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.js';

const TOKEN = 'company-network-token-4242';
let net: CompanyNetwork;

/** A config home with one profile for the HTTPS server; `extra` adds keys (caFile, insecureSkipTlsVerify). */
function home(extra: Record<string, unknown> = {}): Record<string, string> {
  return { XDG_CONFIG_HOME: profileHome(net.dir, { url: net.https.url, token: TOKEN, ...extra }) };
}

const LIST = ['releases', 'list', '--project', 'demo', '-o', 'json'];

beforeAll(async () => {
  // HTTPS in front of the run's Prism: real answers, over TLS with the private CA.
  net = await startCompanyNetwork(inject('prismUrl'));
});

afterAll(() => net?.stop());

describe('zadigctl behind a proxy, with a private CA', () => {
  it("goes through HTTPS_PROXY with a CONNECT tunnel, trusting the profile's caFile", async () => {
    const before = net.proxy.tunnels.length;
    const result = await runCli(LIST, {
      env: { ...home({ caFile: net.caFile }), HTTPS_PROXY: net.proxy.url },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toBeTypeOf('object');
    expect(net.proxy.tunnels.slice(before).map((t) => t.authority)).toEqual([new URL(net.https.url).host]);
    expect(net.https.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('skips the proxy for NO_PROXY hosts', async () => {
    const before = net.proxy.tunnels.length;
    const result = await runCli(LIST, {
      env: { ...home({ caFile: net.caFile }), https_proxy: net.proxy.url, no_proxy: 'localhost,127.0.0.1' },
    });
    expect(result.code).toBe(0);
    expect(net.proxy.tunnels.length).toBe(before);
  });

  it('trusts --ca-file with the address and token from the environment', async () => {
    const result = await runCli([...LIST, '--ca-file', net.caFile], {
      env: { ZADIG_URL: net.https.url, ZADIG_TOKEN: TOKEN, XDG_CONFIG_HOME: join(net.dir, 'none') },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('refuses an unknown CA with exit code 5, naming --ca-file, caFile and NODE_EXTRA_CA_CERTS', async () => {
    const result = await runCli(LIST, { env: home() });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/the certificate of 127\.0\.0\.1:\d+ is not trusted/);
    for (const fix of ['--ca-file', 'caFile', 'NODE_EXTRA_CA_CERTS']) expect(result.stderr).toContain(fix);
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('names a proxy that cannot be reached, with exit code 5', async () => {
    const dead = await refusedUrl();
    const result = await runCli(LIST, { env: { ...home({ caFile: net.caFile }), HTTPS_PROXY: dead } });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(`proxy ${dead} (from HTTPS_PROXY) cannot be reached: ECONNREFUSED`);
  });

  it('names a CA file that cannot be read, with exit code 2', async () => {
    const result = await runCli([...LIST, '--ca-file', join(net.dir, 'missing.pem')], { env: home() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--ca-file: cannot read the CA file ${join(net.dir, 'missing.pem')}: ENOENT`,
    );
  });

  it('saves a CA file in the profile with `config set ca-file`, refusing one without a certificate', async () => {
    const env = home();
    const set = await runCli(['config', 'set', 'ca-file', net.caFile], { env });
    expect(set.code).toBe(0);
    expect((await runCli(LIST, { env })).code).toBe(0);
    const bad = await runCli(['config', 'set', 'ca-file', join(net.dir, 'nothing.pem')], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`ca-file: cannot read the CA file ${join(net.dir, 'nothing.pem')}: ENOENT`);
  });

  it('warns on every command that skips the certificate check (insecureSkipTlsVerify in the profile)', async () => {
    const result = await runCli(LIST, { env: home({ insecureSkipTlsVerify: true }) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: profile corp has insecureSkipTlsVerify: the certificate of https:/,
    );
  });

  it('doctor says how it connects: proxy, CA, TLS version, time to the first byte', async () => {
    const result = await runCli(['doctor', '-o', 'json'], {
      env: { ...home({ caFile: net.caFile }), HTTPS_PROXY: net.proxy.url },
    });
    const report = JSON.parse(result.stdout) as {
      checks: Array<{ name: string; status: string; details?: Record<string, unknown>; message: string }>;
    };
    const connection = report.checks.find((c) => c.name === 'connection');
    expect(connection?.status).toBe('ok');
    expect(connection?.details).toMatchObject({
      proxy: `${net.proxy.url} (from HTTPS_PROXY), tunnelling with CONNECT`,
      trust: `${net.caFile} (from profile corp), besides the system's CAs`,
      tlsVersion: expect.stringMatching(/^TLSv1\.[23]$/),
      timeToFirstByteMs: expect.any(Number),
    });
  });
});
