import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.js';

const env = { ZADIG_URL: inject('prismUrl'), ZADIG_TOKEN: 'cli-test-token' };
const dir = mkdtempSync(join(tmpdir(), 'zadigctl-test-'));

describe('zadigctl releases', () => {
  it('lists versions as tab-separated rows when piped', async () => {
    const { code, stdout, stderr } = await runCli(['releases', 'list', '--projectKey', 'yaml'], { env });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t').slice(0, 5)),
    ).toEqual([
      ['66287b110b8b8a631910f5ae', 'v13', 'K8SYaml', 'manual', 'success'],
      ['662751047ac26dae6a3a1472', 'v12', 'K8SYaml', 'from_env', 'failed'],
    ]);
  });

  it('prints JSON and YAML', async () => {
    const json = await runCli(
      ['releases', 'list', '--project-key', 'yaml', '--pageSize', '2', '-o', 'json'],
      { env },
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      total: 12,
      list: [{ version_name: 'v13' }, { version_name: 'v12' }],
    });
    const yaml = await runCli(
      ['releases', 'get', '--projectKey', 'yaml', '--versionName', 'v7.0.0', '--output', 'yaml'],
      { env },
    );
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^version: v7\.0\.0\nproject_name: yaml\n/);
  });

  it('gets a version by ID from a legacy server, with the ID as an argument', async () => {
    const { code, stdout } = await runCli(
      ['releases', 'get-by-id', '66287b110b8b8a631910f5ae', '-o', 'json'],
      { env },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).version_info.version_name).toBe('v13');
  });

  it('deletes only with --yes when not on a terminal', async () => {
    const refused = await runCli(['releases', 'delete', 'abc', '--projectKey', 'yaml'], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to delete without confirmation');
    expect(refused.stderr).toContain('Pass --yes');
    const done = await runCli(['releases', 'delete', 'abc', '--projectKey', 'yaml', '--yes', '-o', 'json'], {
      env,
    });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ message: 'success' });
  });

  it('creates a K8s version from a JSON file and a Helm version from YAML on stdin', async () => {
    const k8s = join(dir, 'k8s.json');
    writeFileSync(
      k8s,
      JSON.stringify({
        project_key: 'yaml',
        version_name: 'v9',
        source: 'from_env',
        env_name: 'dev',
        services: [
          {
            service_name: 'service1',
            images: [
              {
                container_name: 'service1',
                image_name: 'service1',
                target_image: 'r/s:v9',
                target_image_tag: 'v9',
                push_image: true,
              },
            ],
          },
        ],
      }),
    );
    const created = await runCli(['releases', 'create-k8s', '--file', k8s, '-o', 'json'], { env });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const helmYaml = [
      'project_key: charts',
      'version_name: v2',
      'source: manual',
      'image_registry_id: reg',
      'chart_repo_name: test',
      'services:',
      '  - service_name: service2',
      '    chart_version: 1.0.0',
      '    images:',
      '      - {container_name: service2, image_name: service2, target_image: r/s2:v2, target_image_tag: v2, push_image: true, image_path: {image: image.repository, tag: image.tag}}',
    ].join('\n');
    const helm = await runCli(['releases', 'create-helm', '--file', '-', '-o', 'json'], {
      env,
      input: helmYaml,
    });
    expect(helm.stderr).toBe('');
    expect(helm.code).toBe(0);
    expect(JSON.parse(helm.stdout)).toEqual({ message: 'success' });
  });

  it('retries a version with id and projectKey in the query', async () => {
    const { code, stdout } = await runCli(
      ['releases', 'retry', '--id', 'abc', '--projectKey', 'yaml', '--dry-run'],
      { env },
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `POST ${env.ZADIG_URL}/openapi/delivery/releases/retry?id=abc&projectKey=yaml`,
    );
    const sent = await runCli(['releases', 'retry', '--id', 'abc', '--projectKey', 'yaml'], { env });
    expect(sent.code).toBe(0);
  });

  it('refuses a body that breaks the schema, naming each JSON pointer, before sending anything', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'project_key: p\nversion_name: v\nsource: copied\nservices:\n  - service_name: s\n    images:\n      - {container_name: c, image_name: i, target_image: t, target_image_tag: t, push_image: "yes"}\n',
    );
    // No server configured: validation must fail before any connection is attempted.
    const { code, stderr } = await runCli(['releases', 'create-k8s', '--file', bad], { env: {} });
    expect(code).toBe(2);
    expect(stderr).toContain(`the request body from ${bad} does not match the createK8sRelease schema`);
    expect(stderr).toContain('/source: must be one of "", "manual", "from_env", "from_version"');
    expect(stderr).toContain('/services/0/images/0/push_image: must be boolean');
  });

  it('names unreadable and malformed bodies', async () => {
    const missing = await runCli(['releases', 'create-k8s', '--file', join(dir, 'nope.json')], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--file: cannot read');
    expect(missing.stderr).toContain('ENOENT');
    const malformed = await runCli(['releases', 'create-k8s', '--file', '-'], {
      env,
      input: '{"project_key": ',
    });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--file: stdin is not valid YAML or JSON at line 1/);
    const none = await runCli(['releases', 'create-k8s'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing request body: pass --file <path>');
  });
});
