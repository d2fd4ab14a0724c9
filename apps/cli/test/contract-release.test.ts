// `zadigctl contract run` against servers of one release: the simulator acting as Zadig v4.3.0 or v5.0.0 (it
// answers gin's `404 page not found` for routes that release lacks), behind a proxy that records every request
// and its status. The release comes from --zadig-version, the profile or the server; the operations it lacks
// are reported as skipped in text, JSON and JUnit, and never sent: no route the server lacks is asked for.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routedIn, TRACKED_RELEASES } from '@zadig-ts/client';
import { type Simulator, startSimulator } from '@zadig-ts/simulator';
import { operations } from '@zadig-ts/testing/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/contract/result.js';
import { profileHome } from './profile-home.js';
import { runCli } from './run-cli.js';

const TOKEN = 'contract-release-token';
const GIN_404 = '404 page not found';
const BEFORE_V5: string[] = TRACKED_RELEASES.slice(0, TRACKED_RELEASES.indexOf('v5.0.0'));
const GETS = operations.filter((op) => op.method === 'GET' && !op.deprecated);

interface Exchange {
  method: string;
  path: string;
  status: number;
  body: string;
}

/** A proxy to `target` that records each request with the status and start of the answer. */
async function recordingProxy(target: string) {
  const exchanges: Exchange[] = [];
  const server: Server = createServer((req, res) => {
    const upstream = request(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        const exchange: Exchange = {
          method: req.method ?? '',
          path: (req.url ?? '').split('?')[0] ?? '',
          status: answer.statusCode ?? 0,
          body: '',
        };
        exchanges.push(exchange);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => {
          if (exchange.body.length < 200) exchange.body += chunk.toString('utf8');
          res.write(chunk);
        });
        answer.on('end', () => res.end());
        res.on('close', () => answer.destroy());
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Proxy = Awaited<ReturnType<typeof recordingProxy>>;

/** A config home whose default profile points at `url`, with the release given (if any). */
function profileEnv(url: string, zadigVersion?: string): Record<string, string> {
  return profileHome({ url, token: TOKEN, ...(zadigVersion ? { zadigVersion } : {}) });
}

const lacking = (release: string) =>
  GETS.filter((op) => !routedIn(op.operationId).includes(release as never)).map((op) => op.operationId);

function skippedAs(results: CheckResult[], reason: string): string[] {
  return results
    .filter((r) => r.result === 'SKIP' && r.reason === reason)
    .map((r) => r.operationId)
    .sort();
}

describe.each([
  ['v4.3.0', 'v4.3.0'],
  ['v5.0.0', 'v5.0.0'],
])('contract run against a Zadig %s server', (release) => {
  let sim: Simulator;
  let proxy: Proxy;
  beforeAll(async () => {
    sim = await startSimulator({ release });
    proxy = await recordingProxy(sim.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await sim?.stop();
  });

  /** Requests answered with the router's 404: routes the server does not have. */
  const unrouted = (since: number) =>
    proxy.exchanges.slice(since).filter((e) => e.status === 404 && e.body.startsWith(GIN_404));

  it.each([
    ['the profile', (url: string) => ({ env: profileEnv(url, release), args: [] as string[] })],
    ['--zadig-version', (url: string) => ({ env: profileEnv(url), args: ['--zadig-version', release] })],
  ])(`with the release from %s: the operations ${release} lacks are skipped, not sent`, async (_, setup) => {
    const { env, args } = setup(proxy.url);
    const since = proxy.exchanges.length;
    const { code, stdout, stderr } = await runCli(['contract', 'run', '-o', 'json', ...args], { env });
    const results = JSON.parse(stdout) as CheckResult[];
    expect(skippedAs(results, `not in ${release}`)).toEqual(lacking(release).sort());
    expect(lacking(release).length).toBeGreaterThan(0);
    expect(unrouted(since)).toEqual([]);
    expect(results.filter((r) => r.status === 404)).toEqual([]);
    expect(stderr).toContain(`Zadig ${release} (from ${args.length ? '--zadig-version' : 'profile prod'}): `);
    expect(code, stderr).toBe(results.some((r) => r.result === 'FAIL') ? 1 : 0);
  });

  it('with no release given: the one the server tells, the same skips in text and JUnit', async () => {
    const junit = join(mkdtempSync(join(tmpdir(), 'zadigctl-junit-')), 'report.xml');
    const since = proxy.exchanges.length;
    const { stdout, stderr } = await runCli(['contract', 'run', '--junit', junit], {
      env: profileEnv(proxy.url),
    });
    // Before v5.0.0 the server cannot tell its release: only that it has no /openapi/system/cli/context.
    const label = release === 'v4.3.0' ? 'releases before v5.0.0' : release;
    const expected =
      release === 'v4.3.0'
        ? GETS.filter((op) => !routedIn(op.operationId).some((r) => BEFORE_V5.includes(r)))
        : GETS.filter((op) => !routedIn(op.operationId).includes('v5.0.0'));
    expect(stderr).toContain(`Zadig ${label} (from the server`);
    for (const op of expected) {
      expect(stdout).toMatch(new RegExp(`${op.operationId}\\s+GET \\S+\\s+SKIP\\s+not in ${label}\\n`));
    }
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(new RegExp(`<skipped message="not in ${label}"/>`, 'g'))).toHaveLength(expected.length);
    // The only route asked for that the server lacks is the one that tells the release.
    expect(unrouted(since).map((e) => `${e.method} ${e.path}`)).toEqual(
      release === 'v4.3.0' ? ['GET /openapi/system/cli/context'] : [],
    );
  });
});

describe('contract run --zadig-version', () => {
  it('refuses a value that is not a release, naming the flag, before sending anything', async () => {
    const { code, stderr } = await runCli(['contract', 'run', '--zadig-version', 'banana'], {
      env: { ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: TOKEN },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('error: --zadig-version: "banana" is not a Zadig version');
  });

  it('is in the help', async () => {
    const { stdout } = await runCli(['contract', 'run', '--help']);
    expect(stdout).toMatch(/--zadig-version <\S+>\s+the server's Zadig release/);
  });
});
