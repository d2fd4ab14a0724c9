// Configuration: credentials from the environment or a zadigctl profile, the command line's errors (naming
// the flag), release marks, and --tools all with --tags.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { operationsMissingIn } from '@zadig-ts/client';
import { startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCatalog, type Operation } from '../src/catalog.js';
import { main, prepareZadigMcp, resolveCredentials } from '../src/index.js';
import { releaseLacks } from '../src/release.js';
import { connectInProcess, TOKEN } from './harness.js';

let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'zadig-mcp-'));
  await mkdir(join(home, 'zadigctl'), { recursive: true });
  const file = join(home, 'zadigctl', 'config.yaml');
  await writeFile(
    file,
    [
      '# zadigctl configuration',
      'defaultProfile: prod',
      'profiles:',
      '  prod:',
      '    url: https://zadig.example.com',
      `    token: "${TOKEN}"`,
      '  staging:',
      '    url: https://staging.example.com/',
      '    token: staging-token-0123456789',
      '    zadigVersion: 4.2.0',
      '',
    ].join('\n'),
  );
  await chmod(file, 0o600);
});
afterAll(() => rm(home, { recursive: true, force: true }));

describe('credentials', () => {
  it('come from ZADIG_URL and ZADIG_TOKEN first', async () => {
    const c = await resolveCredentials(
      {},
      { ZADIG_URL: 'https://a.example', ZADIG_TOKEN: 't', XDG_CONFIG_HOME: home },
    );
    expect(c).toMatchObject({
      baseUrl: 'https://a.example',
      token: 't',
      sources: { baseUrl: 'ZADIG_URL', token: 'ZADIG_TOKEN' },
    });
  });

  it("come from zadigctl's default profile, or the one --profile or ZADIG_PROFILE names", async () => {
    const byDefault = await resolveCredentials({}, { XDG_CONFIG_HOME: home });
    expect(byDefault).toMatchObject({
      baseUrl: 'https://zadig.example.com',
      token: TOKEN,
      sources: { token: 'profile prod' },
    });
    const named = await resolveCredentials({ profile: 'staging' }, { XDG_CONFIG_HOME: home });
    expect(named).toMatchObject({ baseUrl: 'https://staging.example.com/', zadigVersion: '4.2.0' });
    const fromEnv = await resolveCredentials({}, { XDG_CONFIG_HOME: home, ZADIG_PROFILE: 'staging' });
    expect(fromEnv.sources.baseUrl).toBe('profile staging');
  });

  it("never sends a profile's token to another server", async () => {
    const c = await resolveCredentials({}, { XDG_CONFIG_HOME: home, ZADIG_URL: 'https://elsewhere.example' });
    expect(c.baseUrl).toBe('https://elsewhere.example');
    expect(c.token).toBeUndefined();
  });

  it('fail clearly for an unknown profile, naming the flag and the known ones', async () => {
    await expect(resolveCredentials({ profile: 'dev' }, { XDG_CONFIG_HOME: home })).rejects.toThrow(
      /no profile "dev" \(from --profile\) in .*config\.yaml\. Known profiles: prod, staging\./,
    );
  });
});

