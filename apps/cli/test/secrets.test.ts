// Secrets the server sends are shown in no output form unless --show-secrets is given: a fake Zadig on
// 127.0.0.1 answers with every kind of secret filled, and each form's stdout and stderr are searched for them.

import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_SECRETS as ALL,
  clusters,
  errorWithSecret,
  registry,
  SECRET,
  secretConfig,
  task,
  workflow,
} from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeZadig, specOperations, startFakeZadig } from './fake-zadig.js';
import { type CliResult, runCli } from './run-cli.js';

const TOKEN = 'secrets-test-token';

const pathOf = (operationId: string) =>
  specOperations.find((op) => op.operationId === operationId)?.path ?? '';

let fake: FakeZadig;
let env: Record<string, string>;
beforeAll(async () => {
  fake = await startFakeZadig({
    token: TOKEN,
    answers: {
      getWorkflow: { body: workflow },
      getWorkflowTask: { body: task },
      getEnvironmentConfig: { body: secretConfig },
      getRegistry: { body: registry },
      listClusters: { body: clusters },
      // An answer the contract check rejects, quoting the body it got.
      listRegistries: { status: 418, body: { detail: 'teapot', password: SECRET.contract } },
      updateRegistry: { status: 400, body: errorWithSecret },
    },
  });
  env = { ZADIG_URL: fake.url, ZADIG_TOKEN: TOKEN };
});
afterAll(async () => {
  await fake.close();
});

/** The secrets of `expected` that some output holds. */
function shown(result: CliResult, also = ''): string[] {
  const text = `${result.stdout}\n${result.stderr}\n${also}`;
  return ALL.filter((secret) => text.includes(secret));
}

const FORMS: Array<{ form: string; args: string[]; secrets: string[] }> = [
  {
    form: 'table',
    args: ['registry', 'get', 'r1'],
    secrets: [SECRET.registry],
  },
  {
    form: 'JSON',
    args: ['workflow', 'get', 'deploy', '-p', 'shop', '-o', 'json'],
    secrets: [
      SECRET.oauth,
      SECRET.password,
      SECRET.ssh,
      SECRET.pat,
      SECRET.jobRepo,
      SECRET.param,
      SECRET.paramDefault,
    ],
  },
  {
    form: 'YAML',
    args: ['workflow', 'task', 'deploy', '7', '-o', 'yaml'],
    secrets: [SECRET.oauth, SECRET.nacos, SECRET.param],
  },
  {
    form: '--json fields',
    args: [
      'environment',
      'get-config',
      'dev',
      'db',
      '-p',
      'shop',
      '--type',
      'Secret',
      '--json',
      'secret_detail',
    ],
    secrets: [SECRET.secretData],
  },
  {
    form: '--jq',
    args: ['workflow', 'task', 'deploy', '7', '--jq', '.stages[0].jobs[0].spec'],
    secrets: [SECRET.nacos],
  },
  {
    form: 'api',
    args: ['api', pathOf('getRegistry').replace('{id}', 'r1')],
    secrets: [SECRET.registry],
  },
  {
    form: 'api, a list',
    args: ['api', `${pathOf('listClusters')}?projectName=shop`],
    secrets: [SECRET.kubeconfig, SECRET.clusterToken],
  },
  {
    form: 'table, a list',
    args: ['cluster', 'list'],
    secrets: [SECRET.kubeconfig, SECRET.clusterToken],
  },
  {
    form: 'an error body (api)',
    args: ['api', '-X', 'PUT', pathOf('updateRegistry').replace('{id}', 'r1'), '-f', 'address=https://r'],
    secrets: [SECRET.errorBody],
  },
  {
    form: '--wait summary',
    args: ['workflow', 'task', 'deploy', '7', '--wait', '-o', 'json'],
    secrets: [SECRET.nacos, SECRET.param],
  },
];

describe('secrets in every output form of zadigctl', () => {
  it.each(FORMS)(
    '$form: [redacted] without --show-secrets, the values with it',
    async ({ args, secrets }) => {
      const hidden = await runCli(args, { env });
      expect(shown(hidden), hidden.stderr).toEqual([]);
      expect(hidden.stdout + hidden.stderr).toContain('[redacted]');
      const visible = await runCli([...args, '--show-secrets'], { env });
      expect(shown(visible)).toEqual(expect.arrayContaining(secrets));
      expect(visible.stdout).not.toContain('[redacted]');
    },
  );

  it('contract run: neither the report, its JSON nor the JUnit file quotes a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zadigctl-secrets-'));
    const args = ['contract', 'run', '--include', 'listRegistries,getWorkflow,getWorkflowTask'];
    for (const output of ['table', 'json']) {
      const junit = join(dir, `${output}.xml`);
      const hidden = await runCli([...args, '-o', output, '--junit', junit], { env });
      expect(shown(hidden, await readFile(junit, 'utf8'))).toEqual([]);
      expect(hidden.stdout).toContain('[redacted]');
      const visible = await runCli([...args, '-o', output, '--junit', junit, '--show-secrets'], { env });
      expect(shown(visible, await readFile(junit, 'utf8'))).toEqual([SECRET.contract]);
    }
  });

  it('says once, on a terminal, how to see what was hidden', async () => {
    const terminal = await runCli(['workflow', 'get', 'deploy', '-p', 'shop', '-o', 'json'], {
      env,
      tty: { stderr: true },
    });
    const hints = terminal.stderr.split('\n').filter((line) => line.includes('--show-secrets'));
    expect(hints).toEqual([
      '7 secret values were replaced with [redacted]; pass --show-secrets to see them.',
    ]);
    const piped = await runCli(['workflow', 'get', 'deploy', '-p', 'shop', '-o', 'json'], { env });
    expect(piped.stderr).not.toContain('--show-secrets');
    const shownAll = await runCli(['workflow', 'get', 'deploy', '-p', 'shop', '--show-secrets'], {
      env,
      tty: { stderr: true },
    });
    expect(shownAll.stderr).not.toContain('--show-secrets');
  });

  it('keeps values that are not secrets, and flags parameters that are not credentials', async () => {
    const { stdout } = await runCli(['workflow', 'get', 'deploy', '-p', 'shop', '-o', 'json'], { env });
    const data = JSON.parse(stdout);
    expect(data.params[1]).toMatchObject({ value: 'v1.2.0', is_credential: false });
    expect(data.params[0]).toMatchObject({ value: '[redacted]', default: '[redacted]', is_credential: true });
    expect(data.params[2].repo).toMatchObject({ repo_name: 'shop', oauth_token: '[redacted]' });
  });
});
