// What zadigctl prints when things are slow, nested, wide or wrong: retries announced and a request timeout,
// --json paths through nested fields and lists, tables by display width that never cut identifiers and
// summarise nested values, help without the spec's citations of server code, and errors that keep what
// Zadig said and why a token was not sent.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { commands } from '../src/commands/catalog.js';
import { displayWidth } from '../src/output/display-width.js';
import { runCli } from './run-cli.js';

const PROJECTS = 'GET /openapi/projects/project';
const TOKEN = 'output-test-token';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function page(projects: Array<Record<string, string>>) {
  return { total: projects.length, projects };
}

async function serve(steps: Parameters<typeof startFaultServer>[0]) {
  server = await startFaultServer(steps);
  return { server, env: { ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN } };
}

describe('a slow server', () => {
  it('announces each retry on stderr, and --request-timeout shortens the wait for an answer', async () => {
    // The server never answers: each attempt ends at the client's deadline, however busy the machine.
    const { server, env } = await serve({ [PROJECTS]: [{ hang: true }] });
    const result = await runCli(['project', 'list', '--request-timeout', '0.2'], { env });
    expect(result.code).toBe(5);
    expect(server.requestsTo(PROJECTS)).toHaveLength(3);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(
      /^retrying in 0\.\ds \(2\/3\): no answer after 0\.2s \(GET \/openapi\/projects\/project\)$/,
    );
    expect(lines[1]).toMatch(/^retrying in [\d.]+s \(3\/3\): no answer after 0\.2s \(GET /);
    expect(lines[2]).toBe(
      `error: GET ${server.url}/openapi/projects/project?pageSize=20&pageNum=1 timed out after 200 ms`,
    );
  });

  it('zadigctl api takes --request-timeout and announces its retries the same way', async () => {
    const { server, env } = await serve({ [PROJECTS]: [{ hang: true }] });
    const result = await runCli(['api', '/openapi/projects/project', '--request-timeout', '0.2'], { env });
    expect(result.code).toBe(5);
    expect(server.requestsTo(PROJECTS)).toHaveLength(3);
    expect(result.stderr).toMatch(
      /^retrying in 0\.\ds \(2\/3\): no answer after 0\.2s \(GET \/openapi\/projects\/project\)\n/,
    );
  });

  it('announces a retried status too, and with -o json stdout still holds only the answer', async () => {
    const { env } = await serve({
      [PROJECTS]: [
        { status: 503 },
        { status: 200, body: page([{ project_name: 'Shop', project_key: 'shop' }]) },
      ],
    });
    const result = await runCli(['project', 'list', '-o', 'json'], { env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).projects[0].project_key).toBe('shop');
    expect(result.stderr).toMatch(
      /^retrying in 0\.\ds \(2\/3\): the server answered 503 \(GET \/openapi\/projects\/project\)\n$/,
    );
  });

  it('refuses a --request-timeout that is not a duration, naming the flag', async () => {
    const { server, env } = await serve({ [PROJECTS]: [{ status: 200, body: page([]) }] });
    for (const bad of ['soon', '0', '-5s']) {
      const result = await runCli(['project', 'list', `--request-timeout=${bad}`], { env });
      expect(result.code, bad).toBe(2);
      expect(result.stderr, bad).toMatch(/^error: --request-timeout: /);
      // Refused when the line is read: before a dry run prints, and before a confirmation is asked for.
      const dry = await runCli(['project', 'delete', '-p', 'shop', `--request-timeout=${bad}`, '--dry-run'], {
        env,
      });
      expect(dry.code, bad).toBe(2);
      expect(dry.stderr, bad).toMatch(/^error: --request-timeout: /);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('shows a waiting line on a terminal while an answer is slow, erased when it comes; never in a pipe', async () => {
    const ticks = new Set<() => void>();
    let now = 1_700_000_000_000;
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
    };
    const every = (_ms: number, fn: () => void) => {
      ticks.add(fn);
      return () => ticks.delete(fn);
    };
    // The server answers once the client's clock has moved on 5 s and the ticker has run: the line is
    // drawn while the request is in flight, whatever real time it takes.
    const { server, env } = await serve({
      [PROJECTS]: () => {
        now += 5000;
        for (const tick of ticks) tick();
        return { status: 200, body: page([{ project_name: 'Shop', project_key: 'shop' }]) };
      },
    });
    const host = new URL(server.url).host;
    const terminal = await runCli(['project', 'list'], { env, clock, every, tty: { stderr: true } });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toBe(`\r\x1b[2Kwaiting for ${host}… 5s\r\x1b[2K`);
    expect(ticks.size).toBe(0);
    const piped = await runCli(['project', 'list'], { env, clock, every });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe('Shop\tshop\n');
  });
});

describe('--json through nested fields', () => {
  const prism = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: TOKEN };

  it('maps a path through a list over it', async () => {
    const result = await runCli(['workflow', 'task', 'deploy', '42', '--json', 'status,stages.name'], {
      env: prism,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      status: 'passed',
      'stages.name': ['build', 'Deploy', 'General Script Execution', 'Custom task'],
    });
  });

  it('fails on an unknown nested field as on a top-level one, suggesting the close one', async () => {
    for (const [fields, bad, hint] of [
      ['status,stages.nme', 'stages.nme', 'Did you mean "stages.name"?'],
      ['params.nmae', 'params.nmae', 'Did you mean "params.name"?'],
      ['statsu', 'statsu', 'Did you mean "status"?'],
    ] as const) {
      const result = await runCli(['workflow', 'task', 'deploy', '42', '--json', fields], { env: prism });
      expect(result.code, fields).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`error: --json: unknown field "${bad}"\n`);
      expect(result.stderr).toContain(hint);
    }
  });
});

describe('tables', () => {
  it("summarise a task's nested values: stages with their status, counts in the right number", async () => {
    const result = await runCli(['workflow', 'task', 'deploy', '42'], {
      env: { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: TOKEN },
      tty: { stdout: true },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^stages +4 stages: 4 passed$/m);
    expect(result.stdout).toMatch(/^params +1 param: USERNAME$/m);
    expect(result.stdout).not.toMatch(/items\]|\{…\}/);
  });

  it('line up CJK names by display width', async () => {
    const { env } = await serve({
      [PROJECTS]: [
        {
          status: 200,
          body: page([
            { project_name: '支付服务', project_key: 'pay', description: '支付', deploy_type: 'k8s' },
            { project_name: 'Shop', project_key: 'shop', description: 'web shop', deploy_type: 'helm' },
            { project_name: '订单-中心', project_key: 'orders', description: '', deploy_type: 'k8s' },
          ]),
        },
      ],
    });
    const { stdout } = await runCli(['project', 'list'], { env, tty: { stdout: true }, columns: 120 });
    const lines = stdout.trimEnd().split('\n');
    const keyAt = (line: string, key: string) => displayWidth(line.slice(0, line.indexOf(key)));
    const column = keyAt(lines[0] ?? '', 'PROJECT_KEY');
    expect(lines.slice(1).map((line, i) => keyAt(line, ['pay', 'shop', 'orders'][i] as string))).toEqual([
      column,
      column,
      column,
    ]);
  });

  it('never cut identifiers on a narrow terminal: descriptions give way first', async () => {
    const name = 'payments-gateway-production-eu';
    const key = 'payments-gateway-prod-eu-west';
    const { env } = await serve({
      [PROJECTS]: [
        {
          status: 200,
          body: page([
            {
              project_name: name,
              project_key: key,
              description: 'the gateway that takes card payments for the shop',
              deploy_type: 'k8s',
            },
          ]),
        },
      ],
    });
    const { stdout } = await runCli(['project', 'list'], { env, tty: { stdout: true }, columns: 70 });
    const [header, row] = stdout.split('\n');
    expect(row).toContain(name);
    expect(row).toContain(key);
    expect(header).toMatch(/^PROJECT_NAME +PROJECT_KEY/);
    for (const line of [header, row]) expect(displayWidth(line ?? '')).toBeLessThanOrEqual(70);
  });
});

describe('help and errors in the user’s words', () => {
  it('no --help cites the server’s source (Go files, types, functions), which the spec keeps', async () => {
    const cites = /\.go\b|`OpenAPI\w+|pkg\/microservice|\w+\.Validate\b/;
    const cited: string[] = [];
    for (const command of commands) {
      const { code, stdout } = await runCli([command.module, command.verb, '--help']);
      expect(code).toBe(0);
      if (cites.test(stdout)) cited.push(`${command.module} ${command.verb}: ${cites.exec(stdout)?.[0]}`);
    }
    expect(cited).toEqual([]);
    // The citations are still in the spec, for whoever maintains it.
    const spec = readFileSync(
      createRequire(import.meta.url).resolve('@zadig-ts/openapi/openapi.json'),
      'utf8',
    );
    expect(spec).toMatch(cites);
    const user = await runCli(['user', 'get', '--help']);
    expect(user.stdout).toContain("Undocumented: not in Zadig's docs.");
  });

  it("a 401 in text mode shows Zadig's description, as -o json does", async () => {
    const body = { code: 6, message: 'Unauthorized', description: 'token is expired' };
    const { env } = await serve({ [PROJECTS]: [{ status: 401, body }] });
    const text = await runCli(['project', 'list'], { env });
    expect(text.code).toBe(4);
    expect(text.stderr).toContain(
      'error: the server rejected the token (HTTP 401) for GET /openapi/projects/project (Zadig: Unauthorized: token is expired)\n',
    );
    const json = await runCli(['project', 'list', '-o', 'json'], { env });
    expect(JSON.parse(json.stderr).error).toMatchObject({ description: 'token is expired' });
  });

  it("--server to a host without a profile says the default profile's token stays with its own server", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zadigctl-output-'));
    const config = join(dir, 'xdg', 'zadigctl', 'config.yaml');
    mkdirSync(join(config, '..'), { recursive: true });
    const own = 'http://127.0.0.1:9';
    const other = 'http://127.0.0.1:10';
    writeFileSync(
      config,
      stringify({ defaultProfile: 'alpha', profiles: { alpha: { url: own, token: 'alpha-token' } } }),
      { mode: 0o600 },
    );
    const env = { HOME: dir, XDG_CONFIG_HOME: join(dir, 'xdg') };
    const result = await runCli(['project', 'list', '--server', other], { env });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      `error: no API token for ${other}: profile alpha is for ${own}, so its token is not sent to ${other} (from --server)\n`,
    );
    expect(result.stderr).toContain(`Pass a token for ${other} in ZADIG_TOKEN`);
    expect(result.stderr).toContain(`zadigctl auth login --server ${other} --profile <name>`);
  });
});
