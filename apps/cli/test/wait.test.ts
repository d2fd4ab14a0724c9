import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from './run-cli.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const RUN = 'POST /openapi/workflows/custom/task';
const TASK = 'GET /openapi/workflows/custom/task';
const body = JSON.stringify({ project_key: 'demo', workflow_key: 'deploy' });
const task = (status: string, stage = 'build') => ({
  status: 200,
  body: {
    task_id: 7,
    workflow_key: 'deploy',
    status,
    stages: [{ name: stage, status, jobs: [{ name: `${stage}-job`, status }] }],
  },
});

function env(url: string) {
  return { ZADIG_URL: url, ZADIG_TOKEN: 't' };
}

describe('--wait', () => {
  it('runs a workflow, reports progress as plain lines when piped, and exits 0 when it passes', async () => {
    server = await startFaultServer({
      [RUN]: [{ status: 200, body: { project_name: 'demo', workflow_name: 'deploy', task_id: 7 } }],
      [TASK]: [task('running'), task('running', 'deploy'), task('passed', 'deploy')],
    });
    const { code, stdout, stderr } = await runCli(
      ['workflow', 'run', '--file', '-', '--wait', '-o', 'json'],
      {
        env: env(server.url),
        input: body,
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).status).toBe('passed');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^\[00:\d\d\] deploy 7: running, stage build \(running\), job build-job \(running\)$/,
      ),
      expect.stringMatching(
        /^\[00:\d\d\] deploy 7: running, stage deploy \(running\), job deploy-job \(running\)$/,
      ),
      expect.stringMatching(/^\[00:\d\d\] deploy 7: passed, stage deploy \(passed\)$/),
      // The summary: final status, the task's page in the web UI, how to read its logs.
      expect.stringMatching(/^Task deploy #7: passed after 00:\d\d$/),
      `  logs: zadigctl workflow log deploy 7 <job>`,
    ]);
    expect(
      server
        .requestsTo(TASK)
        .every((r) => r.query.get('taskId') === '7' && r.query.get('workflowKey') === 'deploy'),
    ).toBe(true);
  });

  it('exits 1 when the task fails', async () => {
    server = await startFaultServer({
      [RUN]: [{ status: 200, body: { project_name: 'demo', workflow_name: 'deploy', task_id: 7 } }],
      [TASK]: [task('running'), task('failed')],
    });
    const { code, stdout } = await runCli(
      ['workflow', 'run', '--file', '-', '--wait', '--json', 'task_id,status'],
      {
        env: env(server.url),
        input: body,
      },
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ task_id: 7, status: 'failed' });
  });

  it('ends with the failed stages and jobs, their errors, the web page and the logs command', async () => {
    const failed = {
      task_id: 7,
      workflow_key: 'deploy',
      workflow_name: 'Deploy all',
      project_key: 'demo',
      status: 'failed',
      error: '',
      stages: [
        { name: 'build', status: 'passed', jobs: [{ name: 'build-api', status: 'passed' }] },
        {
          name: 'deploy',
          status: 'failed',
          error: 'stage deploy failed',
          jobs: [
            { name: 'deploy-api', type: 'zadig-deploy', status: 'failed', error: 'image pull backoff' },
            { name: 'deploy-web', type: 'zadig-deploy', status: 'passed' },
          ],
        },
      ],
    };
    server = await startFaultServer({ [TASK]: [task('running'), { status: 200, body: failed }] });
    const { code, stderr } = await runCli(['workflow', 'task', 'deploy', '7', '--wait', '-o', 'json'], {
      env: env(server.url),
    });
    expect(code).toBe(1);
    const summary = stderr.slice(stderr.indexOf('Task deploy #7'));
    expect(summary.split('\n')).toEqual([
      expect.stringMatching(/^Task deploy #7: failed after 00:\d\d$/),
      '  stage deploy: failed: stage deploy failed',
      '    job deploy-api (zadig-deploy): failed: image pull backoff',
      `  web:  ${server.url}/v1/projects/detail/demo/pipelines/custom/deploy/7?display_name=Deploy%20all`,
      '  logs: zadigctl workflow log deploy 7 deploy-api',
      '',
    ]);
  });

  it("says what a failed job was working on, from its type's spec", async () => {
    const job = (type: string, spec: unknown) => ({
      name: `${type}-job`,
      type,
      status: 'failed',
      error: 'boom',
      spec,
    });
    const failed = {
      task_id: 7,
      workflow_key: 'deploy',
      project_key: 'demo',
      status: 'failed',
      stages: [
        {
          name: 'all',
          status: 'failed',
          jobs: [
            job('zadig-deploy', {
              env: 'dev',
              service_and_images: [{ service_name: 'api', service_module: 'api', image: 'reg/api:1.2' }],
            }),
            job('zadig-build', { service_name: 'web', image: 'reg/web:3' }),
            job('approval', { type: 'native', description: 'release gate', lark_approval: null }),
            job('apollo', { apolloID: 'a1', namespaceList: [] }),
            job('zadig-test', null),
          ],
        },
      ],
    };
    server = await startFaultServer({ [TASK]: [{ status: 200, body: failed }] });
    const { code, stderr } = await runCli(['workflow', 'task', 'deploy', '7', '--wait', '-o', 'json'], {
      env: env(server.url),
    });
    expect(code).toBe(1);
    const summary = stderr.slice(stderr.indexOf('Task deploy #7')).split('\n');
    expect(summary.slice(1, 11)).toEqual([
      '  stage all: failed',
      '    job zadig-deploy-job (zadig-deploy): failed: boom',
      '      env dev, api/api reg/api:1.2',
      '    job zadig-build-job (zadig-build): failed: boom',
      '      web, reg/web:3',
      '    job approval-job (approval): failed: boom',
      '      native approval, release gate',
      '    job apollo-job (apollo): failed: boom',
      '    job zadig-test-job (zadig-test): failed: boom',
      expect.stringMatching(/^ {2}web: /),
    ]);
  });

  it('keeps the elapsed time moving on a terminal between polls, and stops the ticker at the end', async () => {
    server = await startFaultServer({ [TASK]: [task('running'), task('passed')] });
    const ticks: Array<{ ms: number; fn: () => void; stopped: boolean }> = [];
    let redrawn = 0;
    const { code, stderr } = await runCli(['workflow', 'task', 'deploy', '7', '--wait', '-o', 'json'], {
      env: env(server.url),
      tty: { stderr: true },
      every: (ms, fn) => {
        const tick = { ms, fn, stopped: false };
        ticks.push(tick);
        return () => {
          tick.stopped = true;
        };
      },
      interruptWhen: (text) => {
        // Each time the progress line appears, a tick redraws it with the time now.
        if (ticks[0] && !ticks[0].stopped && !redrawn && text.endsWith(')  00:00')) {
          redrawn++;
          ticks[0].fn();
        }
        return false;
      },
    });
    expect(code).toBe(0);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatchObject({ ms: 1000, stopped: true });
    // The line drawn by the tick: the same status, redrawn in place.
    expect(stderr.split('\r\u001b[2K').filter((l) => l.includes('running')).length).toBeGreaterThan(1);
  });

  it('stops at --timeout with exit code 5 and says how to resume', async () => {
    server = await startFaultServer({ [TASK]: [task('running')] });
    const { code, stderr } = await runCli(['workflow', 'task', 'deploy', '7', '--wait', '--timeout', '1s'], {
      env: env(server.url),
    });
    expect(code).toBe(5);
    expect(stderr).toContain(
      'task 7 of workflow deploy was still running after 1000 ms; stopped waiting (it was not cancelled)',
    );
    expect(stderr).toContain('Resume with: zadigctl workflow task deploy 7 --wait');
  });

  it('stops waiting on Ctrl-C in process too, after exactly the polls made', async () => {
    server = await startFaultServer({ [TASK]: [task('running')] });
    const { code, stderr } = await runCli(
      ['workflow', 'task', '--workflowKey', 'deploy', '--taskId', '7', '--wait'],
      { env: env(server.url), interruptWhen: (text) => text.includes('running') },
    );
    expect(code).toBe(130);
    expect(stderr).toContain('stopped waiting for deploy 7; it goes on on the server');
    expect(server.requestsTo(TASK)).toHaveLength(1);
  });

  it('stops waiting on SIGINT (a spawned process) without cancelling anything, exit code 130', async () => {
    server = await startFaultServer({ [TASK]: [task('running')] });
    const child = spawn(
      process.execPath,
      [BIN, 'workflow', 'task', '--workflowKey', 'deploy', '--taskId', '7', '--wait'],
      {
        env: { PATH: process.env.PATH ?? '', ...env(server.url) },
      },
    );
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!interrupted && stderr.includes('running')) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('stopped waiting for deploy 7; it goes on on the server');
    expect(stderr).toContain('Resume with: zadigctl workflow task deploy 7 --wait');
    expect(server.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('waits for a version it creates', async () => {
    server = await startFaultServer({
      'POST /openapi/delivery/releases/k8s': [{ status: 200, body: { message: 'success' } }],
      'GET /openapi/delivery/releases/detail': [
        {
          status: 200,
          body: { version: 'v9', project_name: 'demo', type: 'K8SYaml', status: 'creating', services: [] },
        },
        {
          status: 200,
          body: { version: 'v9', project_name: 'demo', type: 'K8SYaml', status: 'success', services: [] },
        },
      ],
    });
    const version = { project_key: 'demo', version_name: 'v9', source: 'manual', services: [] };
    const { code, stdout } = await runCli(
      ['releases', 'create-k8s', '--file', '-', '--wait', '--json', 'version,status'],
      {
        env: env(server.url),
        input: JSON.stringify(version),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: 'v9', status: 'success' });
  });

  it('shows a live progress line on a terminal', async () => {
    server = await startFaultServer({ [TASK]: [task('running'), task('passed')] });
    const cmd = `${process.execPath} ${BIN} workflow task --workflowKey deploy --taskId 7 --wait -o json`;
    // util-linux `script` runs the command on a pseudo-terminal.
    // Asynchronously: the fault server lives in this process and must keep answering.
    const { stdout } = await promisify(execFile)('script', ['-qec', cmd, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', ...env(server.url) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const ERASE_LINE = '\r\u001b[2K';
    const first = stdout.split(ERASE_LINE)[1] ?? '';
    expect(first).toMatch(
      /^[|/\\-] deploy 7: running, stage build \(running\), job build-job \(running\) {2}00:0\d/,
    );
    expect(stdout).toContain('"status": "passed"');
  });

  it('refuses --wait where there is nothing to wait for', async () => {
    const { code, stderr } = await runCli(['project', 'list', '--wait'], { env: env('http://127.0.0.1:1') });
    expect(code).toBe(2);
    expect(stderr).toContain('unknown flag --wait for `zadigctl project list`');
  });
});

describe('logs', () => {
  it('streams a workflow job log line by line until the server ends it', async () => {
    server = await startFaultServer({
      'GET /openapi/logs/sse/v4/workflow/deploy/7/build/1000': [
        {
          chunks: [
            { data: 'data: cloning repo\n\n' },
            { data: 'data: building\ndata: done\n\n', delayMs: 50 },
          ],
        },
      ],
    });
    const { code, stdout } = await runCli(
      [
        'workflow',
        'logs',
        '--workflowName',
        'deploy',
        '--taskID',
        '7',
        '--jobName',
        'build',
        '--lines',
        '1000',
      ],
      { env: env(server.url) },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('cloning repo\nbuilding\ndone\n');
  });
});
