import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, refusedUrl, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BIN, runCli } from './run-cli.js';

const prismUrl = inject('prismUrl');
const TOKEN = 'zadig-test-token-7f3k9q2w';
const CONTEXT = {
  user: { uid: 'u-1', name: 'Dev Eloper', account: 'dev', identity_type: 'system' },
  request_id: 'r-1',
};

/** A fresh HOME and XDG_CONFIG_HOME, and where the config file goes in them. */
function tempHome() {
  const home = mkdtempSync(join(tmpdir(), 'zadigctl-auth-'));
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };
  return { env, file: join(env.XDG_CONFIG_HOME, 'zadigctl', 'config.yaml') };
}

function writeConfig(file: string, config: unknown, mode = 0o600) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, stringify(config));
  chmodSync(file, mode);
}

const readConfig = (file: string) => parse(readFileSync(file, 'utf8'));
const modeOf = (path: string) => statSync(path).mode & 0o777;

/** A server whose getCliContext answers `status`, recording the requests. */
function contextServer(status = 200): Promise<FaultServer> {
  return startFaultServer({
    'GET /openapi/system/cli/context': [
      status === 200
        ? { status, body: CONTEXT }
        : { status, body: { code: status, message: 'token is invalid' } },
    ],
  });
}

describe('zadigctl auth login (token from stdin)', () => {
  it('checks the token, then saves the profile in a 0600 file as the default', async () => {
    const { env, file } = tempHome();
    const result = await runCli(['auth', 'login', '--profile', 'prod', '--server', `${prismUrl}/`], {
      env,
      input: `${TOKEN}\n`,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Logged in to ${prismUrl} as admin; saved profile "prod" (default) in ${file}\nZadig release: v5.0.0\n`,
    );
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(join(file, '..'))).toBe(0o700);
    expect(readConfig(file)).toEqual({
      defaultProfile: 'prod',
      profiles: { prod: { url: prismUrl, token: TOKEN, zadigVersion: 'v5.0.0' } },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('keep it private (mode 0600)');
    expect(text).toContain('\ndefaultProfile: prod\nprofiles:\n  prod:\n');

    // Every command now finds server and token in the profile.
    const list = await runCli(['release-plans', 'list', '-o', 'json'], { env });
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).total).toBe(26);
  });

  it('sends the token as a bearer token, and adds a second profile without changing the default', async () => {
    const { env, file } = tempHome();
    writeConfig(file, {
      defaultProfile: 'prod',
      profiles: { prod: { url: 'https://zadig.example.com', token: 'old-token-1234' } },
    });
    const server = await contextServer();
    try {
      const result = await runCli(['auth', 'login', '--profile', 'staging', '--server', server.url], {
        env,
        input: `  ${TOKEN}  \n`,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('as Dev Eloper (account dev); saved profile "staging" in');
      const [request] = server.requestsTo('GET /openapi/system/cli/context');
      expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(readConfig(file)).toEqual({
        defaultProfile: 'prod',
        profiles: {
          prod: { url: 'https://zadig.example.com', token: 'old-token-1234' },
          staging: { url: server.url, token: TOKEN },
        },
      });
      const again = await runCli(['auth', 'login', '--profile', 'staging', '--set-default'], {
        env,
        input: 'new-token-5678\n',
      });
      expect(again.code).toBe(0);
      expect(readConfig(file).defaultProfile).toBe('staging');
      expect(readConfig(file).profiles.staging).toEqual({ url: server.url, token: 'new-token-5678' });
    } finally {
      await server.close();
    }
  });

  it('saves nothing and exits 4 when the server rejects the token', async () => {
    const { env, file } = tempHome();
    const server = await contextServer(401);
    try {
      const result = await runCli(['auth', 'login', '--server', server.url], { env, input: TOKEN });
      expect(result.code).toBe(4);
      expect(result.stderr).toContain(
        `error: ${server.url} rejected the token (HTTP 401); nothing was saved`,
      );
      expect(result.stderr).not.toContain(TOKEN);
      expect(existsSync(file)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('saves nothing and exits 5 when the server cannot be reached', async () => {
    const { env, file } = tempHome();
    const result = await runCli(['auth', 'login', '--server', await refusedUrl()], {
      env,
      input: TOKEN,
    });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('could not check the token, so nothing was saved');
    expect(existsSync(file)).toBe(false);
  });

  it.each([
    [['auth', 'login'], TOKEN, '--server is required when the token is read from stdin'],
    [['auth', 'login', '--server', 'http://127.0.0.1:1'], '', 'no API token on stdin'],
    [['auth', 'login', '--server', 'http://127.0.0.1:1'], 'two\ntokens', 'stdin: expected one API token'],
    [['auth', 'login', '--server', 'ftp://zadig'], TOKEN, '--server: Invalid Zadig address "ftp://zadig"'],
    [['auth', 'login', '--profile', 'a b', '--server', 'http://x'], TOKEN, '--profile: "a b" is not a valid'],
    [['auth', 'login', '--token', TOKEN], '', 'unknown flag --token for `zadigctl auth login`'],
    [['auth', 'lgoin'], '', 'unknown command "lgoin" in zadigctl auth\nDid you mean `zadigctl auth login`?'],
  ])('rejects %j with exit code 2', async (args, input, message) => {
    const { env, file } = tempHome();
    const result = await runCli(args, { env, input });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(file)).toBe(false);
  });
});

/** Runs zadigctl on a pseudo-terminal (util-linux `script`), answering prompts as they appear. */
function onTerminal(args: string[], env: Record<string, string>, answers: Array<[RegExp, string]>) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'dumb', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let next = 0;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const answer = answers[next];
      if (answer?.[0].test(output)) {
        next++;
        child.stdin.write(answer[1]);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!existsSync('/usr/bin/script'))('zadigctl auth login on a terminal', () => {
  it('asks for address and token, and never echoes the token', async () => {
    const { env, file } = tempHome();
    const { code, output } = await onTerminal(['auth', 'login', '--profile', 'tty'], env, [
      [/Zadig address: $/, `${prismUrl}\r`],
      // A typo, then backspace: the token saved is the one without it.
      [/input is hidden\): $/, `${TOKEN}X\u007f\r`],
    ]);
    expect(output).toContain('Zadig address: ');
    expect(output).toContain(prismUrl);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.slice(0, 8));
    expect(output).toContain('saved profile "tty" (default)');
    expect(code).toBe(0);
    expect(readConfig(file).profiles.tty).toEqual({ url: prismUrl, token: TOKEN, zadigVersion: 'v5.0.0' });
    expect(modeOf(file)).toBe(0o600);
  });

  it('offers the --server address as the default answer', async () => {
    const { env, file } = tempHome();
    const { code, output } = await onTerminal(['auth', 'login', '--server', prismUrl], env, [
      [/Zadig address \[[^\]]+\]: $/, '\r'],
      [/input is hidden\): $/, `${TOKEN}\r`],
    ]);
    expect(output).toContain(`Zadig address [${prismUrl}]: `);
    expect(code).toBe(0);
    expect(readConfig(file).profiles.default.url).toBe(prismUrl);
  });

  it('stops on Ctrl-C with exit code 130 and saves nothing', async () => {
    const { env, file } = tempHome();
    const { code } = await onTerminal(['auth', 'login'], env, [
      [/Zadig address: $/, `${prismUrl}\r`],
      [/input is hidden\): $/, 'abc\u0003'],
    ]);
    expect(code).toBe(130);
    expect(existsSync(file)).toBe(false);
  });

  it('checks the address before asking for the token', async () => {
    const { env, file } = tempHome();
    const refused = await refusedUrl();
    const { code, output } = await onTerminal(['auth', 'login'], env, [[/Zadig address: $/, `${refused}\r`]]);
    expect(code).toBe(5);
    expect(output).toContain(`cannot reach ${refused}`);
    expect(output).not.toContain('API token');
    expect(existsSync(file)).toBe(false);
  });

  it('exits 130 on Ctrl-C at the confirmation of a destructive command, sending nothing', async () => {
    const server = await startFaultServer({
      'DELETE /openapi/delivery/releases/9': [{ status: 200, body: {} }],
    });
    try {
      const { env } = tempHome();
      const { code, output } = await onTerminal(
        ['releases', 'delete', '9', '-p', 'demo'],
        { ...env, ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN },
        [[/to confirm: $/, '\u0003']],
      );
      expect(output).toMatch(/ {2}id {7}9\r?\n/);
      expect(output).toContain('This cannot be undone. Type the id (9) to confirm: ');
      expect(code).toBe(130);
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('asks before logout, and keeps the profile on no', async () => {
    const { env, file } = tempHome();
    writeConfig(file, { defaultProfile: 'prod', profiles: { prod: { url: prismUrl, token: TOKEN } } });
    const no = await onTerminal(['auth', 'logout'], env, [[/\[y\/N\] $/, 'n\r']]);
    expect(no.code).toBe(2);
    expect(readConfig(file).profiles.prod).toBeDefined();
    const yes = await onTerminal(['auth', 'logout'], env, [[/\[y\/N\] $/, 'y\r']]);
    expect(yes.output).toContain(`Remove profile "prod" (${prismUrl}) and its token from ${file}?`);
    expect(yes.code).toBe(0);
    expect(readConfig(file).profiles).toEqual({});
  });
});

describe('zadigctl auth status', () => {
  let rejecting: FaultServer;
  beforeAll(async () => {
    rejecting = await contextServer(401);
  });
  afterAll(() => rejecting.close());

  it('shows each profile with its user and a masked token', async () => {
    const { env, file } = tempHome();
    const refused = await refusedUrl();
    writeConfig(file, {
      defaultProfile: 'prod',
      profiles: {
        prod: { url: prismUrl, token: TOKEN },
        old: { url: refused, token: 'short' },
      },
    });
    const json = await runCli(['auth', 'status', '-o', 'json'], { env });
    expect(json.code).toBe(0);
    expect(json.stdout).not.toContain(TOKEN);
    const report = JSON.parse(json.stdout);
    expect(report.config).toEqual({ path: file, exists: true, warnings: [] });
    expect(report.profiles).toEqual([
      {
        name: 'prod',
        default: true,
        selected: true,
        address: prismUrl,
        token: `****${TOKEN.slice(-4)}`,
        user: 'admin',
        state: 'ok',
        exitCode: 0,
      },
      expect.objectContaining({
        name: 'old',
        default: false,
        token: '****',
        state: 'unreachable',
        exitCode: 5,
      }),
    ]);
    expect(report.effective).toMatchObject({
      profile: 'prod',
      addressSource: 'profile prod',
      tokenSource: 'profile prod',
      state: 'ok',
    });

    const text = await runCli(['auth', 'status'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('prod (default, selected)\n');
    expect(text.stdout).toContain(`  token    ****${TOKEN.slice(-4)}\n`);
    expect(text.stdout).toContain('  status   unreachable: ');
    expect(text.stdout).not.toContain('In effect');
    expect(text.stdout).not.toContain(TOKEN);
  });

  it('shows where the credentials come from when the environment overrides them', async () => {
    const { env, file } = tempHome();
    writeConfig(file, { defaultProfile: 'prod', profiles: { prod: { url: prismUrl, token: TOKEN } } });
    const result = await runCli(['auth', 'status', '-o', 'json'], {
      env: { ...env, ZADIG_TOKEN: 'env-token-abcdefgh' },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).effective).toMatchObject({
      profile: 'prod',
      address: prismUrl,
      addressSource: 'profile prod',
      tokenSource: 'ZADIG_TOKEN',
      token: '****efgh',
      state: 'ok',
    });
    const text = await runCli(['auth', 'status'], { env: { ...env, ZADIG_TOKEN: 'env-token-abcdefgh' } });
    expect(text.stdout).toContain('In effect (overriding parts of profile prod):');
    expect(text.stdout).toContain('  from     address from profile prod, token from ZADIG_TOKEN');
  });

  it('exits 4 when the credentials in effect are rejected, or there are none', async () => {
    const { env, file } = tempHome();
    writeConfig(file, {
      defaultProfile: 'bad',
      profiles: { bad: { url: rejecting.url, token: TOKEN }, prod: { url: prismUrl, token: TOKEN } },
    });
    const rejected = await runCli(['auth', 'status'], { env });
    expect(rejected.code).toBe(4);
    expect(rejected.stdout).toContain('  status   rejected: token rejected (HTTP 401)');
    const other = await runCli(['auth', 'status', '--profile', 'prod'], { env });
    expect(other.code).toBe(0);
    const nothing = await runCli(['auth', 'status'], { env: tempHome().env });
    expect(nothing.code).toBe(4);
    expect(nothing.stdout).toContain('No saved profiles: run `zadigctl auth login`.');
  });
});

describe('zadigctl auth logout and use', () => {
  it('needs --yes off a terminal, then removes the profile and moves the default', async () => {
    const { env, file } = tempHome();
    writeConfig(file, {
      defaultProfile: 'prod',
      profiles: {
        prod: { url: prismUrl, token: TOKEN },
        staging: { url: prismUrl, token: 'other-token-0000' },
      },
    });
    const refused = await runCli(['auth', 'logout'], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to remove profile "prod" without confirmation');
    const missing = await runCli(['auth', 'logout', '--profile', 'nope', '--yes'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no profile "nope" (from --profile) in ${file}`);
    expect(missing.stderr).toContain('Known profiles: prod, staging.');

    const done = await runCli(['auth', 'logout', '--yes'], { env });
    expect(done.code).toBe(0);
    expect(done.stdout).toBe(`Removed profile "prod" from ${file}\nThe default profile is now "staging".\n`);
    expect(readConfig(file)).toEqual({
      defaultProfile: 'staging',
      profiles: { staging: { url: prismUrl, token: 'other-token-0000' } },
    });
    expect(modeOf(file)).toBe(0o600);
  });

  it('switches the default profile with auth use', async () => {
    const { env, file } = tempHome();
    writeConfig(file, {
      defaultProfile: 'prod',
      profiles: { prod: { url: prismUrl, token: TOKEN }, staging: { url: prismUrl, token: 'x' } },
    });
    expect((await runCli(['auth', 'use', 'staging'], { env })).code).toBe(0);
    expect(readConfig(file).defaultProfile).toBe('staging');
    const missing = await runCli(['auth', 'use', 'qa'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Known profiles: prod, staging.');
  });

  it('keeps comments and unknown keys when it rewrites the file', async () => {
    const { env, file } = tempHome();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      `# my servers\ndefaultProfile: prod\nprofiles:\n  prod: # the real one\n    url: ${prismUrl}\n    token: ${TOKEN}\n  staging:\n    url: ${prismUrl}\n    token: other\nextra: kept\n`,
      { mode: 0o600 },
    );
    expect((await runCli(['auth', 'logout', '--profile', 'staging', '--yes'], { env })).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# my servers');
    expect(text).toContain('# the real one');
    expect(text).toContain('extra: kept');
    expect(text).not.toContain('staging');
  });
});

describe('credentials resolution', () => {
  let a: FaultServer;
  let b: FaultServer;
  beforeAll(async () => {
    [a, b] = await Promise.all([contextServer(), contextServer()]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  /** Runs `system context` (GET /openapi/system/cli/context) and tells which server got which token. */
  async function whoGot(env: Record<string, string>, args: string[] = []) {
    const before = [a.requests.length, b.requests.length];
    const result = await runCli(['system', 'context', ...args], { env });
    const got = (server: FaultServer, from: number) =>
      server.requests.slice(from).map((r) => r.headers.authorization);
    return { ...result, a: got(a, before[0] ?? 0), b: got(b, before[1] ?? 0) };
  }

  function setup() {
    const { env, file } = tempHome();
    writeConfig(file, {
      defaultProfile: 'alpha',
      profiles: { alpha: { url: a.url, token: 'alpha-token' }, beta: { url: b.url, token: 'beta-token' } },
    });
    return { env, file };
  }

  it('uses the default profile, or the one --profile or ZADIG_PROFILE names', async () => {
    const { env } = setup();
    expect(await whoGot(env)).toMatchObject({ code: 0, a: ['Bearer alpha-token'], b: [] });
    expect(await whoGot(env, ['--profile', 'beta'])).toMatchObject({
      code: 0,
      a: [],
      b: ['Bearer beta-token'],
    });
    expect(await whoGot({ ...env, ZADIG_PROFILE: 'beta' })).toMatchObject({
      code: 0,
      b: ['Bearer beta-token'],
    });
    // The flag wins over the variable.
    expect(await whoGot({ ...env, ZADIG_PROFILE: 'beta' }, ['--profile', 'alpha'])).toMatchObject({
      a: ['Bearer alpha-token'],
      b: [],
    });
  });

  it('lets ZADIG_URL and ZADIG_TOKEN override the profile', async () => {
    const { env } = setup();
    expect(await whoGot({ ...env, ZADIG_TOKEN: 'env-token' })).toMatchObject({ a: ['Bearer env-token'] });
    // ZADIG_URL picks the profile saved for that server, and so its token.
    expect(await whoGot({ ...env, ZADIG_URL: b.url })).toMatchObject({
      code: 0,
      a: [],
      b: ['Bearer beta-token'],
    });
    expect(await whoGot({ ...env, ZADIG_URL: `${b.url}/`, ZADIG_TOKEN: 'env-token' })).toMatchObject({
      b: ['Bearer env-token'],
    });
    expect(await whoGot(env, ['--server', b.url])).toMatchObject({ b: ['Bearer beta-token'] });
  });

  it("never sends a profile's token to another server", async () => {
    const { env } = setup();
    const result = await whoGot({ ...env, ZADIG_PROFILE: 'alpha', ZADIG_URL: b.url });
    expect(result.code).toBe(4);
    expect(result.a).toEqual([]);
    expect(result.b).toEqual([]);
    expect(result.stderr).toContain('error: no API token');
    expect(result.stderr).toContain(
      `profile alpha is for ${a.url}, so its token is not sent to ${b.url} (from ZADIG_URL)`,
    );
  });

  it('names a missing profile and lists the known ones', async () => {
    const { env, file } = setup();
    for (const [extraEnv, args, from] of [
      [{ ZADIG_PROFILE: 'gamma' }, [], 'ZADIG_PROFILE'],
      [{}, ['--profile', 'gamma'], '--profile'],
    ] as const) {
      const result = await whoGot({ ...env, ...extraEnv, ZADIG_URL: a.url, ZADIG_TOKEN: 't' }, [...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `error: no profile "gamma" (from ${from}) in ${file}\nKnown profiles: alpha, beta. Create it with \`zadigctl auth login --profile gamma\`.\n`,
      );
    }
  });

  it('reports a config file that is not valid YAML with its path and line, without showing its content', async () => {
    const { env, file } = tempHome();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `profiles:\n  prod:\n    url: ${a.url}\n    token: "secret-token-value\n`, {
      mode: 0o600,
    });
    const result = await whoGot(env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid YAML: `),
    );
    expect(result.stderr).not.toContain('secret-token-value');
    const wrongShape = tempHome();
    writeConfig(wrongShape.file, { profiles: { prod: { token: 'x' } } });
    const shape = await whoGot(wrongShape.env);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain(`error: ${wrongShape.file}: profiles.prod.url must be a non-empty string`);
    // With everything in the environment, the file is not needed, so its problems do not matter.
    expect(await whoGot({ ...env, ZADIG_URL: a.url, ZADIG_TOKEN: 'env' })).toMatchObject({ code: 0 });
  });

  it('warns about a config file other users can read, and still works', async () => {
    const { env, file } = setup();
    chmodSync(file, 0o644);
    const result = await whoGot(env);
    expect(result.code).toBe(0);
    expect(result.a).toEqual(['Bearer alpha-token']);
    expect(result.stderr).toBe(
      `warning: ${file} is accessible by other users (mode 0644) and holds API tokens; run: chmod 600 ${file}\n`,
    );
    // Saving rewrites it private.
    expect((await runCli(['auth', 'use', 'beta'], { env })).code).toBe(0);
    expect(modeOf(file)).toBe(0o600);
  });
});
