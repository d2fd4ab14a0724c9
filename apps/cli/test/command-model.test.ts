// The command model as people meet it: the same flags everywhere, identifiers as arguments, a default
// project, suggestions, discoverable bodies, output shaped by the spec, and releases.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { commands } from '../src/commands/catalog.js';
import { closest, editDistance } from '../src/model/suggest.js';
import { bodyFields } from '../src/output/body-fields.js';
import { VERSION } from '../src/version.js';
import { progressReporter } from '../src/wait/progress.js';
import { runCli } from './run-cli.js';

const prismUrl = inject('prismUrl');
const env = { ZADIG_URL: prismUrl, ZADIG_TOKEN: 'model-test-token' };

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fresh HOME with a config file holding `profiles`, and its path. */
function home(profiles?: Record<string, Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), 'zadigctl-model-'));
  const config = join(dir, 'xdg', 'zadigctl', 'config.yaml');
  if (profiles) {
    mkdirSync(join(config, '..'), { recursive: true });
    writeFileSync(config, stringify({ defaultProfile: Object.keys(profiles)[0], profiles }), { mode: 0o600 });
  }
  return {
    env: { HOME: dir, XDG_CONFIG_HOME: join(dir, 'xdg'), XDG_STATE_HOME: join(dir, 'state') },
    config,
    dir,
  };
}

