import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsMissingIn } from '@zadig-ts/client';
import operationIndex from '@zadig-ts/openapi/operations.json' with { type: 'json' };
import { refusedUrl, startFaultServer } from '@zadig-ts/testing';
import { describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import pkg from '../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

const prismUrl = inject('prismUrl');
const TOKEN = 'doctor-test-token-4242';
const CONTEXT = {
  user: { uid: 'u-1', name: 'dev', account: 'dev', identity_type: 'system' },
  request_id: 'r-1',
};

interface Report {
  ok: boolean;
  exitCode: number;
  zadigctl: string;
  checks: Array<{
    name: string;
    status: string;
    message: string;
    exitCode?: number;
    details?: Record<string, unknown>;
  }>;
}

function tempHome(config?: unknown, mode = 0o600) {
  const home = mkdtempSync(join(tmpdir(), 'zadigctl-doctor-'));
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };
  const file = join(env.XDG_CONFIG_HOME, 'zadigctl', 'config.yaml');
  if (config !== undefined) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, stringify(config));
    chmodSync(file, mode);
  }
  return { env, file };
}

async function doctor(env: Record<string, string>, args: string[] = []) {
  const result = await runCli(['doctor', '-o', 'json', ...args], { env });
  const report = JSON.parse(result.stdout) as Report;
  const status = Object.fromEntries(report.checks.map((c) => [c.name, c.status]));
  const check = (name: string) => report.checks.find((c) => c.name === name);
  return { ...result, report, status, check };
}

