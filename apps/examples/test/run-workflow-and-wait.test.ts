import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, type FaultStep, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { mockUrlOf, runScript } from './run-script.js';

const prism = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 't' };
// Polls at the default intervals (2 s, then 3 s, …), which take no time on the virtual clock.
const RUN = ['--workflow', 'build-images', '--project', 'shop'];
const LOG_PATH = '/openapi/logs/log/v4/workflow/build-images/7/build-api';
const STREAM_PATH = '/openapi/logs/sse/v4/workflow/build-images/7/build-api/1000';

function task(status: string, jobs: Array<{ status: string; error?: string }>): FaultStep {
  return {
    body: {
      task_id: 7,
      workflow_key: 'build-images',
      project_key: 'shop',
      status,
      start_time: 1700000000,
      end_time: status === 'running' ? 0 : 1700000075,
      error: status === 'failed' ? 'job build-api failed' : '',
      stages: [
        {
          name: 'build',
          status: jobs.some((j) => j.status === 'failed') ? 'failed' : jobs[0]?.status,
          jobs: jobs.map((job, i) => ({
            name: i === 0 ? 'build-api' : 'build-web',
            display_name: i === 0 ? 'build api' : 'build web',
            type: 'zadig-build',
            status: job.status,
            error: job.error ?? '',
          })),
        },
      ],
    },
  };
}

