// Destructive commands say what they touch and are confirmed before anything is sent: on a terminal by typing
// the target's name, elsewhere by --yes with the target named on the command line (never the default project).
// Checked against a recording server: a refusal is exit 2 and no request at all.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileHome } from './profile-home.js';
import { type RunOptions, runCli } from './run-cli.js';

const TOKEN = 'destructive-test-token';
const TERMINAL: RunOptions['tty'] = { stdin: true, stderr: true };
let server: FaultServer;

beforeAll(async () => {
  server = await startFaultServer({ '*': [{ status: 200, body: { message: 'success' } }] });
});
afterAll(() => server.close());

/** A config whose default profile points at the recording server, with a default project and release. */
function profileEnv(profile: Record<string, string> = {}): Record<string, string> {
  return profileHome({ url: server.url, token: TOKEN, project: 'shop', ...profile });
}

/** Runs zadigctl; returns its result and the requests the server received meanwhile. */
async function sent(args: string[], options: RunOptions) {
  const before = server.requests.length;
  const result = await runCli(args, options);
  return { ...result, requests: server.requests.slice(before).map((r) => `${r.method} ${r.target}`) };
}

describe('project delete', () => {
  it('does not delete the default project: --yes needs the project named (exit 2, nothing sent)', async () => {
    const env = profileEnv();
    const result = await sent(['project', 'delete', '--is-delete', 'true', '--yes'], { env });
    expect(result.requests).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: `zadigctl project delete` needs its project named on the command line: with --yes, the default project (shop, from profile prod) is not used',
    );
    expect(result.stderr).toContain(
      'Give -p/--project (or as argument 1 after `delete`), e.g. --project shop.',
    );
  });

  it('without --yes off a terminal: refuses, saying to pass --yes and name the project', async () => {
    const result = await sent(['project', 'delete', '--is-delete', 'true'], { env: profileEnv() });
    expect(result.requests).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to delete without confirmation');
    expect(result.stderr).toContain(
      'Pass --yes to confirm when not running in a terminal and name the target with -p/--project',
    );
  });

  it('deletes the project it names, printing it on stderr first', async () => {
    for (const named of [['shop'], ['-p', 'shop'], ['--project=shop']]) {
      const result = await sent(
        ['project', 'delete', ...named, '--is-delete', 'true', '--yes', '-o', 'json'],
        {
          env: profileEnv(),
        },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.requests).toEqual(['DELETE /openapi/projects/project?projectKey=shop&isDelete=true']);
      expect(result.stderr).toBe(
        'zadigctl project delete: Delete project\n  project    shop\n  is-delete  true\n',
      );
    }
  });

  it('on a terminal: shows the default project with its source and deletes once its name is typed', async () => {
    const result = await sent(['project', 'delete', '--is-delete', 'false'], {
      env: profileEnv(),
      tty: TERMINAL,
      input: 'shop\r',
    });
    expect(result.stderr).toContain('  project    shop (from profile prod)\n');
    expect(result.stderr).toContain('This cannot be undone. Type the project (shop) to confirm: ');
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toEqual(['DELETE /openapi/projects/project?projectKey=shop&isDelete=false']);
  });

  it.each([['sho\r'], ['Shop\r'], ['\r'], ['y\r']])(
    'on a terminal: another answer (%j) cancels with exit 2 and sends nothing',
    async (input) => {
      const result = await sent(['project', 'delete', 'shop', '--is-delete', 'true'], {
        env: profileEnv(),
        tty: TERMINAL,
        input,
      });
      expect(result.requests).toEqual([]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/error: cancelled: .*; nothing was sent\n$/);
    },
  );

  it('--dry-run never asks, on a terminal or off one', async () => {
    for (const tty of [TERMINAL, undefined]) {
      const result = await sent(['project', 'delete', '--is-delete', 'true', '--dry-run'], {
        env: profileEnv(),
        ...(tty ? { tty } : {}),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.requests).toEqual([]);
      expect(result.stdout).toContain('DELETE ');
      expect(result.stderr).not.toContain('Type');
    }
  });
});