async function dryRunUrl(args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const { code, stdout, stderr } = await runCli([...args, '--dry-run', '-o', 'json'], {
    env: { ...env, ...extraEnv },
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout).url;
}

describe('the same words everywhere', () => {
  it('takes -w/-t, --workflow/--task, the API names and positional identifiers alike', async () => {
    const want = `${prismUrl}/openapi/workflows/custom/task?taskId=42&workflowKey=deploy`;
    expect(await dryRunUrl(['workflow', 'task', 'deploy', '42'])).toBe(want);
    expect(await dryRunUrl(['workflow', 'task', '-w', 'deploy', '-t', '42'])).toBe(want);
    expect(await dryRunUrl(['workflow', 'task', '--workflow=deploy', '--task', '42'])).toBe(want);
    expect(await dryRunUrl(['workflow', 'task', '--workflowKey', 'deploy', '--taskId', '42'])).toBe(want);
    // Sibling commands name the same things the same way, whatever the API calls them.
    expect(await dryRunUrl(['workflow', 'tasks', 'deploy', '-p', 'demo'])).toBe(
      `${prismUrl}/openapi/workflows/custom/deploy/tasks?projectKey=demo&pageNum=1&pageSize=20`,
    );
    expect(await dryRunUrl(['workflow', 'log', '-w', 'deploy', '-t', '42', '--job', 'build'])).toBe(
      `${prismUrl}/openapi/logs/log/v4/workflow/deploy/42/build`,
    );
    expect(await dryRunUrl(['project', 'get', 'demo'])).toBe(
      `${prismUrl}/openapi/projects/project/detail?projectKey=demo`,
    );
    expect(await dryRunUrl(['environment', 'get-service', 'dev', 'api', '-p', 'demo'])).toBe(
      `${prismUrl}/openapi/environments/dev/services/api?projectKey=demo`,
    );
  });

  it('sends every value of a repeated array flag', async () => {
    server = await startFaultServer({
      'GET /openapi/users': [{ status: 200, body: { users: [], total: 0 } }],
    });
    const { code } = await runCli(['user', 'list', '--roles', 'admin', '--roles', 'viewer'], {
      env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
    });
    expect(code).toBe(0);
    expect(server.requests[0]?.query.getAll('roles')).toEqual(['admin', 'viewer']);
  });

  it('suggests modules, commands and flags by edit distance, ignoring case', async () => {
    expect(editDistance('relases', 'releases')).toBe(1);
    expect(editDistance('lst', 'list')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(closest('PROJECTKEY', ['project', 'projectKey'])).toBe('projectKey');
    expect(closest('doctr', ['doctor', 'api'])).toBe('doctor');
    expect(closest('zzz', ['doctor', 'api'])).toBeUndefined();
    const cases: Array<[string[], string]> = [
      [['Relases', 'list'], 'Did you mean `zadigctl releases`?'],
      [['workflow', 'taks'], 'Did you mean `zadigctl workflow task`?'],
      [['workflow', 'task', '--workflw', 'x'], 'Did you mean --workflow?'],
      [['workflow', 'task', '--WorkflowKey', 'x'], 'Did you mean --workflow?'],
      [['mock', 'strat'], 'Did you mean `zadigctl mock start`?'],
      [['config', 'st', 'project', 'x'], 'Did you mean `zadigctl config set`?'],
    ];
    for (const [args, hint] of cases) {
      const { code, stderr } = await runCli(args, { env });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(hint);
    }
  });
});

describe('a default project', () => {
  it('comes from ZADIG_PROJECT, then the profile (config set project), and a flag wins over both', async () => {
    const h = home({ prod: { url: prismUrl, token: 'model-test-token' } });
    const list = (args: string[], extra: Record<string, string> = {}) =>
      runCli(['releases', 'list', '--dry-run', '-o', 'json', ...args], { env: { ...h.env, ...extra } });
    const missing = await list([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'Set a default with `zadigctl config set project <key>` or ZADIG_PROJECT.',
    );

    const set = await runCli(['config', 'set', 'project', 'demo'], { env: h.env });
    expect(set).toMatchObject({ code: 0, stdout: 'Set project to "demo" in profile "prod".\n' });
    expect(parse(readFileSync(h.config, 'utf8')).profiles.prod).toMatchObject({ project: 'demo' });
    expect(statSync(h.config).mode & 0o777).toBe(0o600);
    expect(JSON.parse((await list([])).stdout).url).toContain('projectKey=demo');
    expect(JSON.parse((await list([], { ZADIG_PROJECT: 'envp' })).stdout).url).toContain('projectKey=envp');
    expect(JSON.parse((await list(['-p', 'flag'], { ZADIG_PROJECT: 'envp' })).stdout).url).toContain(
      'projectKey=flag',
    );
    expect((await runCli(['config', 'get', 'project'], { env: h.env })).stdout).toBe('demo\n');

    expect((await runCli(['auth', 'status', '--jq', '.effective.project'], { env: h.env })).stdout).toBe(
      'demo\n',
    );
    const doctor = await runCli(['doctor', '--jq', '.checks[] | select(.name == "release") | .status'], {
      env: h.env,
    });
    expect(doctor.stdout).toBe('ok\n');
    const status = await runCli(['auth', 'status', '-o', 'json'], { env: h.env });
    expect(JSON.parse(status.stdout).effective.project).toBe('demo');
    expect(JSON.parse(status.stdout).profiles[0].project).toBe('demo');
    expect((await runCli(['auth', 'status'], { env: h.env })).stdout).toContain('  project  demo\n');

    expect((await runCli(['config', 'unset', 'project'], { env: h.env })).code).toBe(0);
    expect((await list([])).code).toBe(2);
    // auth use sets it too, with the default profile.
    const use = await runCli(['auth', 'use', 'prod', '--project', 'shop'], { env: h.env });
    expect(use.stdout).toBe('The default profile is now "prod"; its project is "shop".\n');
    expect(JSON.parse((await list([])).stdout).url).toContain('projectKey=shop');
  });

  it('only fills required project parameters, never an optional filter', async () => {
    const url = await dryRunUrl(['user', 'list'], { ZADIG_PROJECT: 'demo' });
    expect(url).not.toContain('projectName');
  });

  it('finds the subcommand of config and mock after flags that take a value', async () => {
    const h = home({ prod: { url: prismUrl, token: 'model-test-token' } });
    const set = await runCli(['config', '--profile', 'prod', 'set', 'project', 'demo'], { env: h.env });
    expect(set).toMatchObject({ code: 0, stdout: 'Set project to "demo" in profile "prod".\n' });
    const status = await runCli(['mock', '--jq', '.running', 'status'], { env: h.env });
    expect(status.stdout).toBe('false\n');
  });

  it('config refuses unknown keys and bad releases, and needs a profile', async () => {
    const h = home({ prod: { url: prismUrl } });
    const bad = await runCli(['config', 'set', 'projet', 'x'], { env: h.env });
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('unknown key "projet"\nDid you mean project?');
    const release = await runCli(['config', 'set', 'zadig-version', 'banana'], { env: h.env });
    expect(release.code).toBe(2);
    expect(release.stderr).toContain('"banana" is not a Zadig version');
    const none = await runCli(['config', 'set', 'project', 'x'], { env: home().env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no profile in use');
  });
});

describe('bodies you can discover', () => {
  it('lists the body fields in --help, with types, required marks, allowed values and nesting', async () => {
    const { code, stdout } = await runCli(['releases', 'create-k8s', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Body fields (a YAML or JSON file with --file, or piped on stdin;');
    expect(stdout).toMatch(/\n {2}version_name +string/);
    expect(stdout).toMatch(
      /\n {2}source +string \((required; )?one of: [^)]*manual, from_env, from_version\)/,
    );
    expect(stdout).toMatch(/\n {2}services\[\]\.images\[\]\.container_name +string/);
    // Whatever the spec requires is marked so, in any command's help.
    const withRequired = commands
      .filter((c) => c.operation.requestBody)
      .map((c) => ({ c, field: bodyFields(c.operation.operationId).find((f) => f.required && !f.enum) }))
      .find((x) => x.field);
    expect(withRequired).toBeDefined();
    const help = await runCli([withRequired?.c.module ?? '', withRequired?.c.verb ?? '', '--help']);
    expect(help.stdout).toMatch(
      new RegExp(`\\n {2}${withRequired?.field?.path.replace(/[.[\]]/g, '\\$&')} +\\S.* \\(required`),
    );
  });

  it('prints an example body as YAML that --file accepts', async () => {
    const h = home();
    const example = await runCli(['release-plans', 'create', '--example']);
    expect(example.code).toBe(0);
    expect(example.stdout).toMatch(/^# The documented example for `zadigctl release-plans create`\./);
    const file = join(h.dir, 'plan.yaml');
    writeFileSync(file, example.stdout);
    const sent = await runCli(['release-plans', 'create', '--file', file, '--dry-run', '-o', 'json'], {
      env,
    });
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout).body).toEqual(parse(example.stdout));
  });

  it('reads a body piped on stdin, checked against the schema', async () => {
    const body = { project_key: 'demo', workflow_key: 'deploy' };
    const ok = await runCli(['workflow', 'run', '--dry-run', '-o', 'json'], { env, input: stringify(body) });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).body).toEqual(body);
    const bad = await runCli(['releases', 'create-k8s', '--dry-run'], {
      env,
      input: 'project_key: [a, b]\nservices: 5\n',
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the request body from stdin does not match the createK8sRelease schema');
    expect(bad.stderr).toContain('/project_key: ');
    expect(bad.stderr).toContain('/services: ');
    const none = await runCli(['releases', 'create-k8s', '--dry-run'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'missing request body: pass --file <path> (YAML or JSON), or pipe it into the command',
    );
  });

  it('says what is wrong with a file in words', async () => {
    const h = home();
    const dir = await runCli(['workflow', 'run', '--file', h.dir, '--dry-run'], { env });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain(`--file: cannot read ${h.dir}: it is a directory, not a file (EISDIR)`);
    const missing = await runCli(['workflow', 'run', '--file', join(h.dir, 'nope.yaml'), '--dry-run'], {
      env,
    });
    expect(missing.stderr).toContain('no such file (ENOENT)');
  });
});

describe('output shaped by the spec', () => {
  it('shows a list wrapped in an object as a table of the list', async () => {
    const { code, stdout } = await runCli(['workflow', 'list', '-p', 'demo'], { env, tty: { stdout: true } });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^WORKFLOW_KEY +WORKFLOW_NAME/);
    expect(stdout).not.toContain('[2 items]');
    const piped = await runCli(['user', 'list'], { env });
    expect(piped.stdout.split('\n')[0]?.split('\t').length).toBeGreaterThan(2);
  });

  it('--json alone lists the fields; unknown ones are an error naming the valid ones; dotted paths reach nested fields', async () => {
    const fields = await runCli(['workflow', 'list', '-p', 'demo', '--json'], { env });
    expect(fields.code).toBe(0);
    expect(fields.stdout.split('\n')).toEqual(expect.arrayContaining(['workflow_key', 'workflow_name']));
    const picked = await runCli(['workflow', 'list', '-p', 'demo', '--json', 'workflow_key'], { env });
    expect(JSON.parse(picked.stdout)[0]).toEqual({ workflow_key: expect.any(String) });
    const bogus = await runCli(['releases', 'list', '-p', 'demo', '--json', 'version_name,bogus'], { env });
    expect(bogus.code).toBe(2);
    expect(bogus.stdout).toBe('');
    expect(bogus.stderr).toContain('--json: unknown field "bogus"\nAvailable fields: ');
    const nested = await runCli(['system', 'context', '--json', 'user.account'], { env });
    expect(nested.code).toBe(0);
    expect(JSON.parse(nested.stdout)).toEqual({ 'user.account': expect.any(String) });
    expect((await runCli(['system', 'context', '--json'], { env })).stdout).toContain('user.account\n');
  });

  it('--jq works on every command', async () => {
    const { code, stdout } = await runCli(
      ['workflow', 'list', '-p', 'demo', '--jq', '.workflows[0].workflow_key'],
      {
        env,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\S+\n$/);
    const bad = await runCli(['workflow', 'list', '-p', 'demo', '--jq', '.['], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jq:');
  });

  it('shows the paging footer on a terminal only when there are more pages', async () => {
    const page = (total: number) => ({
      status: 200,
      body: { list: [{ id: 'a', name: 'x' }], total },
    });
    server = await startFaultServer({ 'GET /openapi/release_plan/v1': [page(1), page(30)] });
    const opts = { env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' }, tty: { stdout: true, stderr: true } };
    const all = await runCli(['release-plans', 'list'], opts);
    expect(all.stderr).toBe('');
    const more = await runCli(['release-plans', 'list'], opts);
    expect(more.stderr).toBe('Showing 1 of 30 (page 1; --page-num 2 for the next)\n');
  });
});

describe('zadigctl api', () => {
  it('sends -f/-F fields as a query when the spec has a GET for the path', async () => {
    server = await startFaultServer({
      'GET /openapi/workflows/custom/task': [{ status: 200, body: { task_id: 46, status: 'passed' } }],
    });
    const { code, stderr } = await runCli(
      ['api', '/openapi/workflows/custom/task', '-f', 'workflowKey=deploy', '-F', 'taskId=46'],
      { env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' } },
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /openapi/workflows/custom/task?workflowKey=deploy&taskId=46',
    ]);
  });

  it('says on stderr which write method it inferred, before sending', async () => {
    const h = home();
    const planned = await runCli(
      ['api', '/openapi/delivery/releases/k8s', '-f', 'version_name=x', '--dry-run'],
      {
        env,
      },
    );
    expect(planned.stdout).toMatch(/^POST /);
    expect(planned.stderr).toContain(
      "zadigctl api: sending POST /openapi/delivery/releases/k8s (the spec's only method for it with a body: createK8sRelease); pass -X to choose",
    );
    const unknown = await runCli(['api', '/openapi/nowhere', '-f', 'a=1', '--dry-run'], {
      env: { ...env, ...h.env },
    });
    expect(unknown.stderr).toContain(
      'sending POST /openapi/nowhere (-f/-F fields and no GET in the spec for this path)',
    );
    const explicit = await runCli(['api', '-X', 'PUT', '/openapi/nowhere', '-f', 'a=1', '--dry-run'], {
      env,
    });
    expect(explicit.stderr).toBe('');
  });
});

describe('the audit log', () => {
  it('records each write sent (never reads, dry runs, the token or the body), mode 0600, shown by zadigctl audit', async () => {
    server = await startFaultServer({
      'POST /openapi/release_plan/v1': [
        { status: 200, headers: { 'x-request-id': 'rq-7' }, body: { message: 'success' } },
      ],
      'GET /openapi/release_plan/v1': [{ status: 200, body: { list: [], total: 0 } }],
      'DELETE /openapi/delivery/releases/9': [{ status: 200, body: { message: 'success' } }],
    });
    const h = home({ prod: { url: server.url, token: 'audit-secret-token' } });
    const plan = stringify({
      name: 'p',
      manager: 'm',
      manager_id: 'u',
      start_time: 1,
      end_time: 2,
      description: 'secret-body',
    });
    expect((await runCli(['release-plans', 'list'], { env: h.env })).code).toBe(0);
    expect((await runCli(['release-plans', 'create', '--dry-run'], { env: h.env, input: plan })).code).toBe(
      0,
    );
    const sent = await runCli(['release-plans', 'create'], { env: h.env, input: plan });
    expect(sent.code).toBe(0);
    const file = join(h.env.XDG_STATE_HOME, 'zadigctl', 'audit.log');
    const text = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(text).not.toContain('audit-secret-token');
    expect(text).not.toContain('secret-body');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        time: expect.any(String),
        profile: 'prod',
        server: server.url,
        method: 'POST',
        path: '/openapi/release_plan/v1',
        status: 200,
        requestId: 'rq-7',
        operationId: 'createReleasePlan',
      },
    ]);
    // zadigctl api writes are recorded too, with the operation found from the path.
    expect(
      (await runCli(['api', 'DELETE', '/openapi/delivery/releases/9?projectKey=demo'], { env: h.env })).code,
    ).toBe(0);
    const table = await runCli(['audit'], { env: h.env, tty: { stdout: true } });
    expect(table.stdout.split('\n')[0]).toMatch(/^TIME +PROFILE +METHOD +PATH +STATUS +OPERATIONID/);
    expect(table.stdout).toContain('createReleasePlan');
    const jq = await runCli(['audit', '--jq', '.[].operationId'], { env: h.env });
    expect(jq.stdout).toBe('createReleasePlan\ndeleteRelease\n');
    const json = await runCli(['audit', '-o', 'json', '--limit', '1'], { env: h.env });
    expect(JSON.parse(json.stdout)).toMatchObject({
      method: 'DELETE',
      path: '/openapi/delivery/releases/9',
      query: 'projectKey=demo',
      operationId: 'deleteRelease',
    });
  });
});

describe('releases', () => {
  it('refuses a command the release lacks with exit 2 before sending, from --zadig-version, ZADIG_VERSION or the profile', async () => {
    server = await startFaultServer({});
    const base = { ZADIG_URL: server.url, ZADIG_TOKEN: 't' };
    const flag = await runCli(
      ['environment', 'pods', 'dev', 'api', '-p', 'demo', '--zadig-version', 'v4.2.0'],
      {
        env: base,
      },
    );
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain(
      '`zadigctl environment pods` (listEnvironmentServicePods) is not available in Zadig v4.2.0 (from --zadig-version); it is in v4.3.0',
    );
    const fromEnv = await runCli(['environment', 'pods', 'dev', 'api', '-p', 'demo', '-o', 'json'], {
      env: { ...base, ZADIG_VERSION: '4.1' },
    });
    expect(fromEnv.code).toBe(2);
    expect(JSON.parse(fromEnv.stderr).error).toMatchObject({
      operationId: 'listEnvironmentServicePods',
      zadigVersion: '4.1',
      availableIn: expect.arrayContaining(['v4.3.0', 'v5.0.0']),
    });
    const h = home({ prod: { url: server.url, token: 't', zadigVersion: 'v4.2.0' } });
    // The profile's release is its server's only: not applied to another address.
    const elsewhere = await runCli(['environment', 'pods', 'dev', 'api', '-p', 'demo', '--dry-run'], {
      env: { ...h.env, ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: 't' },
    });
    expect(elsewhere.code).toBe(0);
    const fromProfile = await runCli(['environment', 'pods', 'dev', 'api', '-p', 'demo'], { env: h.env });
    expect(fromProfile.code).toBe(2);
    expect(fromProfile.stderr).toContain('(from profile prod)');
    expect(fromProfile.stderr).toContain('run `zadigctl doctor` to update the profile');
    expect(server.requests).toHaveLength(0);
    // A release that has it lets it through.
    const ok = await runCli(
      ['environment', 'pods', 'dev', 'api', '-p', 'demo', '--dry-run', '--zadig-version', 'v5.0.0'],
      {
        env: base,
      },
    );
    expect(ok.code).toBe(0);
  });
});

describe('the progress line', () => {
  it('redraws with the time now on each tick, on a terminal only', () => {
    let now = 0;
    const written: string[] = [];
    const tty = progressReporter(
      'deploy 7',
      true,
      (t) => written.push(t),
      () => now,
    );
    tty.update({ status: 'running', state: {}, elapsedMs: 0, attempt: 1 } as never);
    now = 5_000;
    tty.tick();
    expect(written.at(-1)).toMatch(/deploy 7: running {2}00:05$/);
    const piped: string[] = [];
    const plain = progressReporter(
      'deploy 7',
      false,
      (t) => piped.push(t),
      () => now,
    );
    plain.update({ status: 'running', state: {}, elapsedMs: 0, attempt: 1 } as never);
    plain.tick();
    expect(piped).toEqual(['[00:00] deploy 7: running\n']);
  });
});

describe('zadigctl mock status|stop', () => {
  it('finds the shared mock through its state file, and stops it', async () => {
    const h = home();
    const state = join(h.env.XDG_STATE_HOME, 'zadigctl', 'mock.json');
    mkdirSync(join(state, '..'), { recursive: true });
    // A stand-in for the supervisor: listens, writes the state file, and on SIGTERM removes it and exits.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const http = require('node:http'); const fs = require('node:fs');
         const server = http.createServer((q, r) => r.end('{}')).listen(0, '127.0.0.1', () => {
           fs.writeFileSync(process.argv[1], JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port,
             pid: process.pid, version: process.argv[2], startedAt: Date.now(), idleMs: 60000 }));
           process.stdout.write('ready\\n');
         });
         process.on('SIGTERM', () => { fs.rmSync(process.argv[1], { force: true }); process.exit(0); });`,
        state,
        VERSION,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const status = await runCli(['mock', 'status', '-o', 'json'], { env: h.env });
      expect(status.code).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({
        running: true,
        pid: child.pid,
        url: expect.any(String),
      });
      const stop = await runCli(['mock', 'stop'], { env: h.env });
      expect(stop.stdout).toBe('Stopped the mock server.\n');
      await exited;
      const after = await runCli(['mock', 'status'], { env: h.env });
      expect(after).toMatchObject({ code: 1, stdout: 'not running (the next --mock command starts it)\n' });
      expect((await runCli(['mock', 'stop'], { env: h.env })).stdout).toBe(
        'The mock server is not running.\n',
      );
    } finally {
      child.kill();
    }
  });
});

describe('servers older than v5.0.0 (no getCliContext)', () => {
  it('auth login and doctor check the token with a project list, and say the release is unknown', async () => {
    server = await startFaultServer({
      'GET /openapi/system/cli/context': [{ status: 404, body: '404 page not found' }],
      'GET /openapi/projects/project': [{ status: 200, body: { projects: [], total: 0 } }],
    });
    const h = home();
    const login = await runCli(['auth', 'login', '--server', server.url], {
      env: h.env,
      input: 'old-token-5678\n',
    });
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(
      `Logged in to ${server.url} as a user the server does not name (Zadig before v5.0.0)`,
    );
    expect(login.stdout).toContain('Zadig release: older than v5.0.0');
    expect(server.requestsTo('GET /openapi/projects/project')[0]?.query.get('pageSize')).toBe('1');
    const doctor = await runCli(['doctor', '-o', 'json'], { env: h.env });
    const checks = Object.fromEntries(
      (JSON.parse(doctor.stdout).checks as Array<{ name: string; status: string }>).map((c) => [
        c.name,
        c.status,
      ]),
    );
    expect(checks).toMatchObject({ authentication: 'ok', release: 'warn' });
    expect(doctor.code).toBe(0);
  });

  it('a token the project list rejects is rejected, and nothing is saved', async () => {
    server = await startFaultServer({
      'GET /openapi/system/cli/context': [{ status: 404, body: '404 page not found' }],
      'GET /openapi/projects/project': [{ status: 401, body: { code: 401, message: 'unauthorized' } }],
    });
    const h = home();
    const login = await runCli(['auth', 'login', '--server', server.url], {
      env: h.env,
      input: 'bad-token\n',
    });
    expect(login.code).toBe(4);
    expect(login.stderr).toContain('rejected the token (HTTP 401)');
  });
});
