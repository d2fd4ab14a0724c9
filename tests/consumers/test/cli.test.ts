// zadigctl installed from its tarball (with @zadig-ts/openapi's), as `npm install` gives it to a project or a
// global prefix: its binary runs on Node 20, 22 and 24, talks to a server, and says how to get Prism for --mock.
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
  ]);
  bin = join(dir, 'node_modules', '@zadig-ts', 'cli', 'dist', 'zadigctl.js');
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

  it('--mock without Prism installed says how to install it globally, exit 2', async () => {
    const result = await zadigctl(['--mock', 'api', '/openapi/projects/project?pageNum=1&pageSize=10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm install -g @stoplight/prism-cli');
    expect(result.stdout).toBe('');
  });
});

it('the binary is where package.json says, as npm installs it', async () => {
  const result = await run('npm', ['exec', '--offline', '--', 'zadigctl', '--version'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/\d+\.\d+\.\d+/);
});
