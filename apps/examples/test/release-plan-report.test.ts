import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runInProcess } from './run-in-process.js';
import { mockUrlOf, runScript } from './run-script.js';

const prism = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 't' };

function plan(id: string, index: number, extra: Record<string, unknown> = {}) {
  return { id, index, name: `plan-${id}`, manager: 'alice', status: 'planning', jobs: [], ...extra };
}

describe('release-plan-report', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reports the plans of the mock as Markdown', async () => {
    const { code, stdout, stderr } = await runInProcess('release-plan-report', [], prism, {
      now: Date.UTC(2024, 0, 2, 3, 4, 5),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // "as of" is the script's clock.
    expect(stdout).toMatch(
      /^# Release plans\n\n1 release plan on http:\/\/127\.0\.0\.1:\d+, as of 2024-01-02 03:04 UTC\.\n/,
    );
    expect(stdout).toContain('| Plan | Status | Manager | Window | Approval | Jobs |');
    expect(stdout).toContain(
      '| #21 plan-A | planning | admin | 2023-09-01 08:58 UTC → 2023-09-06 16:00 UTC | native: not started | 1 |',
    );
    expect(stdout).toContain('- **Approval:** native: not started (approvers: admin)');
    expect(stdout).toContain('| 中间件变更 | text | not run |');
  });

  it('uses a mock with --mock and stops it', async () => {
    const { code, stdout, stderr, mockStopped } = await runInProcess('release-plan-report', ['--mock']);
    expect(code).toBe(0);
    expect(stdout).toContain('## #21 plan-A');
    expect(mockUrlOf(stderr)).toBe(inject('prismUrl'));
    expect(mockStopped).toBe(true);
  });

  // The one test that spawns tsx: the file runs as a script (the simulator started by --mock: release-from-env).
  it('runs as a script', async () => {
    const { code, stdout, stderr } = await runScript('release-plan-report', [], {
      ZADIG_URL: inject('prismUrl'),
      ZADIG_TOKEN: 't',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('## #21 plan-A');
  });

  it('pages through every plan, fetches each in order and escapes table cells', async () => {
    const details: Record<string, unknown> = {
      a: plan('a', 1, {
        name: 'hotfix | urgent',
        status: 'success',
        start_time: 1700000000,
        end_time: 1700003600,
        approval: {
          enabled: true,
          type: 'native',
          status: 'passed',
          native_approval: { approve_users: [{ user_name: 'bob', reject_or_approve: 'approve' }] },
        },
        approval_time: 1700000600,
        success_time: 1700001200,
        jobs: [
          {
            id: 'j1',
            name: 'deploy',
            type: 'workflow',
            status: 'done',
            spec: { task_id: 12, status: 'passed' },
          },
          { id: 'j2', name: 'notes', type: 'text', status: 'skipped' },
        ],
      }),
      b: plan('b', 2),
      c: plan('c', 3, { status: 'executing', approval: { enabled: false } }),
    };
    server = await startFaultServer({
      'GET /openapi/release_plan/v1': (request) =>
        request.query.get('pageNum') === '1'
          ? {
              body: {
                list: [
                  { id: 'a', name: 'x' },
                  { id: 'b', name: 'x' },
                ],
                total: 3,
              },
            }
          : { body: { list: [{ id: 'c', name: 'x' }], total: 3 } },
      'GET /openapi/release_plan/v1/a': [{ body: details.a }],
      'GET /openapi/release_plan/v1/b': [{ body: details.b }],
      'GET /openapi/release_plan/v1/c': [{ body: details.c }],
    });
    const { code, stdout, stderr } = await runInProcess('release-plan-report', ['--page-size', '2'], {
      ZADIG_URL: server.url,
      ZADIG_TOKEN: 't',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const pages = server.requestsTo('GET /openapi/release_plan/v1').map((r) => r.query.toString());
    expect(pages).toEqual(['pageNum=1&pageSize=2', 'pageNum=2&pageSize=2']);
    expect(stdout).toContain('3 release plans on');
    expect(stdout).toContain(
      '| #1 hotfix \\| urgent | success | alice | 2023-11-14 22:13 UTC → 2023-11-14 23:13 UTC | native: passed | 2 |',
    );
    expect(stdout).toContain('- **Approval:** native: passed (approvers: bob (approve))');
    expect(stdout).toContain(
      '- **Timeline:** approved 2023-11-14 22:23 UTC → succeeded 2023-11-14 22:33 UTC',
    );
    expect(stdout).toContain('| deploy | workflow | done (task #12 passed) |');
    expect(stdout).toContain('| notes | text | skipped |');
    expect(stdout).toContain('| #3 plan-c | executing | alice | not set | none | 0 |');
    expect(stdout.indexOf('## #1 hotfix')).toBeLessThan(stdout.indexOf('## #2 plan-b'));
    expect(stdout.indexOf('## #2 plan-b')).toBeLessThan(stdout.indexOf('## #3 plan-c'));
    expect(stdout).toContain('_No jobs._');
  });

  it('exits 1 with the API error when the server refuses', async () => {
    server = await startFaultServer({
      'GET /openapi/release_plan/v1': [
        {
          status: 401,
          body: { type: 'error', code: 6801, message: 'Unauthorized', description: 'token is invalid' },
        },
      ],
    });
    const { code, stdout, stderr } = await runInProcess('release-plan-report', [], {
      ZADIG_URL: server.url,
      ZADIG_TOKEN: 'bad',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('failed with 401: Unauthorized: token is invalid (HTTP 401, Zadig code 6801)');
  });

  it.each([
    [['--page-size', '0'], '--page-size: expected a positive integer, got "0"'],
    [['--pages'], "Unknown option '--pages'"],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await runInProcess('release-plan-report', args, prism);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`error: ${message}`);
    expect(stderr).toContain('Usage: release-plan-report');
  });

  it('needs a server address', async () => {
    const { code, stdout, stderr } = await runInProcess('release-plan-report', []);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'error: No Zadig address: pass baseUrl to createZadigClient() or set ZADIG_URL (e.g. https://zadig.example.com).\n',
    );
  });
});
