import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, refusedUrl, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.js';

const TOKEN = 'api-test-token';
const prism = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: TOKEN };
const dir = mkdtempSync(join(tmpdir(), 'zadigctl-api-test-'));

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fault(routes: Parameters<typeof startFaultServer>[0]) {
  server = await startFaultServer(routes);
  return { server, env: { ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN } };
}

/** The Prism violations (`sl-violations` header) in `-i` output. */
function violations(stdout: string): Array<{ location: string[]; message: string }> {
  const line = stdout.split('\n').find((l) => l.startsWith('Sl-Violations: '));
  return line ? JSON.parse(line.slice('Sl-Violations: '.length)) : [];
}

const COLLABORATION = [
  '-f',
  'project_key=demo',
  '-f',
  'name=team',
  '-f',
  'workflows[][name]=build',
  '-f',
  'workflows[][collaboration_type]=share',
  '-f',
  'workflows[][verbs][]=run_workflow',
  '-f',
  'workflows[][verbs][]=debug_workflow',
  '-f',
  'workflows[][name]=deploy',
  '-f',
  'workflows[][collaboration_type]=new',
  '-f',
  'workflows[][verbs][]=get_workflow',
];

describe('zadigctl api against Prism', () => {
  it('sends -f/-F fields of a GET as query parameters', async () => {
    const missing = await runCli(['api', 'GET', '/openapi/delivery/releases', '-i'], { env: prism });
    expect(missing.code).toBe(1);
    expect(violations(missing.stdout).map((v) => v.location.join('.'))).toContain('request.query');

    const { code, stdout, stderr } = await runCli(
      [
        'api',
        'get',
        '/openapi/delivery/releases',
        '-f',
        'projectKey=yaml',
        '-F',
        'pageNum=1',
        '-F',
        'pageSize=2',
      ],
      { env: prism },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ total: 12, list: [{ version_name: 'v13' }, {}] });
    // The default output is indented JSON.
    expect(stdout).toMatch(/^\{\n {2}"/);
  });

  it('takes a query string in the path', async () => {
    const { code, stdout } = await runCli(
      ['api', '/openapi/delivery/releases?projectKey=yaml&pageNum=1&pageSize=2'],
      {
        env: prism,
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(12);
  });

  it('builds a nested JSON body from -f and -F that Prism accepts, and one with a wrong type it rejects', async () => {
    const accepted = await runCli(
      ['api', 'POST', '/openapi/collaborations', ...COLLABORATION, '-F', 'recycle_day=0'],
      {
        env: prism,
      },
    );
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout)).toEqual({ message: 'success' });

    // -f sends "0", a string, where the spec wants an integer.
    const rejected = await runCli(
      ['api', 'POST', '/openapi/collaborations', ...COLLABORATION, '-f', 'recycle_day=0', '-i'],
      { env: prism },
    );
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/^HTTP\/1\.1 400 Bad Request\n/);
    expect(violations(rejected.stdout)).toEqual([
      expect.objectContaining({
        location: ['request', 'body', 'recycle_day'],
        message: expect.stringContaining('must be integer'),
      }),
    ]);
    expect(rejected.stderr).toContain('error: POST');
    expect(rejected.stderr).toContain('failed with 400');

    // The nesting reaches the server: a bad enum deep in the array is reported at its place.
    const deep = await runCli(
      [
        'api',
        'POST',
        '/openapi/collaborations',
        '-f',
        'project_key=demo',
        '-f',
        'name=team',
        '-f',
        'workflows[][name]=w',
        '-f',
        'workflows[][collaboration_type]=bogus',
        '-f',
        'workflows[][verbs][]=x',
        '-i',
      ],
      { env: prism },
    );
    expect(deep.code).toBe(1);
    expect(violations(deep.stdout).map((v) => v.location.join('/'))).toEqual([
      'request/body/workflows/0/collaboration_type',
    ]);
  });

  it('shows the body it would send with --dry-run, typed and nested, with the token redacted', async () => {
    const { code, stdout } = await runCli(
      [
        'api',
        '/openapi/collaborations',
        ...COLLABORATION,
        '-F',
        'recycle_day=7',
        '-F',
        'user_ids[]=u1',
        '-F',
        'extra[on]=true',
        '-F',
        'extra[off]=null',
        '-F',
        'extra[ratio]=0.5',
        '-H',
        'X-Trace: abc',
        '--dry-run',
        '-o',
        'json',
      ],
      { env: prism },
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain(TOKEN);
    expect(JSON.parse(stdout)).toEqual({
      method: 'POST',
      url: `${prism.ZADIG_URL}/openapi/collaborations`,
      headers: { authorization: 'Bearer ***', 'content-type': 'application/json', 'x-trace': 'abc' },
      body: {
        project_key: 'demo',
        name: 'team',
        workflows: [
          { name: 'build', collaboration_type: 'share', verbs: ['run_workflow', 'debug_workflow'] },
          { name: 'deploy', collaboration_type: 'new', verbs: ['get_workflow'] },
        ],
        recycle_day: 7,
        user_ids: ['u1'],
        extra: { on: true, off: null, ratio: 0.5 },
      },
    });

    const text = await runCli(
      [
        'api',
        'DELETE',
        '/openapi/projects/project',
        '-f',
        'projectKey=demo',
        '-F',
        'isDelete=true',
        '--dry-run',
      ],
      {
        env: prism,
      },
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      `DELETE ${prism.ZADIG_URL}/openapi/projects/project?projectKey=demo&isDelete=true\nauthorization: Bearer ***\n`,
    );
  });

  it('filters with --jq: strings raw, other values as JSON', async () => {
    const keys = await runCli(['api', '/openapi/projects/project', '--jq', '.projects[].project_key'], {
      env: prism,
    });
    expect(keys.code).toBe(0);
    const lines = keys.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^[\w-]+$/);
    const first = await runCli(['api', '/openapi/projects/project', '--jq', '.projects[0] | {project_key}'], {
      env: prism,
    });
    expect(first.stdout).toBe(`{"project_key":"${lines[0]}"}\n`);
    const pretty = await runCli(
      ['api', '/openapi/projects/project', '--jq', '.projects[0] | {project_key}', '-o', 'json'],
      {
        env: prism,
      },
    );
    expect(pretty.stdout).toBe(`{\n  "project_key": "${lines[0]}"\n}\n`);
  });

  it('reads --input from a YAML file and from stdin', async () => {
    const file = join(dir, 'collaboration.yaml');
    writeFileSync(
      file,
      'project_key: demo\nname: team\nrecycle_day: 3\nworkflows:\n  - name: build\n    collaboration_type: share\n    verbs: [run_workflow]\n',
    );
    const fromFile = await runCli(['api', 'POST', '/openapi/collaborations', '--input', file], {
      env: prism,
    });
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);

    const bad = await runCli(['api', 'POST', '/openapi/collaborations', '--input', '-', '-i'], {
      env: prism,
      input: 'project_key: demo\nname: team\nrecycle_day: three\n',
    });
    expect(bad.code).toBe(1);
    expect(violations(bad.stdout).map((v) => v.location.join('/'))).toEqual(['request/body/recycle_day']);
  });
});

