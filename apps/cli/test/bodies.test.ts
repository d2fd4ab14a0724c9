// The canonical flags reach request bodies (the spec's x-cli-flag marks), `workflow run <workflow> -f KEY=VALUE`
// builds its body from the workflow's definition, and body keys the schema does not know are named. Against a
// recording server on 127.0.0.1: what was sent is read from the wire.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from './run-cli.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const dir = mkdtempSync(join(tmpdir(), 'zadigctl-bodies-'));
const CREATE = 'POST /openapi/delivery/releases/k8s';
const DETAIL = 'GET /openapi/delivery/releases/detail';
const RUN = 'POST /openapi/workflows/custom/task';
const DEFINITION = 'GET /openapi/workflows/custom/deploy/detail';

function file(name: string, body: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, stringify(body));
  return path;
}

/** A HOME whose config has a profile for `url` whose default project is `project` (`config set project`). */
async function profileHome(url: string, project: string) {
  const home = mkdtempSync(join(tmpdir(), 'zadigctl-bodies-home-'));
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };
  const config = join(home, 'xdg', 'zadigctl', 'config.yaml');
  mkdirSync(join(config, '..'), { recursive: true });
  writeFileSync(config, stringify({ defaultProfile: 'prod', profiles: { prod: { url, token: 't' } } }), {
    mode: 0o600,
  });
  const set = await runCli(['config', 'set', 'project', project], { env });
  expect(set.code, set.stderr).toBe(0);
  return env;
}

const version = { version_name: 'v1', source: 'manual', services: [] };
const created = { status: 200, body: { message: 'success' } };
const detail = (status: string) => ({
  status: 200,
  body: { version: 'v1', project_name: 'shop', type: 'K8SYaml', status, services: [] },
});

describe('canonical flags in request bodies', () => {
  it('the default project (config set project) fills a version body without project_key, and --wait follows it', async () => {
    server = await startFaultServer({
      [CREATE]: [created],
      [DETAIL]: [detail('creating'), detail('success')],
    });
    const env = await profileHome(server.url, 'shop');
    const { code, stderr } = await runCli(
      ['releases', 'create-k8s', '--file', file('v.yaml', version), '--wait', '-o', 'json'],
      { env },
    );
    expect(stderr).not.toContain('cannot tell what to wait for');
    expect(code).toBe(0);
    const [sent] = server.requestsTo(CREATE);
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ ...version, project_key: 'shop' });
    const polls = server.requestsTo(DETAIL);
    expect(polls.length).toBe(2);
    for (const poll of polls) {
      expect(poll.query.get('projectKey')).toBe('shop');
      expect(poll.query.get('versionName')).toBe('v1');
    }
  });

  it('--wait with no project given anywhere is refused before the version is created', async () => {
    server = await startFaultServer({ [CREATE]: [created] });
    const { code, stderr } = await runCli(
      ['releases', 'create-k8s', '--file', file('v.yaml', version), '--wait'],
      { env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' } },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--wait cannot tell what to wait for: --project is not given');
    expect(stderr).toContain('zadigctl config set project <key>');
    expect(server.requests).toEqual([]);
  });

  it('-p fills the body; --dry-run shows the body that would be sent', async () => {
    const { code, stdout, stderr } = await runCli(
      ['releases', 'create-k8s', '--file', file('v.yaml', version), '-p', 'shop', '--dry-run', '-o', 'json'],
      { env: { ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: 't', ZADIG_PROJECT: 'other' } },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).body).toEqual({ ...version, project_key: 'shop' });
  });

  it('a body value that disagrees with a flag is a usage error naming both, and nothing is sent', async () => {
    server = await startFaultServer({ [CREATE]: [created] });
    const body = file('other.yaml', { ...version, project_key: 'other' });
    const { code, stderr } = await runCli(['releases', 'create-k8s', '--file', body, '-p', 'shop'], {
      env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--project "shop" disagrees with project_key: "other"');
    expect(stderr).toContain(body);
    expect(server.requests).toEqual([]);
  });

  it('the default project never overrides the body, and the body names the project of the path and query', async () => {
    server = await startFaultServer({
      'PUT /openapi/service/yaml/web': [{ status: 200, body: { message: 'success' } }],
    });
    const { code } = await runCli(
      [
        'service',
        'update-config',
        'web',
        '--file',
        file('svc.yaml', { project_name: 'other', type: 'k8s', yaml: 'a: b' }),
      ],
      { env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't', ZADIG_PROJECT: 'shop' } },
    );
    expect(code).toBe(0);
    const [sent] = server.requests;
    expect(sent?.query.get('projectKey')).toBe('other');
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ project_name: 'other', service_name: 'web' });
  });

  it('workflow run --file with no project_key takes the default project, and -p is a flag of it', async () => {
    server = await startFaultServer({
      [RUN]: [{ status: 200, body: { project_name: 'shop', workflow_name: 'deploy', task_id: 3 } }],
    });
    const run = file('run.yaml', { workflow_key: 'deploy', inputs: [] });
    const env = { ZADIG_URL: server.url, ZADIG_TOKEN: 't' };
    expect(
      (await runCli(['workflow', 'run', '--file', run], { env: { ...env, ZADIG_PROJECT: 'shop' } })).code,
    ).toBe(0);
    const flagged = await runCli(['workflow', 'run', '--file', run, '-p', 'web'], { env });
    expect(flagged.stderr).toBe('');
    expect(server.requestsTo(RUN).map((r) => JSON.parse(r.body).project_key)).toEqual(['shop', 'web']);
  });
});

