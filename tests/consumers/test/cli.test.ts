// zadigctl installed from its tarball (with @zadig-ts/openapi's and @zadig-ts/simulator's), as `npm install`
// gives it to a project or a global prefix: its binary runs on Node 20, 22 and 24, talks to a server, and runs
// --mock against the simulator it brings, with nothing else installed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { installProject, run } from './projects.js';

const tarballs = inject('tarballs');
const nodes = inject('nodes');
const prismUrl = inject('prismUrl');
let bin = '';
let dir = '';

beforeAll(async () => {
  dir = await installProject(inject('workDir'), 'cli', [
    tarballs['@zadig-ts/cli'] as string,
    tarballs['@zadig-ts/openapi'] as string,
    tarballs['@zadig-ts/simulator'] as string,
  ]);
  bin = join(dir, 'node_modules', '@zadig-ts', 'cli', 'dist', 'zadigctl.cjs');
});

describe.each(Object.keys(nodes))('on Node %s', (major) => {
  const zadigctl = (args: string[], env: Record<string, string> = {}) =>
    run(nodes[major] as string, [bin, ...args], {
      cwd: dir,
      env: {
        // A user with nothing set up: no profile, no audit log, no background mock from earlier.
        HOME: dir,
        XDG_CONFIG_HOME: join(dir, 'config'),
        XDG_STATE_HOME: join(dir, 'state'),
        ...env,
      },
    });

  it('prints its version', async () => {
    const result = await zadigctl(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+\.\d+\.\d+/);
  });

  it('calls a server', async () => {
    const result = await zadigctl(['api', '/openapi/projects/project?pageNum=1&pageSize=10'], {
      ZADIG_URL: prismUrl,
      ZADIG_TOKEN: 'consumer-token',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).projects.length).toBeGreaterThan(0);
  });

  it('--mock runs against the simulator it brings: a version created is then listed', async () => {
    const state = { XDG_STATE_HOME: join(dir, `state-${major}`) };
    try {
      const list = await zadigctl(['--mock', 'releases', 'list', '-p', 'storefront', '-o', 'json'], state);
      expect(list.code, list.stderr).toBe(0);
      const before = JSON.parse(list.stdout) as { total: number };
      const file = join(dir, `version-${major}.json`);
      writeFileSync(
        file,
        JSON.stringify({ project_key: 'storefront', version_name: `v9.${major}.0`, source: 'manual' }),
      );
      const created = await zadigctl(['--mock', 'releases', 'create-k8s', '--file', file], state);
      expect(created.code, created.stderr).toBe(0);
      const after = JSON.parse(
        (await zadigctl(['--mock', 'releases', 'list', '-p', 'storefront', '-o', 'json'], state)).stdout,
      ) as { total: number; list: { version_name: string }[] };
      expect(after.total).toBe(before.total + 1);
      expect(after.list[0]?.version_name).toBe(`v9.${major}.0`);
    } finally {
      await zadigctl(['mock', 'stop'], state);
    }
  });
});

it('the binary is where package.json says, as npm installs it', async () => {
  const result = await run('npm', ['exec', '--offline', '--', 'zadigctl', '--version'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/\d+\.\d+\.\d+/);
});