describe('zadigctl api against a scripted server', () => {
  it('sends --input bodies as JSON; fields then go to the query string', async () => {
    const { server, env } = await fault({
      'PUT /openapi/environments/dev/variable': [{ body: { message: 'success' } }],
    });
    const stdin = await runCli(
      ['api', 'PUT', '/openapi/environments/dev/variable', '--input', '-', '-f', 'projectKey=demo'],
      { env, input: 'global_variables:\n  - key: replicas\n    value: 3\n    type: string\n' },
    );
    expect(stdin.code).toBe(0);
    const file = join(dir, 'variables.json');
    writeFileSync(file, '{"global_variables": [{"key": "a", "value": "b"}]}');
    const fromFile = await runCli(
      ['api', 'PUT', '/openapi/environments/dev/variable?projectKey=demo', '--input', file],
      {
        env,
      },
    );
    expect(fromFile.code).toBe(0);
    const [first, second] = server.requests;
    expect(first?.query.get('projectKey')).toBe('demo');
    expect(first?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(first?.body ?? '')).toEqual({
      global_variables: [{ key: 'replicas', value: 3, type: 'string' }],
    });
    expect(second?.query.get('projectKey')).toBe('demo');
    expect(JSON.parse(second?.body ?? '')).toEqual({ global_variables: [{ key: 'a', value: 'b' }] });
    expect(first?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('reads -F values from @file and @-, and sends -H headers', async () => {
    const { server, env } = await fault({
      'POST /openapi/service/yaml/raw': [{ body: { message: 'success' } }],
    });
    const file = join(dir, 'service.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: Service\n');
    const { code } = await runCli(
      [
        'api',
        '/openapi/service/yaml/raw',
        '-f',
        'service_name=web',
        '-F',
        `yaml=@${file}`,
        '-F',
        'note=@-',
        '-H',
        'X-Trace: t1',
      ],
      { env, input: 'from stdin\n' },
    );
    expect(code).toBe(0);
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.headers['x-trace']).toBe('t1');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      service_name: 'web',
      yaml: 'apiVersion: v1\nkind: Service\n',
      note: 'from stdin\n',
    });
  });

  it('fetches every page with --paginate, merging the list', async () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ id: i + 1 }));
    const { server, env } = await fault({
      'GET /openapi/things': (request) => {
        const num = Number(request.query.get('pageNum'));
        const size = Number(request.query.get('pageSize'));
        return { body: { total: items.length, list: items.slice((num - 1) * size, num * size) } };
      },
    });
    const { code, stdout, stderr } = await runCli(
      ['api', '/openapi/things', '--paginate', '-f', 'pageSize=3', '-f', 'projectKey=demo'],
      { env },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(items);
    // Seven full pages reach the total: no eighth request.
    const requests = server.requestsTo('GET /openapi/things');
    expect(requests.map((r) => r.query.get('pageNum'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(
      requests.every((r) => r.query.get('pageSize') === '3' && r.query.get('projectKey') === 'demo'),
    ).toBe(true);

    const counted = await runCli(
      ['api', '/openapi/things?pageNum=3&pageSize=3', '--paginate', '--jq', 'length'],
      { env },
    );
    expect(counted.stdout).toBe('15\n');
  });

  it('stops --paginate at a short page, with the default page size and any list field', async () => {
    const { server, env } = await fault({
      'GET /openapi/projects/project': (request) => {
        const num = Number(request.query.get('pageNum'));
        const count = num < 7 ? 100 : 42;
        return { body: { projects: Array.from({ length: count }, (_, i) => ({ n: (num - 1) * 100 + i })) } };
      },
    });
    const { code, stdout } = await runCli(
      ['api', '/openapi/projects/project', '--paginate', '--jq', '[length, .[-1].n]'],
      {
        env,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('[642,641]\n');
    const requests = server.requestsTo('GET /openapi/projects/project');
    expect(requests).toHaveLength(7);
    expect(requests[0]?.query.get('pageSize')).toBe('100');
  });

  it('prints the status line and headers with -i', async () => {
    const { env } = await fault({
      'POST /openapi/things': [{ status: 201, headers: { 'x-request-id': 'req-1' }, body: { id: 'a' } }],
    });
    const { code, stdout } = await runCli(['api', 'POST', '/openapi/things', '-i'], { env });
    expect(code).toBe(0);
    const [head, body] = stdout.split('\n\n');
    expect(head?.split('\n')[0]).toBe('HTTP/1.1 201 Created');
    expect(head).toContain('\nContent-Type: application/json');
    expect(head).toContain('\nX-Request-Id: req-1');
    expect(JSON.parse(body ?? '')).toEqual({ id: 'a' });
  });

  it('prints a JSON body exactly as received with -o raw, text bodies as they are, nothing with --silent', async () => {
    const { env } = await fault({
      'GET /json': [{ headers: { 'content-type': 'application/json' }, body: '{"a":  1}' }],
      'GET /text': [{ headers: { 'content-type': 'text/plain' }, body: 'plain text\n' }],
    });
    expect((await runCli(['api', '/json', '-o', 'raw'], { env })).stdout).toBe('{"a":  1}');
    expect((await runCli(['api', '/json', '-o', 'yaml'], { env })).stdout).toBe('a: 1\n');
    expect((await runCli(['api', '/json', '--json', 'a,b'], { env })).stdout).toBe(
      '{\n  "a": 1,\n  "b": null\n}\n',
    );
    expect((await runCli(['api', '/text'], { env })).stdout).toBe('plain text\n');
    const silent = await runCli(['api', '/json', '--silent'], { env });
    expect(silent).toMatchObject({ code: 0, stdout: '' });
    const notJson = await runCli(['api', '/text', '--jq', '.'], { env });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('--jq: the response is not JSON');
  });

  it('prints the body of an error status and exits 1, or 4 for 401/403', async () => {
    const { env } = await fault({
      'GET /openapi/denied': [{ status: 403, body: '' }],
    });
    const missing = await runCli(['api', '/openapi/missing', '--jq', '.x'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('Invalid path: /openapi/missing\n');
    expect(missing.stderr).toContain('error: GET');
    expect(missing.stderr).toContain('/openapi/missing failed with 404');
    const denied = await runCli(['api', '/openapi/denied'], { env });
    expect(denied.code).toBe(4);
    expect(denied.stderr).toContain('failed with 403');
  });

  it('rejects a jq syntax error with exit code 2 before sending anything', async () => {
    const { server, env } = await fault({ 'GET /openapi/things': [{ body: { list: [] } }] });
    const { code, stdout, stderr } = await runCli(['api', '/openapi/things', '--jq', '.list[]) | .id'], {
      env,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: --jq: jq: error: syntax error');
    expect(server.requests).toHaveLength(0);

    const failed = await runCli(['api', '/openapi/things', '--jq', '.list + 1'], { env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('--jq: jq: error');
    expect(failed.stderr).toContain('cannot be added');
  });

  it('exits 5 when the server cannot be reached', async () => {
    const { code, stderr } = await runCli(['api', '/openapi/things'], {
      env: { ZADIG_URL: await refusedUrl(), ZADIG_TOKEN: TOKEN },
    });
    expect(code).toBe(5);
    expect(stderr).toContain('could not connect (ECONNREFUSED)');
  });
});

describe('zadigctl api usage', () => {
  it('explains itself with --help', async () => {
    const { code, stdout } = await runCli(['api', '--help']);
    expect(code).toBe(0);
    for (const text of [
      'Usage: zadigctl api [METHOD] <path>',
      '--paginate',
      '--jq',
      '-F, --field',
      'Examples:',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it.each([
    [['api', '/x', '--colour'], 'unknown flag --colour for `zadigctl api`'],
    [['api', 'POST', '/x', '-f', 'name'], 'flag -f needs key=value, got "name"'],
    [['api', 'POST', '/x', '--raw-field', 'a[b=1'], '--raw-field "a[b=1": invalid key "a[b"'],
    [['api', 'POST', '/x', '-f', 'a=1', '-f', 'a[b]=2'], 'expected an object under "a", but it is a string'],
    [['api', 'POST', '/x', '-F', 'n=12345678901234567890'], 'too large to send as a JSON number exactly'],
    [
      ['api', '/x', '-F', 'a=@/nonexistent/file'],
      '-F a=@/nonexistent/file: cannot read /nonexistent/file: no such file (ENOENT)',
    ],
    [['api', '/x', '-H', 'X-Trace'], "flag -H needs 'Name: value'"],
    [
      ['api', '/x', '-H', 'Authorization: Bearer secret'],
      '-H Authorization: the token is never passed as an argument',
    ],
    [['api', 'FETCH', '/x'], 'error: unknown HTTP method "FETCH"'],
    [['api', '-X', 'fetch', '/x'], '--method: unknown HTTP method "fetch"'],
    [['api', 'GET'], 'missing the path'],
    [['api', 'GET', '/x', 'extra'], 'unexpected argument "extra"'],
    [['api', 'http://example.com/x'], 'the path must be relative to the server'],
    [['api', '/openapi/projects/{projectKey}'], 'the path still has the placeholder {projectKey}'],
    [['api', 'POST', '/x', '--paginate'], '--paginate works with GET only, not POST'],
    [['api', 'GET', '/x', '--input', '-'], '--input: a GET request cannot carry a body'],
    [
      ['api', '/x', '--jq', '.', '-o', 'yaml'],
      '--jq prints JSON or raw text; it cannot be combined with -o yaml',
    ],
    [
      ['api', '/x', '--paginate', '-f', 'pageSize=0'],
      '--paginate: pageSize must be a positive integer, got "0"',
    ],
    [['api', 'POST', '/x', '--input', '-', '-F', 'a=@-'], 'stdin is already read by'],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args, { env: prism, input: 'a: 1\n' });
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toContain('secret');
  });
});