describe('-f/--raw-field and -F/--field set body fields, as in zadigctl api', () => {
  const env = { ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: 't' };

  it('build a body with the canonical flags when no file is given', async () => {
    const { code, stdout, stderr } = await runCli(
      [
        'releases',
        'create-k8s',
        '-p',
        'shop',
        '--release',
        'v2',
        '-f',
        'source=manual',
        '-f',
        'services[][service_name]=web',
        '--dry-run',
        '-o',
        'json',
      ],
      { env },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).body).toEqual({
      source: 'manual',
      services: [{ service_name: 'web' }],
      project_key: 'shop',
      version_name: 'v2',
    });
  });

  it('a field the body file gives differently is an error naming its pointer; an equal one is fine', async () => {
    const body = file('fields.yaml', { ...version, project_key: 'shop' });
    const clash = await runCli(
      ['releases', 'create-k8s', '--file', body, '-f', 'version_name=v2', '--dry-run'],
      {
        env,
      },
    );
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('-f/-F version_name="v2" disagrees with /version_name: "v1"');
    const same = await runCli(
      ['releases', 'create-k8s', '--file', body, '-f', 'version_name=v1', '--dry-run'],
      {
        env,
      },
    );
    expect(same.code, same.stderr).toBe(0);
  });
});

const definition = {
  workflow_key: 'deploy',
  workflow_name: 'Deploy',
  project_key: 'shop',
  params: [
    { name: 'branch', type: 'string', value: 'main' },
    { name: 'target', type: 'choice', value: 'dev', choice_option: ['dev', 'prod'] },
    { name: 'images', type: 'multi-select', choice_option: ['a', 'b'] },
  ],
  stages: [
    { name: 'build', jobs: [{ name: 'build', type: 'zadig-build', spec: {} }] },
    { name: 'script', jobs: [{ name: 'script', type: 'freestyle', spec: { freestyle_type: '' } }] },
    { name: 'ok', jobs: [{ name: 'approve', type: 'approval', spec: {} }] },
  ],
};

