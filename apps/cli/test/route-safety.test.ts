// Only the request that was named: values that would change the route are usage errors (exit 2) naming
// the flag, before anything is confirmed or sent; --dry-run prints the URL the client builds to send.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: {} }] });
});
afterAll(() => server.close());

const env = () => ({ ZADIG_URL: server.url, ZADIG_TOKEN: 't' });
const DELETE_CONFIG = ['environment', 'delete-production-config', '--project', 'shop', '--env', 'prod'];

async function refused(args: string[]) {
  const before = server.requests.length;
  const result = await runCli(args, { env: env() });
  expect(server.requests.length).toBe(before);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  return result;
}

describe('operation commands', () => {
  it.each(['..', '.', '', '%2e%2E', '%252e', 'prod/envcfg/x'])(
    'refuses --config %j, naming the flag, before confirming or sending',
    async (value) => {
      for (const dry of [[], ['--dry-run']]) {
        const { stderr } = await refused([
          ...DELETE_CONFIG,
          `--config=${value}`,
          '--type',
          'ConfigMap',
          '--yes',
          ...dry,
        ]);
        expect(stderr).toContain(
          `--config: deleteProductionEnvironmentConfig: path parameter cfgName ${JSON.stringify(value)} `,
        );
        expect(stderr).toContain('nothing was sent');
      }
    },
  );

  it('refuses a value given as an argument the same way', async () => {
    const { stderr } = await refused(['release-plans', 'get', '..']);
    expect(stderr).toContain('--id: getReleasePlan: path parameter id ".." is a dot segment');
  });

  it.each(['a b', 'x?y=1#z', '100%', '环境😀', '...', '{id}'])(
    '--dry-run prints exactly the URL that is then sent (%j)',
    async (value) => {
      const args = ['release-plans', 'get', `--id=${value}`];
      const dry = await runCli([...args, '--dry-run', '-o', 'json'], { env: env() });
      expect(dry.code).toBe(0);
      const before = server.requests.length;
      const real = await runCli([...args, '-o', 'json'], { env: env() });
      expect(real.code).toBe(0);
      expect(server.requests.length).toBe(before + 1);
      expect(JSON.parse(dry.stdout).url).toBe(`${server.url}${server.requests[before]?.target}`);
    },
  );

  it('--dry-run without an address shows where the address goes, then the exact path', async () => {
    const { code, stdout } = await runCli(['release-plans', 'get', '--id=a b', '--dry-run'], {
      env: { ZADIG_TOKEN: 't', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'zadigctl-none-')) },
    });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('GET $ZADIG_URL/openapi/release_plan/v1/a%20b');
  });
});

describe('zadigctl api', () => {
  it.each([
    '/openapi/environments/production/prod/envcfg/..',
    '/openapi/environments/production/prod/envcfg/.',
    '/openapi/environments/production/prod/envcfg/%2e%2e',
    '/openapi/environments/production/prod/envcfg/%2E%2e?projectKey=shop',
    '/openapi/environments/production/prod/envcfg/.%2E/x',
    '/openapi/environments/production/prod/envcfg/%252e%252e',
    '/openapi/environments/production/prod%2Fenvcfg',
    '/openapi/environments/production/prod/envcfg\\..',
    '/openapi/environments/production/prod/envcfg/.\t.',
  ])('refuses %j before sending, also with --dry-run', async (path) => {
    for (const dry of [[], ['--dry-run']]) {
      const { stderr } = await refused(['api', '-X', 'DELETE', path, ...dry]);
      expect(stderr).toMatch(/segment .* (is a dot segment|decodes to|contains "\/")/);
    }
  });

  it.each(['/openapi/users/a b', '/openapi/users/环境?x=1 2', '/openapi/users/...'])(
    '--dry-run prints exactly the URL that is then sent (%j)',
    async (path) => {
      const dry = await runCli(['api', path, '--dry-run', '-o', 'json'], { env: env() });
      expect(dry.code).toBe(0);
      const before = server.requests.length;
      const real = await runCli(['api', path], { env: env() });
      expect(real.code).toBe(0);
      expect(JSON.parse(dry.stdout).url).toBe(`${server.url}${server.requests[before]?.target}`);
    },
  );
});

describe('redirects', () => {
  it('a redirect to another address is an error with a hint naming it, and nothing reaches it', async () => {
    const moved = await startFaultServer({ '*': [{ status: 200, body: {} }] });
    const redirecting = await startFaultServer({
      '*': (request) => ({ status: 301, headers: { location: `${moved.url}${request.target}` } }),
    });
    try {
      const { code, stderr } = await runCli(['release-plans', 'get', 'p1'], {
        env: { ZADIG_URL: redirecting.url, ZADIG_TOKEN: 't' },
      });
      expect(code).toBe(1);
      expect(stderr).toContain(
        `GET ${redirecting.url}/openapi/release_plan/v1/p1 answered 301 redirecting to`,
      );
      expect(stderr).toContain(`--server ${moved.url}`);
      expect(moved.requests).toHaveLength(0);
    } finally {
      await moved.close();
      await redirecting.close();
    }
  });

  it("a write answered with gin's trailing-slash 307 is not sent again", async () => {
    const gin = await startFaultServer({
      '*': (request) =>
        request.path.endsWith('/')
          ? { status: 307, headers: { location: request.path.slice(0, -1) } }
          : { status: 200, body: {} },
    });
    try {
      const { code, stderr } = await runCli(
        ['api', '-X', 'DELETE', '/openapi/environments/production/prod/'],
        {
          env: { ZADIG_URL: gin.url, ZADIG_TOKEN: 't' },
        },
      );
      expect(code).toBe(1);
      expect(stderr).toContain('answered 307 redirecting to "/openapi/environments/production/prod"');
      expect(gin.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
        'DELETE /openapi/environments/production/prod/',
      ]);
    } finally {
      await gin.close();
    }
  });
});
