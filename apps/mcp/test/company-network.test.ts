// zadig-mcp on a company network: Zadig behind HTTPS with a private CA (made here) and an HTTP proxy that
// records every CONNECT tunnel; the SDK's client calls through zadig-mcp's Streamable HTTP endpoint.
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { refusedUrl } from '@zadig-ts/testing';
import { type CompanyNetwork, profileHome, startCompanyNetwork } from '@zadig-ts/testing/tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { start } from '../src/cli.js';
import { connectHttp, TOKEN } from './harness.js';

let net: CompanyNetwork;

beforeAll(async () => {
  net = await startCompanyNetwork(inject('prismUrl'));
});

afterAll(() => net?.stop());

/** zadig-mcp over HTTP with `env` and `argv`; one listReleases call through it; its stderr. */
async function listReleases(argv: string[], env: Record<string, string>) {
  let stderr = '';
  const running = await start(['--http', '--port', '0', ...argv], {
    env: { XDG_CONFIG_HOME: join(net.dir, 'none'), ZADIG_URL: net.https.url, ...env },
    stdout: { write: () => {} },
    stderr: { write: (text: string) => (stderr += text) },
  });
  if (!running?.url) throw new Error('zadig-mcp did not start');
  const mcp = await connectHttp(running.url, TOKEN);
  try {
    const { result } = await mcp.call('zadig_call_operation', {
      operationId: 'listReleases',
      input: { projectKey: 'demo' },
      limit: 1,
    });
    return { result: result as CallToolResult, stderr, outputs: mcp.outputs };
  } finally {
    await mcp.close();
    await running.close();
  }
}

describe('zadig-mcp behind a proxy, with a private CA', () => {
  it('tunnels through HTTPS_PROXY and trusts --ca-file', async () => {
    const before = net.proxy.tunnels.length;
    const { result, stderr } = await listReleases(['--ca-file', net.caFile], { HTTPS_PROXY: net.proxy.url });
    expect(result.isError).toBeFalsy();
    expect(net.proxy.tunnels.slice(before).map((t) => t.authority)).toContain(new URL(net.https.url).host);
    expect(stderr).toContain(
      `connection: proxy: ${net.proxy.url} (from HTTPS_PROXY), tunnelling with CONNECT; CAs: ${net.caFile} (from --ca-file)`,
    );
  });

  it("skips the proxy for NO_PROXY hosts and trusts the profile's caFile", async () => {
    const xdg = profileHome(net.dir, { url: net.https.url, caFile: net.caFile });
    const before = net.proxy.tunnels.length;
    const { result } = await listReleases([], {
      XDG_CONFIG_HOME: xdg,
      HTTPS_PROXY: net.proxy.url,
      NO_PROXY: '127.0.0.1',
    });
    expect(result.isError).toBeFalsy();
    expect(net.proxy.tunnels.length).toBe(before);
  });

  it('answers an unknown CA with an error naming the fixes, and a dead proxy naming it', async () => {
    const untrusted = await listReleases([], {});
    expect(untrusted.result.isError).toBe(true);
    const text = untrusted.outputs.join('\n');
    for (const fix of ['--ca-file', 'caFile', 'NODE_EXTRA_CA_CERTS']) expect(text).toContain(fix);
    expect(text).not.toContain(TOKEN);
    const deadProxy = await refusedUrl();
    const dead = await listReleases(['--ca-file', net.caFile], { HTTPS_PROXY: deadProxy });
    expect(dead.result.isError).toBe(true);
    expect(dead.outputs.join('\n')).toContain(`proxy ${deadProxy} (from HTTPS_PROXY) cannot be reached`);
  });
});