describe('zadigctl doctor', () => {
  it('passes every check against Prism with a saved profile', async () => {
    const { env, file } = tempHome({
      defaultProfile: 'prod',
      profiles: { prod: { url: prismUrl, token: TOKEN } },
    });
    const { code, report, status, check, stdout } = await doctor(env);
    expect(code).toBe(0);
    expect(report).toMatchObject({ ok: true, exitCode: 0, zadigctl: pkg.version });
    expect(status).toEqual({
      config: 'ok',
      credentials: 'ok',
      connection: 'ok',
      reachability: 'ok',
      authentication: 'ok',
      server: 'ok',
      release: 'ok',
      clock: 'ok',
    });
    // The release the server reports is saved in the profile, with how many operations it lacks.
    const missing = operationsMissingIn('v5.0.0').length;
    expect(check('release')?.message).toBe(
      `Zadig v5.0.0 (reported by the server; saved in profile prod): lacks ${missing} of the spec's ${operationIndex.operations.length} operations`,
    );
    expect(missing).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toContain('zadigVersion: v5.0.0');
    expect(check('config')).toMatchObject({
      message: `${file} (mode 0600), 1 profile(s)`,
      details: { path: file, mode: '0600', profiles: 1 },
    });
    expect(check('credentials')?.message).toBe(
      `profile prod (the default); address ${prismUrl} from profile prod; token ****4242 from profile prod`,
    );
    expect(check('connection')?.message).toMatch(
      /^proxy: no HTTP_PROXY set: connecting directly; CAs: none needed \(plain http\); first byte after \d+ ms$/,
    );
    expect(check('reachability')?.message).toMatch(
      new RegExp(`^${prismUrl} answered in \\d+ ms \\(HTTP 200\\)$`),
    );
    expect(check('reachability')?.details?.elapsedMs).toEqual(expect.any(Number));
    expect(check('authentication')?.message).toBe('the token works: admin');
    expect(check('server')?.message).toBe('Zadig 5.0.0, enterprise edition, license normal');
    expect(stdout).not.toContain(TOKEN);

    const text = await runCli(['doctor'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('ok    server          Zadig 5.0.0, enterprise edition, license normal\n');
    expect(text.stdout).toMatch(/\nAll checks passed\.\n$/);
    // Saved once: the second run finds it in the profile already.
    expect(text.stdout).toContain(
      `ok    release         Zadig v5.0.0 (reported by the server): lacks ${missing}`,
    );
    // --zadig-version takes precedence, and a release that lacks commands says how many.
    const old = await doctor({ ...env }, ['--zadig-version', 'v3.4.0']);
    expect(old.check('release')?.message).toBe(
      `Zadig v3.4.0 (--zadig-version): lacks ${operationsMissingIn('v3.4.0').length} of the spec's ${operationIndex.operations.length} operations`,
    );
  });

  it('takes address and token from the environment, with no config file', async () => {
    const { env, file } = tempHome();
    const { code, check } = await doctor({ ...env, ZADIG_URL: prismUrl, ZADIG_TOKEN: TOKEN });
    expect(code).toBe(0);
    expect(check('config')).toMatchObject({
      status: 'ok',
      message: `${file} not found (not needed: the address and ZADIG_TOKEN are given)`,
    });
    expect(check('credentials')?.message).toBe(
      `no profile; address ${prismUrl} from ZADIG_URL; token ****4242 from ZADIG_TOKEN`,
    );
  });

  it('fails with exit code 5 when the server cannot be reached', async () => {
    const { env } = tempHome();
    const { code, report, status, check } = await doctor({
      ...env,
      ZADIG_URL: await refusedUrl(),
      ZADIG_TOKEN: TOKEN,
    });
    expect(code).toBe(5);
    expect(report).toMatchObject({ ok: false, exitCode: 5 });
    expect(status).toMatchObject({
      reachability: 'fail',
      authentication: 'skip',
      server: 'skip',
      clock: 'skip',
    });
    expect(check('reachability')).toMatchObject({ exitCode: 5 });
    expect(check('reachability')?.message).toContain('could not connect (ECONNREFUSED)');

    const text = await runCli(['doctor'], {
      env: { ...env, ZADIG_URL: await refusedUrl(), ZADIG_TOKEN: TOKEN },
    });
    expect(text.code).toBe(5);
    expect(text.stdout).toContain('fail  reachability    GET ');
    expect(text.stdout).toMatch(/\n1 check failed\.\n$/);
  });

  it('fails with exit code 4 when the token is rejected or missing', async () => {
    const server = await startFaultServer({
      'GET /openapi/system/cli/context': [{ status: 401, body: { code: 401, message: 'Unauthorized' } }],
    });
    try {
      const { env } = tempHome();
      const rejected = await doctor({ ...env, ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN });
      expect(rejected.code).toBe(4);
      expect(rejected.status).toMatchObject({
        reachability: 'ok',
        authentication: 'fail',
        server: 'skip',
        clock: 'ok',
      });
      expect(rejected.check('authentication')?.message).toContain('the server rejected the token (HTTP 401)');
    } finally {
      await server.close();
    }
    const { env } = tempHome();
    const missing = await doctor({ ...env, ZADIG_URL: prismUrl });
    expect(missing.code).toBe(4);
    expect(missing.status).toMatchObject({ credentials: 'fail', reachability: 'ok', authentication: 'skip' });
    expect(missing.check('credentials')?.message).toContain('no API token');
  });

  it('warns when the server clock is 5 minutes off, and still exits 0', async () => {
    const server = await startFaultServer({
      'GET /openapi/system/cli/context': () => ({
        status: 200,
        headers: { date: new Date(Date.now() + 5 * 60_000).toUTCString() },
        body: CONTEXT,
      }),
    });
    try {
      const { env } = tempHome();
      const { code, status, check } = await doctor({ ...env, ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN });
      expect(code).toBe(0);
      expect(status).toMatchObject({ authentication: 'ok', clock: 'warn' });
      expect(check('clock')?.message).toMatch(/^the server's clock is 5 min \d+ s ahead of this machine's/);
      expect(check('clock')?.details?.skewMs).toBeGreaterThan(4 * 60_000);
      expect(check('server')?.message).toBe(
        'version not reported: Zadig tells it to system administrators only',
      );
      const text = await runCli(['doctor'], { env: { ...env, ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN } });
      expect(text.stdout).toMatch(/\nNo failures, 1 warning\.\n$/);
    } finally {
      await server.close();
    }
  });

  it('warns about a config file that other users can read', async () => {
    const { env, file } = tempHome(
      { defaultProfile: 'p', profiles: { p: { url: prismUrl, token: TOKEN } } },
      0o640,
    );
    const { code, check } = await doctor(env);
    expect(code).toBe(0);
    expect(check('config')).toMatchObject({
      status: 'warn',
      message: `${file} is accessible by other users (mode 0640) and holds API tokens; run: chmod 600 ${file}`,
    });
  });

  it('fails with exit code 1 for a broken config file or a missing profile', async () => {
    const { env, file } = tempHome();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'profiles: [unclosed\n', { mode: 0o600 });
    const broken = await doctor(env);
    expect(broken.code).toBe(1);
    expect(broken.status).toMatchObject({ config: 'fail', credentials: 'fail', reachability: 'skip' });
    expect(broken.check('config')?.message).toContain(`${file}:`);

    const named = tempHome({ profiles: { p: { url: prismUrl, token: TOKEN } } });
    const missing = await doctor(named.env, ['--profile', 'q']);
    expect(missing.code).toBe(1);
    expect(missing.check('credentials')?.message).toBe(`no profile "q" (from --profile) in ${named.file}`);
  });

  it('checks the built-in mock with --mock', async () => {
    const { env } = tempHome();
    const { code, status } = await doctor(env, ['--mock']);
    expect(code).toBe(0);
    expect(status).toMatchObject({ config: 'skip', credentials: 'ok', authentication: 'ok', server: 'ok' });
  });

  it('rejects unknown flags and formats', async () => {
    expect((await runCli(['doctor', '--colour'])).code).toBe(2);
    const format = await runCli(['doctor', '-o', 'yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--output: unknown format "yaml" for doctor');
  });
});
