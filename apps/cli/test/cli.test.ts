import { createServer, type Server } from 'node:http';
import { refusedUrl } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

const env = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 'cli-test-token' };

describe('zadigctl usage', () => {
  it('prints its version and help, with exit codes documented', async () => {
    expect((await runCli(['--version'])).stdout).toBe(`zadigctl ${pkg.version}\n`);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('releases        Version Management (7): create-helm');
    expect(help.stdout).toContain('4  authentication or permission failure');
    const command = await runCli(['releases', 'list', '--help']);
    expect(command.stdout).toContain('API:   GET /openapi/delivery/releases  (operationId listReleases)');
    expect(command.stdout).toContain('-p, --project <string>');
    expect(command.stdout).toContain("The API's own names work too: --projectKey for --project");
  });

  it.each([
    [['releases', 'list'], 'missing required flag --project'],
    [
      ['releases', 'list', '--projectKey', 'p', '--pageSize', 'ten'],
      '--page-size: expected an integer, got "ten"',
    ],
    [
      ['releases', 'list', '--projectKey', 'p', '--colour'],
      'unknown flag --colour for `zadigctl releases list`',
    ],
    [['releases', 'list', '--projectKey', 'p', '-o', 'xml'], '--output: unknown format "xml"'],
    [['releases', 'lst'], 'unknown command "lst" in module releases'],
    [['relases', 'list'], 'unknown command "relases"\nDid you mean `zadigctl releases`?'],
    [['releases', 'lst'], 'Did you mean `zadigctl releases list`?'],
    [['doctr'], 'Did you mean `zadigctl doctor`?'],
    [
      ['releases', 'list', '--projectkey', 'p'],
      'unknown flag --projectkey for `zadigctl releases list`\nDid you mean --project?',
    ],
    [['releases', 'list', '--porject', 'p'], 'Did you mean --project?'],
    [['workflow', 'task', 'deploy', '--task', 'x'], '--task: expected an integer, got "x"'],
    [['workflow', 'task', 'deploy', '7', '-w', 'other'], 'unexpected argument "7"'],
    [['releases', 'list', '-p', 'a', '--project', 'b'], '--project is given twice'],
    [['release-plans', 'get'], 'missing required flag --id (or as argument 1 after `get`)'],
    [['release-plans', 'get', 'a', 'b'], 'unexpected argument "b"'],
  ])('rejects %j with exit code 2 and names what is wrong', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args, { env });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('requires a server and a token, and never takes the token as an argument', async () => {
    const noServer = await runCli(['release-plans', 'list'], { env: {} });
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('no Zadig server: pass --server <url> or set ZADIG_URL');
    const noToken = await runCli(['release-plans', 'list'], { env: { ZADIG_URL: env.ZADIG_URL } });
    expect(noToken.code).toBe(4);
    expect(noToken.stderr).toContain('no API token: set ZADIG_TOKEN');
    const tokenFlag = await runCli(['release-plans', 'list', '--token', 'x'], { env });
    expect(tokenFlag.code).toBe(2);
  });

  it('takes path parameters as arguments, in path order', async () => {
    const { code, stdout } = await runCli(
      ['test', 'task', 'unit', '3', '--projectKey', 'demo', '--dry-run', '-o', 'json'],
      { env },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).url).toBe(
      `${env.ZADIG_URL}/openapi/quality/testing/unit/task/3?projectKey=demo`,
    );
    const help = await runCli(['workflow', 'logs', '--help']);
    expect(help.stdout).toContain('Usage: zadigctl workflow logs [workflow] [task] [job] [lines] [flags]');
  });

  it('prints the request for --dry-run with the token redacted', async () => {
    const { code, stdout } = await runCli(
      ['release-plans', 'list', '--pageSize', '5', '--dry-run', '-o', 'json'],
      { env },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      method: 'GET',
      url: `${env.ZADIG_URL}/openapi/release_plan/v1?pageNum=1&pageSize=5`,
      headers: { authorization: 'Bearer ***' },
    });
    expect(stdout).not.toContain(env.ZADIG_TOKEN);
  });

  it('exits 5 when the server cannot be reached', async () => {
    const { code, stderr } = await runCli(['release-plans', 'list'], {
      env: { ...env, ZADIG_URL: await refusedUrl() },
    });
    expect(code).toBe(5);
    expect(stderr).toContain('could not connect (ECONNREFUSED)');
  });
  // --mock (Prism started by the command) runs spawned, in smoke.test.ts.
});

describe('API errors', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith('/openapi/release_plan/v1/forbidden')) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'req-42' });
      res.end(
        JSON.stringify({
          type: 'error',
          code: 6560,
          message: 'failed to create version',
          description: 'version v1 already exists',
          extra: {},
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("shows the server's message and exits 1", async () => {
    const { code, stderr } = await runCli(['release-plans', 'list'], {
      env: { ZADIG_URL: url, ZADIG_TOKEN: 't' },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: GET ${url}/openapi/release_plan/v1?pageNum=1&pageSize=20 failed with 400: failed to create version: version v1 already exists\nrequest id: req-42\n`,
    );
  });

  it('prints errors as JSON with --output json: status, Zadig code, message, description, request id', async () => {
    const { code, stderr } = await runCli(['release-plans', 'list', '-o', 'json'], {
      env: { ZADIG_URL: url, ZADIG_TOKEN: 't' },
    });
    expect(code).toBe(1);
    expect(JSON.parse(stderr)).toEqual({
      error: {
        message: `GET ${url}/openapi/release_plan/v1?pageNum=1&pageSize=20 failed with 400: failed to create version: version v1 already exists`,
        serverMessage: 'failed to create version',
        exitCode: 1,
        status: 400,
        code: 6560,
        description: 'version v1 already exists',
        requestId: 'req-42',
        method: 'GET',
        path: '/openapi/release_plan/v1',
      },
    });
    const text = await runCli(['release-plans', 'list'], { env: { ZADIG_URL: url, ZADIG_TOKEN: 't' } });
    expect(text.stderr).toContain('request id: req-42');
  });

  it('explains a 403 as permission denied, and exits 4', async () => {
    const json = await runCli(['release-plans', 'get', 'forbidden', '-o', 'json'], {
      env: { ZADIG_URL: url, ZADIG_TOKEN: 't' },
    });
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stderr).error).toMatchObject({
      message:
        "permission denied: the token's user may not GET /openapi/release_plan/v1/forbidden (HTTP 403)",
      status: 403,
      exitCode: 4,
      hint: expect.stringContaining("Check the user's roles"),
    });
    const text = await runCli(['release-plans', 'get', 'forbidden'], {
      env: { ZADIG_URL: url, ZADIG_TOKEN: 't' },
    });
    expect(text.stderr).toMatch(/^error: permission denied: .*\nCheck the user's roles/);
  });
});