describe('workflow run <workflow> -f KEY=VALUE', () => {
  async function start() {
    server = await startFaultServer({
      [DEFINITION]: [{ status: 200, body: definition }],
      [RUN]: [{ status: 200, body: { project_name: 'shop', workflow_name: 'deploy', task_id: 4 } }],
    });
    return { ZADIG_URL: server.url, ZADIG_TOKEN: 't', ZADIG_PROJECT: 'shop' };
  }

  it("reads the workflow's definition, then sends its variables and the jobs that can run", async () => {
    const env = await start();
    const { code, stderr } = await runCli(
      ['workflow', 'run', 'deploy', '-f', 'branch=release/1.2', '--raw-field', 'target=prod'],
      { env },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('job build (zadig-build) is skipped');
    const [read] = server?.requestsTo(DEFINITION) ?? [];
    expect(read?.query.get('projectKey')).toBe('shop');
    const [sent] = server?.requestsTo(RUN) ?? [];
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({
      workflow_key: 'deploy',
      project_key: 'shop',
      parameters: [
        { name: 'branch', type: 'string', value: 'release/1.2' },
        { name: 'target', type: 'choice', value: 'prod' },
      ],
      inputs: [
        { job_name: 'script', job_type: 'freestyle', parameters: {} },
        { job_name: 'approve', job_type: 'approval', parameters: {} },
      ],
    });
  });

  it('an unknown key names the known ones; a choice outside its options names them; nothing is run', async () => {
    const env = await start();
    const unknown = await runCli(['workflow', 'run', 'deploy', '-f', 'brnch=x'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('workflow deploy has no variable "brnch" (did you mean branch?)');
    expect(unknown.stderr).toContain('Its variables: branch, target, images.');
    const choice = await runCli(['workflow', 'run', 'deploy', '-f', 'target=staging'], { env });
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('Its choices: dev, prod.');
    expect(server?.requestsTo(RUN)).toEqual([]);
  });

  it('-f with an existing file is told to use --file; a body file still works, with -f on top', async () => {
    const env = await start();
    const body = file('run-deploy.yaml', { workflow_key: 'deploy', inputs: [] });
    const habit = await runCli(['workflow', 'run', '-f', body], { env });
    expect(habit.code).toBe(2);
    expect(habit.stderr).toContain(`use --file ${body}`);
    const both = await runCli(['workflow', 'run', '--file', body, '-f', 'branch=dev'], { env });
    expect(both.code, both.stderr).toBe(0);
    expect(JSON.parse(server?.requestsTo(RUN)[0]?.body ?? '{}')).toEqual({
      workflow_key: 'deploy',
      project_key: 'shop',
      inputs: [],
      parameters: [{ name: 'branch', type: 'string', value: 'dev' }],
    });
  });
});

describe('unknown body keys', () => {
  const env = { ZADIG_URL: 'http://127.0.0.1:9', ZADIG_TOKEN: 't', ZADIG_PROJECT: 'shop' };

  it('are warned with the closest known key, exit code unchanged; --strict refuses them', async () => {
    const body = file('typo.yaml', {
      ...version,
      sourse: 'manual',
      services: [{ service_name: 'a', imgaes: [] }],
    });
    const warned = await runCli(['releases', 'create-k8s', '--file', body, '--dry-run', '-o', 'json'], {
      env,
    });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('/sourse (did you mean source?)');
    expect(warned.stderr).toContain('/services/0/imgaes (did you mean images?)');
    expect(JSON.parse(warned.stdout).body.sourse).toBe('manual');
    const strict = await runCli(['releases', 'create-k8s', '--file', body, '--dry-run', '--strict'], { env });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('/sourse (did you mean source?)');
    expect(strict.stdout).toBe('');
  });

  it('are not looked for inside free-form maps', async () => {
    const body = file('free.yaml', {
      workflow_key: 'deploy',
      inputs: [{ job_name: 'x', job_type: 'approval', parameters: { anything: 1 } }],
    });
    const { code, stderr } = await runCli(['workflow', 'run', '--file', body, '--dry-run', '--strict'], {
      env,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