function capture() {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      env: { XDG_CONFIG_HOME: home, ZADIG_URL: 'https://zadig.example.com', ZADIG_TOKEN: TOKEN },
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

describe('command line', () => {
  it.each([
    [['--allow-writes', 'nope'], /--allow-writes: "nope" is neither an operationId nor a tag/],
    [['--tools', 'some'], /--tools: expected core or all/],
    [['--tags', 'Workflow'], /--tags applies to --tools all/],
    [['--tools', 'all', '--tags', 'Workflows'], /--tags: "Workflows" is not a tag/],
    [['--port', '80'], /--port applies to --http/],
    [['--http', '--port', 'x'], /--port: expected an integer from 0 to 65535/],
    [['--zadig-version', 'banana'], /--zadig-version: .*banana/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--allowed-hosts', 'mcp.example.com'], /--allowed-hosts applies to --http/],
    [['--max-result-chars', '10'], /--max-result-chars: expected an integer from 1000 to 100000, got "10"/],
    [['--call-timeout', '0'], /--call-timeout: expected an integer from 1 to 3600, got "0"/],
    [['--http', '--host', '0.0.0.0', '--port', '0'], /--host 0\.0\.0\.0 is not a loopback address/],
    [
      ['--http', '--host', '0.0.0.0', '--port', '0', '--allowed-hosts', 'mcp.example.com'],
      /name the Host headers \(--allowed-hosts\) and the browser Origins \(--allowed-origins\)/,
    ],
  ])('%j exits 2 naming the flag', async (argv, message) => {
    const run = capture();
    expect(await main(argv, run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.err()).not.toContain(TOKEN);
  });

  it('needs a Zadig address', async () => {
    const run = capture();
    expect(await main([], { ...run.io, env: { XDG_CONFIG_HOME: join(home, 'none') } })).toBe(2);
    expect(run.err()).toMatch(/no Zadig address: set ZADIG_URL/);
  });

  it('detects the release with --zadig-version detect', async () => {
    const zadig = await startFaultServer({
      'GET /openapi/system/cli/context': [{ body: { user: { account: 'admin' }, server_version: '4.3.0' } }],
    });
    const run = capture();
    // stdio on streams of our own: the input is closed at once, so the server stops after start-up.
    const stdin = new PassThrough();
    stdin.end();
    try {
      const env = { ZADIG_URL: zadig.url, ZADIG_TOKEN: TOKEN };
      const code = await main(['--zadig-version', 'detect'], {
        ...run.io,
        env,
        stdin,
        stdout: new PassThrough(),
      });
      expect(run.err()).toMatch(/Zadig v4\.3\.0 \(from the server\), \d+ operations it lacks hidden/);
      expect(code).toBe(0);
      expect((await zadig.received('GET /openapi/system/cli/context')).headers.authorization).toBe(
        `Bearer ${TOKEN}`,
      );
      expect(run.err()).not.toContain(TOKEN);
    } finally {
      await zadig.close();
    }
  });

  it('prints help and its version', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/--allow-writes <ids\|tags>/);
    const version = capture();
    expect(await main(['-v'], version.io)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("the server's release", () => {
  const catalog = loadCatalog();
  const op = (id: string) => catalog.byId.get(id) as Operation;

  it("follows the spec's marks", () => {
    // getCliContext is routed since v5.0.0; getReleaseById only in v3.4.0.
    expect(releaseLacks(op('getCliContext'), '4.3.0')).toBe(
      'getCliContext is not available in Zadig v4.3.0; it is available in v5.0.0, main',
    );
    expect(releaseLacks(op('getCliContext'), 'v5.0')).toBeUndefined();
    expect(releaseLacks(op('getReleaseById'), 'main')).toMatch(/available in v3\.4\.0$/);
    expect(releaseLacks(op('getReleaseById'), 'v3.4.0')).toBeUndefined();
    expect(releaseLacks(op('getCliContext'), undefined)).toBeUndefined();
  });

  it('hides and refuses operations the configured release lacks, sending nothing', async () => {
    const zadig = await startFaultServer({ 'GET /openapi/system/cli/context': [{ body: {} }] });
    const mcp = await connectInProcess({ baseUrl: zadig.url, zadigVersion: 'v4.3.0' });
    try {
      const { data: overview } = await mcp.call('zadig_list_operations');
      expect(overview.hiddenForRelease).toBe(operationsMissingIn('v4.3.0').length);
      expect(overview.hiddenForRelease).toBeGreaterThan(0);
      const { data: found } = await mcp.call('zadig_list_operations', { query: 'cli context' });
      expect(found.total).toBe(0);
      const { result, data } = await mcp.call('zadig_call_operation', { operationId: 'getCliContext' });
      expect(result.isError).toBe(true);
      expect(data.error).toMatchObject({
        kind: 'unsupported_by_server',
        zadigVersion: 'v4.3.0',
        availableIn: ['v5.0.0', 'main'],
      });
      expect(zadig.requests).toHaveLength(0);
    } finally {
      await mcp.close();
      await zadig.close();
    }
    const all = prepareZadigMcp({
      baseUrl: 'https://zadig.example.com',
      tools: 'all',
      zadigVersion: 'v4.3.0',
    });
    expect(all.tools.map((t) => t.name)).not.toContain('zadig_getCliContext');
    expect(() => prepareZadigMcp({ baseUrl: 'https://zadig.example.com', zadigVersion: 'banana' })).toThrow(
      /zadigVersion:/,
    );
  });
});

describe('an operation whose route moved between releases', () => {
  it('takes the input of the route the release has, and is sent there', async () => {
    const route = 'POST /openapi/environments/dev/service/api/pod/api-7d9/restart';
    const zadig = await startFaultServer({ [route]: [{ body: { message: 'success' } }] });
    const mcp = await connectInProcess({
      baseUrl: zadig.url,
      zadigVersion: '5.0.0',
      allowWrites: ['restartEnvironmentPod'],
    });
    try {
      const { data: described } = await mcp.call('zadig_describe_operation', {
        operationId: 'restartEnvironmentPod',
      });
      expect(described.sentAs).toEqual({
        zadigVersion: 'v5.0.0',
        operationId: 'restartEnvironmentServicePod',
        path: '/openapi/environments/{envName}/service/{serviceName}/pod/{podName}/restart',
        extraParameters: ['serviceName'],
      });
      const input = { envName: 'dev', podName: 'api-7d9', projectKey: 'demo' };
      const { data: missing } = await mcp.call('zadig_call_operation', {
        operationId: 'restartEnvironmentPod',
        input,
      });
      expect(missing.error.violations).toEqual([
        { pointer: '/input/serviceName', message: 'is required but missing (path parameter)' },
      ]);
      const args = { operationId: 'restartEnvironmentPod', input: { ...input, serviceName: 'api' } };
      const { data: preview } = await mcp.call('zadig_call_operation', args);
      expect(preview.request.url).toBe(
        `${zadig.url}/openapi/environments/dev/service/api/pod/api-7d9/restart?projectKey=demo`,
      );
      expect(preview.destructive).toBe(true);
      expect(zadig.requests).toHaveLength(0);
      const { data } = await mcp.call('zadig_call_operation', { ...args, confirm: true });
      expect(data).toMatchObject({ sent: true });
      expect((await zadig.received(route)).query.get('projectKey')).toBe('demo');
    } finally {
      await mcp.close();
      await zadig.close();
    }
  });
});

describe('--tools all', () => {
  it('adds a tool per read operation of the tags, and per allowed write, with annotations', async () => {
    const setup = prepareZadigMcp({
      baseUrl: 'https://zadig.example.com',
      tools: 'all',
      tags: ['Release Plan'],
      allowWrites: ['updateReleasePlan'],
    });
    const names = setup.tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['zadig_listReleasePlans', 'zadig_getReleasePlan', 'zadig_updateReleasePlan']),
    );
    expect(names).not.toContain('zadig_createReleasePlan');
    expect(names).not.toContain('zadig_listReleases');
    const update = setup.tools.find((t) => t.name === 'zadig_updateReleasePlan');
    expect(update?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(update?.inputSchema.required).toEqual(['id', 'body']);
    expect(JSON.stringify(update?.inputSchema)).not.toContain('$ref');
    for (const tool of setup.tools) expect(tool.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
  });

  it('calls an operation tool against the mock, checking its input', async () => {
    const mcp = await connectInProcess({
      baseUrl: inject('prismUrl'),
      tools: 'all',
      tags: ['Version Management'],
    });
    try {
      const { data } = await mcp.call('zadig_getRelease', {
        projectKey: 'demo',
        versionName: 'v1.2.0',
        fields: ['version', 'status'],
      });
      expect(Object.keys(data.data).sort()).toEqual(['status', 'version']);
      const { result, data: bad } = await mcp.call('zadig_getRelease', { projectKey: 'demo' });
      expect(result.isError).toBe(true);
      expect(bad.error.violations).toEqual([
        { pointer: '/versionName', message: 'is required but missing (query parameter)' },
      ]);
    } finally {
      await mcp.close();
    }
  });
});