describe('scale to zero is destructive', () => {
  const body = (replicas: number) => {
    const file = join(mkdtempSync(join(tmpdir(), 'zadigctl-scale-')), 'scale.json');
    writeFileSync(
      file,
      JSON.stringify({
        project_key: 'shop',
        env_key: 'dev',
        service_name: 'web',
        workload_name: 'web',
        workload_type: 'Deployment',
        target_replicas: replicas,
      }),
    );
    return file;
  };

  it('asks for the workload to be typed, showing the body it sends', async () => {
    const wrong = await sent(['env', 'scale', '--file', body(0)], {
      env: profileEnv(),
      tty: TERMINAL,
      input: 'dev\r',
    });
    expect(wrong.stderr).toContain('  target_replicas  0\n');
    expect(wrong.stderr).toContain('Type the workload_name (web) to confirm: ');
    expect(wrong.code).toBe(2);
    expect(wrong.requests).toEqual([]);
    const right = await sent(['env', 'scale', '--file', body(0)], {
      env: profileEnv(),
      tty: TERMINAL,
      input: 'web\r',
    });
    expect(right.code, right.stderr).toBe(0);
    expect(right.requests).toHaveLength(1);
  });

  it('with --yes, a body whose project the default filled is not named: refused, nothing sent', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zadigctl-scale-')), 'scale.json');
    const { project_key: _, ...rest } = JSON.parse(readFileSync(body(0), 'utf8'));
    writeFileSync(file, JSON.stringify(rest));
    const unnamed = await sent(['env', 'scale', '--file', file, '--yes'], { env: profileEnv() });
    expect(unnamed.requests).toEqual([]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('the default project (shop, from profile prod) is not used');
    const named = await sent(['env', 'scale', '--file', file, '--yes', '-p', 'shop'], { env: profileEnv() });
    expect(named.code, named.stderr).toBe(0);
    expect(named.requests).toHaveLength(1);
  });

  it('scaling to one is not asked', async () => {
    const result = await sent(['env', 'scale', '--file', body(1)], { env: profileEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toHaveLength(1);
  });
});

describe('zadigctl api -X DELETE', () => {
  const env = () => ({ ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN });
  const args = ['api', '-X', 'DELETE', '/openapi/delivery/releases/9?projectKey=shop'];

  it('asks on a terminal; anything but yes sends nothing (exit 2)', async () => {
    const no = await sent(args, { env: env(), tty: TERMINAL, input: 'n\r' });
    expect(no.stderr).toContain(
      'Send DELETE /openapi/delivery/releases/9?projectKey=shop? This cannot be undone. [y/N] ',
    );
    expect(no.code).toBe(2);
    expect(no.requests).toEqual([]);
    const yes = await sent(args, { env: env(), tty: TERMINAL, input: 'y\r' });
    expect(yes.code, yes.stderr).toBe(0);
    expect(yes.requests).toEqual(['DELETE /openapi/delivery/releases/9?projectKey=shop']);
  });

  it('sends without asking with --yes, or off a terminal (a script names the whole call)', async () => {
    for (const options of [{ tty: TERMINAL, extra: ['--yes'] }, { extra: [] }]) {
      const result = await sent([...args, ...options.extra], {
        env: env(),
        ...(options.tty ? { tty: options.tty } : {}),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('[y/N]');
      expect(result.requests).toEqual(['DELETE /openapi/delivery/releases/9?projectKey=shop']);
    }
  });
});

describe('env restart-pod follows the release’s route', () => {
  const args = ['env', 'restart-pod', 'dev', 'web-1', '-p', 'shop', '--yes', '-o', 'json'];

  it('on a v5.0.0 profile: -s/--service sends the route with the service', async () => {
    const env = profileEnv({ zadigVersion: 'v5.0.0' });
    for (const service of [['-s', 'web'], ['--service', 'web'], ['--serviceName=web']]) {
      const result = await sent([...args, ...service], { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.requests).toEqual([
        'POST /openapi/environments/dev/service/web/pod/web-1/restart?projectKey=shop',
      ]);
      expect(result.stderr).toContain('  service  web\n');
    }
  });

  it('on a v5.0.0 profile without -s: exit 2 naming --service and the route, nothing sent', async () => {
    const result = await sent(
      args.filter((a) => a !== '-o' && a !== 'json'),
      { env: profileEnv({ zadigVersion: 'v5.0.0' }) },
    );
    expect(result.requests).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: missing flag --service: Zadig v5.0.0 (from profile prod) routes `zadigctl environment restart-pod` as POST /openapi/environments/{envName}/service/{serviceName}/pod/{podName}/restart, which needs the service',
    );
    expect(result.stderr).toContain('Give --service <name> (-s)');
  });

  it('on main: the route without the service, -s not sent nor shown', async () => {
    const result = await sent([...args, '-s', 'web', '--zadig-version', 'main'], { env: profileEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toEqual(['POST /openapi/environments/dev/pod/web-1/restart?projectKey=shop']);
    expect(result.stderr).not.toContain('service');
  });

  it('with no known release: -s picks the released route, none the main one', async () => {
    const env = { ZADIG_URL: server.url, ZADIG_TOKEN: TOKEN };
    const withService = await sent([...args, '-s', 'web'], { env });
    expect(withService.code, withService.stderr).toBe(0);
    expect(withService.requests).toEqual([
      'POST /openapi/environments/dev/service/web/pod/web-1/restart?projectKey=shop',
    ]);
    const without = await sent(args, { env });
    expect(without.requests).toEqual(['POST /openapi/environments/dev/pod/web-1/restart?projectKey=shop']);
  });

  it('the production restart takes -s the same way', async () => {
    const result = await sent(
      ['env', 'restart-production-pod', 'prod', 'web-1', '-p', 'shop', '-s', 'web', '--yes'],
      { env: profileEnv({ zadigVersion: 'v4.3.0' }) },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.requests).toEqual([
      'POST /openapi/environments/production/prod/service/web/pod/web-1/restart?projectKey=shop',
    ]);
  });

  it('help says which release has which route', async () => {
    const { code, stdout } = await runCli(['env', 'restart-pod', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /-s, --service <string> .*Needed on Zadig v4\.3\.0 – v5\.0\.0, whose route is POST \/openapi\/environments\/\{envName\}\/service\/\{serviceName\}\/pod\/\{podName\}\/restart; main routes POST \/openapi\/environments\/\{envName\}\/pod\/\{podName\}\/restart without it\./,
    );
  });
});
