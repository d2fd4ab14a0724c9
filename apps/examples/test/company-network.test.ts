// An example script on a company network: Zadig behind HTTPS with a private CA (made here), reached through
// an HTTP proxy that records every CONNECT tunnel, with the CA from the zadigctl profile.
import { type CompanyNetwork, profileHome, startCompanyNetwork } from '@zadig-ts/testing/tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

let net: CompanyNetwork;
let xdg: string;

beforeAll(async () => {
  net = await startCompanyNetwork(inject('prismUrl'));
  xdg = profileHome(net.dir, { url: net.https.url, token: 't0ken-for-the-test', caFile: net.caFile });
});

afterAll(() => net?.stop());

describe('release-plan-report behind a proxy, with a private CA', () => {
  it("goes through HTTPS_PROXY, trusting the profile's caFile", async () => {
    const before = net.proxy.tunnels.length;
    const run = await runInProcess('release-plan-report', [], {
      XDG_CONFIG_HOME: xdg,
      HTTPS_PROXY: net.proxy.url,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## #');
    expect(net.proxy.tunnels.length).toBeGreaterThan(before);
    expect(new Set(net.proxy.tunnels.slice(before).map((t) => t.authority))).toEqual(
      new Set([new URL(net.https.url).host]),
    );
    expect(net.https.requests.at(-1)?.headers.authorization).toBe('Bearer t0ken-for-the-test');
  });

  it('skips the proxy for NO_PROXY hosts', async () => {
    const before = net.proxy.tunnels.length;
    const run = await runInProcess('release-plan-report', [], {
      XDG_CONFIG_HOME: xdg,
      HTTPS_PROXY: net.proxy.url,
      NO_PROXY: '127.0.0.1',
    });
    expect(run.code).toBe(0);
    expect(net.proxy.tunnels.length).toBe(before);
  });
});