describe('run-workflow-and-wait', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(tasks: FaultStep[], logs: Record<string, FaultStep[]> = {}) {
    server = await startFaultServer({
      'POST /openapi/workflows/custom/task': [
        { body: { project_name: 'shop', workflow_name: 'build-images', task_id: 7 } },
      ],
      'GET /openapi/workflows/custom/task': tasks,
      ...logs,
    });
    return { ZADIG_URL: server.url, ZADIG_TOKEN: 't' };
  }

  it('runs the mock workflow and follows it to its end', async () => {
    const { code, stdout, stderr, sleptMs } = await runInProcess(
      'run-workflow-and-wait',
      ['--workflow', 'build-images', '--project', 'demo', '--param', 'USERNAME=zadig'],
      prism,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Started task #20 of workflow build-images (project demo)');
    expect(stdout).toContain('[0:00] stage build: passed');
    expect(sleptMs).toBe(0);
    expect(stdout).toContain('job echo-hello [freestyle]: passed');
    expect(stdout).toContain('Task #20 of workflow build-images: passed after 3:15:11');
  });

  it('uses a mock with --mock and stops it', async () => {
    const { code, stdout, stderr, mockStopped } = await runInProcess('run-workflow-and-wait', [
      '--mock',
      '--workflow',
      'w',
      '--project',
      'p',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Task #20 of workflow w: passed');
    expect(mockUrlOf(stderr)).toBe(inject('prismUrl'));
    expect(mockStopped).toBe(true);
  });

  // The one test that spawns tsx: the file runs as a script (the simulator started by --mock: release-from-env).
  it('runs as a script', async () => {
    const { code, stdout, stderr } = await runScript(
      'run-workflow-and-wait',
      ['--workflow', 'w', '--project', 'p'],
      {
        ZADIG_URL: inject('prismUrl'),
        ZADIG_TOKEN: 't',
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Task #20 of workflow w: passed');
  });

  it('prints status changes while running, the failed job log, and exits 1', async () => {
    const env = await serve(
      [
        task('running', [{ status: 'running' }, { status: 'running' }]),
        task('running', [{ status: 'running' }, { status: 'passed' }]),
        task('failed', [{ status: 'failed', error: 'exit code 1' }, { status: 'passed' }]),
      ],
      { [`GET ${LOG_PATH}`]: [{ body: 'npm ci\nnpm ERR! missing script: build\n' }] },
    );
    const { code, stdout, stderr, sleptMs } = await runInProcess(
      'run-workflow-and-wait',
      [...RUN, '--param', 'BRANCH=main', '--param', 'FLAGS=a=b'],
      env,
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(server?.requestsTo('GET /openapi/workflows/custom/task')).toHaveLength(3);
    expect(server?.requestsTo('GET /openapi/workflows/custom/task')[0]?.query.toString()).toBe(
      'taskId=7&workflowKey=build-images',
    );
    const body = JSON.parse(server?.requestsTo('POST /openapi/workflows/custom/task')[0]?.body ?? '{}');
    expect(body).toEqual({
      project_key: 'shop',
      workflow_key: 'build-images',
      parameters: [
        { name: 'BRANCH', value: 'main' },
        { name: 'FLAGS', value: 'a=b' },
      ],
    });
    // Each change once, in order, at the time of its poll: 0 s, 2 s, then 3 s later.
    const changes = stdout.split('\n').filter((line) => line.startsWith('['));
    expect(changes).toEqual([
      '[0:00] task: running',
      '[0:00] stage build: running',
      '[0:00]   job build api [zadig-build]: running',
      '[0:00]   job build web [zadig-build]: running',
      '[0:02]   job build web [zadig-build]: passed',
      '[0:05] task: failed',
      '[0:05] stage build: failed',
      '[0:05]   job build api [zadig-build]: failed (exit code 1)',
    ]);
    expect(sleptMs).toBe(5000);
    expect(stdout).toContain(
      '--- log of job build-api ---\n  | npm ci\n  | npm ERR! missing script: build\n--- end of log of job build-api ---',
    );
    expect(stdout).toContain(
      'Task #7 of workflow build-images: failed after 1:15\nError: job build-api failed',
    );
    expect(stdout.indexOf('--- log of job')).toBeLessThan(stdout.indexOf('Task #7 of workflow'));
  });

  it('streams the live log when the complete log is not saved yet', async () => {
    const env = await serve(
      [task('running', [{ status: 'running' }]), task('failed', [{ status: 'failed' }])],
      {
        [`GET ${LOG_PATH}`]: [{ body: '' }],
        [`GET ${STREAM_PATH}`]: [
          {
            chunks: [
              { data: 'event:message\ndata:compiling\n\n' },
              { data: 'event:message\ndata:error TS2322: boom\n\n', delayMs: 50 },
            ],
          },
        ],
      },
    );
    const { code, stdout, stderr } = await runInProcess('run-workflow-and-wait', RUN, env);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(server?.requestsTo(`GET ${STREAM_PATH}`)[0]?.headers.accept).toBe('text/event-stream');
    expect(stdout).toContain(
      '--- log of job build-api ---\n  | compiling\n  | error TS2322: boom\n--- end of log of job build-api ---',
    );
  });

  it('warns, and still exits with the task result, when no log can be had', async () => {
    const env = await serve([task('failed', [{ status: 'failed' }])], {
      [`GET ${LOG_PATH}`]: [{ status: 404, body: { type: 'error', code: 404, message: 'Not Found' } }],
      [`GET ${STREAM_PATH}`]: [{ status: 404, body: { type: 'error', code: 404, message: 'Not Found' } }],
    });
    const { code, stdout, stderr } = await runInProcess('run-workflow-and-wait', RUN, env);
    expect(code).toBe(1);
    expect(stderr).toContain('warning: no complete log of job build-api, reading the live stream');
    expect(stderr).toContain('warning: could not stream the log of job build-api');
    expect(stdout).toContain('Task #7 of workflow build-images: failed');
  });

  it('waits through running and exits 0 when the task passes, sending --inputs as given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'run-workflow-'));
    const inputs = [{ job_name: 'build', job_type: 'zadig-build', parameters: { registry: 'r' } }];
    await writeFile(join(dir, 'inputs.json'), JSON.stringify(inputs));
    const env = await serve([
      task('created', []),
      task('running', [{ status: 'running' }]),
      task('passed', [{ status: 'passed' }]),
    ]);
    const { code, stdout, sleptMs } = await runInProcess(
      'run-workflow-and-wait',
      [...RUN, '--inputs', join(dir, 'inputs.json'), '--poll-interval', '1000'],
      env,
    );
    expect(code).toBe(0);
    expect(server?.requestsTo('GET /openapi/workflows/custom/task')).toHaveLength(3);
    // Polls after --poll-interval, then half as long again.
    expect(sleptMs).toBe(2500);
    expect(stdout).toContain('task: created');
    expect(stdout).toContain('Task #7 of workflow build-images: passed');
    expect(stdout).not.toContain('--- log of job');
    const body = JSON.parse(server?.requestsTo('POST /openapi/workflows/custom/task')[0]?.body ?? '{}');
    expect(body.inputs).toEqual(inputs);
  });

  it('exits 1 for a task that ends in another way than passed', async () => {
    const env = await serve([task('cancelled', [{ status: 'cancelled' }])]);
    const { code, stdout } = await runInProcess('run-workflow-and-wait', RUN, env);
    expect(code).toBe(1);
    expect(stdout).toContain('Task #7 of workflow build-images: cancelled');
  });

  it.each([
    [['--workflow', 'w'], 'missing required flag --project'],
    [
      ['--workflow', 'w', '--project', 'p', '--param', 'BRANCH'],
      '--param: expected name=value, got "BRANCH"',
    ],
    [
      ['--workflow', 'w', '--project', 'p', '--inputs', '/nonexistent.json'],
      '--inputs: cannot read /nonexistent.json as JSON',
    ],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await runInProcess('run-workflow-and-wait', args, prism);
    expect(code).toBe(2);
    expect(stderr).toContain(`error: ${message}`);
    expect(stderr).toContain('\n\nUsage: run-workflow-and-wait --workflow <key>');
    expect(stdout).toBe('');
  });
});
