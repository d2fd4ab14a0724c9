// The built binary, spawned as a user runs it: what only a real process shows. Start-up without the CLI
// loaded, exit codes as a shell sees them, a body and a token on stdin, a closed pipe, the built-in mock.
// Signals and terminals are spawned in wait.test.ts and auth.test.ts; everything else runs in process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FaultServer, refusedUrl, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { BIN, spawnCli } from './run-cli.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PLANS = 'GET /openapi/release_plan/v1';

describe('zadigctl as a process', () => {
  it('prints its version and help, exit 0', async () => {
    expect(await spawnCli(['--version'])).toEqual({
      code: 0,
      stdout: `zadigctl ${pkg.version}\n`,
      stderr: '',
    });
    const help = await spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('4  authentication or permission failure');
  });

  it('a read loads the read path only, all CommonJS: neither the builtins, help, yaml nor the ES module loader', async () => {
    server = await startFaultServer({
      'GET /openapi/delivery/releases': [
        { status: 200, body: { total: 1, list: [{ id: 'r1', version: 'v1' }] } },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'zadigctl-probe-'));
    try {
      const out = join(dir, 'probe.json');
      const env = {
        ZADIG_URL: server.url,
        ZADIG_TOKEN: 't',
        NODE_OPTIONS: `--require ${fileURLToPath(new URL('./load-probe.cjs', import.meta.url))}`,
        LOAD_PROBE_OUT: out,
      };
      const loads = async (args: string[]) => {
        const { code, stderr } = await spawnCli(args, { env });
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const probe = JSON.parse(readFileSync(out, 'utf8')) as { files: string[]; esmLoader: boolean };
        expect(probe.esmLoader).toBe(false);
        return probe.files.filter((file) => file.startsWith(dirname(BIN))).map((file) => basename(file));
      };
      const read = await loads(['releases', 'list', '-p', 'shop']);
      expect(read).toContain('run.cjs');
      for (const file of read)
        expect(file).toMatch(/^((zadigctl|run|chunk-[A-Z0-9]+)\.cjs|operations\.json)$/);
      // What only YAML output needs is a chunk of its own, which the read above did not load.
      const yaml = await loads(['releases', 'list', '-p', 'shop', '-o', 'yaml']);
      expect(yaml.filter((file) => !read.includes(file)).length).toBeGreaterThan(0);
      expect(read.filter((file) => !yaml.includes(file))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on wrong usage, saying what is wrong on stderr only', async () => {
    const { code, stdout, stderr } = await spawnCli(['relases', 'list']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "relases"\nDid you mean `zadigctl releases`?');
  });

  it('exits 1 on an API error, 4 on 403, 5 when the server cannot be reached', async () => {
    server = await startFaultServer({
      [PLANS]: [{ status: 400, body: { code: 6560, message: 'bad', description: 'really bad' } }],
      'GET /openapi/release_plan/v1/p1': [{ status: 403 }],
    });
    const env = { ZADIG_URL: server.url, ZADIG_TOKEN: 't' };
    const failed = await spawnCli(['release-plans', 'list'], { env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('failed with 400: bad: really bad');
    expect((await spawnCli(['release-plans', 'get', 'p1'], { env })).code).toBe(4);
    const refused = await spawnCli(['release-plans', 'list'], {
      env: { ...env, ZADIG_URL: await refusedUrl() },
    });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('could not connect (ECONNREFUSED)');
  });

  it('reads a request body from stdin with --file -', async () => {
    server = await startFaultServer({
      'POST /openapi/workflows/custom/task': [{ status: 200, body: { workflow_name: 'deploy', task_id: 3 } }],
    });
    const body = { project_key: 'demo', workflow_key: 'deploy' };
    const { code, stdout } = await spawnCli(['workflow', 'run', '--file', '-', '-o', 'json'], {
      env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
      input: JSON.stringify(body),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).task_id).toBe(3);
    expect(JSON.parse(server.requestsTo('POST /openapi/workflows/custom/task')[0]?.body ?? '')).toEqual(body);
  });

  it('ends quietly with 0 when the reader of its output has gone (| head -1)', async () => {
    const list = [{ id: 'p1', name: 'plan', status: 'success' }];
    server = await startFaultServer({ [PLANS]: [{ status: 200, body: { list, total: 1 } }] });
    const child = spawn(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" release-plans list; echo "exit=$?" >&2`],
      {
        env: { PATH: process.env.PATH ?? '', ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // The reader goes away before any output: the server answering the request lives in this process and
    // cannot answer before this line has run, so the write below is certain to meet a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(server.requestsTo(PLANS)).toHaveLength(1);
    expect(stderr).toBe('exit=0\n');
  });

  it('runs against the built-in mock: the first --mock starts it in the background, later ones reuse it', async () => {
    const env = { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'zadigctl-smoke-state-')) };
    try {
      const first = await spawnCli(['--mock', 'releases', 'list', '-p', 'storefront', '-o', 'json'], { env });
      expect(first.stderr).toMatch(
        /^Started the Zadig simulator at http:\/\/127\.0\.0\.1:\d+ in the background/,
      );
      expect(first.code).toBe(0);
      const before = JSON.parse(first.stdout) as { total: number };
      expect(before.total).toBeGreaterThan(0);
      const url = /at (http:\/\/\S+) in/.exec(first.stderr)?.[1];
      // Later commands reuse it, with what earlier ones changed: a version one creates, the next lists.
      const created = await spawnCli(['--mock', 'releases', 'create-k8s', '--file', '-'], {
        env,
        input: JSON.stringify({ project_key: 'storefront', version_name: 'v9.9.9', source: 'manual' }),
      });
      expect(created).toMatchObject({ code: 0, stderr: '' });
      const later = await spawnCli(['--mock', 'releases', 'list', '-p', 'storefront', '-o', 'json'], { env });
      expect(later).toMatchObject({ code: 0, stderr: '' });
      const after = JSON.parse(later.stdout) as { total: number; list: { version_name: string }[] };
      expect(after.total).toBe(before.total + 1);
      expect(after.list[0]?.version_name).toBe('v9.9.9');
      const status = await spawnCli(['mock', 'status', '-o', 'json'], { env });
      expect(JSON.parse(status.stdout)).toMatchObject({ running: true, url });
    } finally {
      expect((await spawnCli(['mock', 'stop'], { env })).stdout).toBe('Stopped the mock server.\n');
    }
    const after = await spawnCli(['mock', 'status'], { env });
    expect(after).toMatchObject({ code: 1, stdout: 'not running (the next --mock command starts it)\n' });
    rmSync(env.XDG_STATE_HOME, { recursive: true, force: true });
    // The ceiling only stops a real hang.
  }, 180_000);
});
