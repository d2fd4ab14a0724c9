// One parser, as people meet it: flag values before the command word, global flags that work or are refused
// by name, one duration syntax, `zadigctl help <command…>`, and profile and config-file errors before the
// command's own complaints.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { BUILTIN_SPECS } from '../src/builtins/specs.js';
import { GLOBAL_FLAGS } from '../src/model/global-flags.js';
import { runCli } from './run-cli.js';

const prismUrl = inject('prismUrl');
const env = { ZADIG_URL: prismUrl, ZADIG_TOKEN: 'parser-test-token' };

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fresh HOME whose config file holds `text` (YAML). */
function homeWith(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'zadigctl-parser-'));
  const config = join(dir, 'xdg', 'zadigctl', 'config.yaml');
  mkdirSync(join(config, '..'), { recursive: true });
  writeFileSync(config, text, { mode: 0o600 });
  return { env: { HOME: dir, XDG_CONFIG_HOME: join(dir, 'xdg') }, config };
}

const PROFILES = stringify({
  defaultProfile: 'prod',
  profiles: {
    prod: { url: 'http://127.0.0.1:9/', token: 'p' },
    staging: { url: 'http://127.0.0.1:9/', token: 's' },
  },
});

describe('a flag value is never taken for a command, through the CLI', () => {
  it('reaches the command through the CLI: a value before the command word, a flag the old list missed', async () => {
    // --release before the module: the old hand-kept list did not know it takes a value.
    const got = await runCli(['--release', 'releases', 'releases', 'get-by-id', '--id', '7', '--dry-run'], {
      env,
    });
    expect(got.stderr).not.toContain('unknown command');
    const project = await runCli(['-p', 'workflow', 'workflow', 'list', '--dry-run', '-o', 'json'], { env });
    expect(project.stderr).toBe('');
    expect(project.code).toBe(0);
    expect(JSON.parse(project.stdout).url).toContain('projectKey=workflow');
  });

  it('refuses, by name, a flag whose kind is unclear before the command is known', async () => {
    const { code, stderr } = await runCli(['--include', 'run', 'contract', 'run']);
    expect(code).toBe(2);
    expect(stderr).toContain('--include');
    expect(stderr).toContain('after the command');
  });
});

describe('global flags work where they mean something, and are refused by name elsewhere', () => {
  it('refuses each global flag a builtin does not take, naming the flag and the command', async () => {
    for (const spec of BUILTIN_SPECS) {
      const names = new Set(spec.flags.map((f) => f.name));
      for (const g of GLOBAL_FLAGS.filter((f) => !names.has(f.name))) {
        const argv = [...spec.path, `--${g.name}`, ...(g.type === 'string' && !g.optionalValue ? ['x'] : [])];
        const { code, stderr } = await runCli(argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(stderr).toContain(`--${g.name} does not apply to \`zadigctl ${spec.path.join(' ')}\``);
      }
    }
  });

  it('says why, where a reason helps: --json on doctor, --dry-run on auth login', async () => {
    const json = await runCli(['doctor', '--json', 'checks']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain(
      'the global flag --json does not apply to `zadigctl doctor`: it prints JSON with -o json; pick fields with --jq',
    );
    const dry = await runCli(['auth', 'login', '--dry-run']);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain(
      '--dry-run does not apply to `zadigctl auth login`: it changes nothing on a server',
    );
  });

  it('contract run takes --jq (it prints a JSON report) and --ca-file', async () => {
    const { code, stdout, stderr } = await runCli(
      ['contract', 'run', '--include', 'getCliContext', '--jq', '.[0].result'],
      { env },
    );
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    expect(stdout).toBe('PASS\n');
    const bad = await runCli(['contract', 'run', '--jq', '.[', '--include', 'getCliContext'], { env });
    expect(bad.code).toBe(2);
  });

  it('api takes --ca-file, as every command that sends', async () => {
    const { code, stderr } = await runCli(['api', '/openapi/users', '--ca-file', '/nonexistent.pem'], {
      env,
    });
    expect(stderr).toContain('/nonexistent.pem');
    expect(code).not.toBe(0);
    expect(stderr).not.toContain('unknown flag');
  });
});

describe('one duration syntax, through the CLI', () => {
  it('contract run --timeout takes a duration, not milliseconds', async () => {
    const ok = await runCli(['contract', 'run', '--include', 'getCliContext', '--timeout', '90s'], { env });
    expect(ok.stderr).not.toContain('error');
    expect(ok.code).toBe(0);
    const bad = await runCli(['contract', 'run', '--include', 'getCliContext', '--timeout', 'soon'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout: cannot read "soon" as a duration');
    expect(bad.stderr).toContain('90 (seconds), 90s, 5m, 1h or 1h30m');
  });

  it('a bad --wait --timeout is refused before the run is started', async () => {
    server = await startFaultServer({});
    const { code, stderr } = await runCli(
      ['workflow', 'run', '--file', '-', '--wait', '--timeout', 'later'],
      {
        env: { ZADIG_URL: server.url, ZADIG_TOKEN: 't' },
        input: 'project_name: demo\nworkflow_key: build\n',
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--timeout: cannot read "later" as a duration');
    expect(server.requests).toEqual([]);
  });

  it('mock start --idle uses the same syntax', async () => {
    const { code, stderr } = await runCli(['mock', 'start', '--idle', '15 minutes']);
    expect(code).toBe(2);
    expect(stderr).toContain('--idle: cannot read "15 minutes" as a duration');
  });
});

describe('zadigctl help <command…>', () => {
  const same = async (words: string[]) => {
    const viaHelp = await runCli(['help', ...words]);
    const viaFlag = await runCli([...words, '--help']);
    expect(viaHelp.code, words.join(' ')).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).not.toBe('');
  };

  it('is <command…> --help for the root, modules, commands and builtins', async () => {
    await same([]);
    await same(['environment']);
    await same(['workflow', 'cancel']);
    await same(['api']);
    await same(['auth']);
    await same(['auth', 'login']);
    await same(['contract', 'run']);
    await same(['completion']);
    await same(['mock', 'start']);
  });

  it('suggests the closest command for an unknown word', async () => {
    const module = await runCli(['help', 'enviroment']);
    expect(module.code).toBe(2);
    expect(module.stderr).toContain('Did you mean `zadigctl environment`?');
    const verb = await runCli(['help', 'workflow', 'cancle']);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toContain('Did you mean `zadigctl workflow cancel`?');
    const sub = await runCli(['help', 'auth', 'stauts']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('Did you mean `zadigctl auth status`?');
  });
});

describe('profile and config errors come first', () => {
  it('an unknown --profile is named with the closest one and the known ones, before a missing flag', async () => {
    const home = homeWith(PROFILES);
    const { code, stderr } = await runCli(['workflow', 'cancel', '--profile', 'prdo'], { env: home.env });
    expect(code).toBe(2);
    expect(stderr).toContain('no profile "prdo" (from --profile)');
    expect(stderr).toContain('Did you mean "prod"? Known profiles: prod, staging.');
    expect(stderr).not.toContain('missing required flag');
  });

  it('so is one named by ZADIG_PROFILE, for api and contract too', async () => {
    const home = homeWith(PROFILES);
    for (const argv of [['workflow', 'cancel'], ['api'], ['contract', 'run', '--params', '']]) {
      const { code, stderr } = await runCli(argv, { env: { ...home.env, ZADIG_PROFILE: 'stagin' } });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('no profile "stagin" (from ZADIG_PROFILE)');
      expect(stderr).toContain('Did you mean "staging"?');
    }
  });

  it('config set --profile with a typo suggests the closest profile', async () => {
    const home = homeWith(PROFILES);
    const { code, stderr } = await runCli(['config', 'set', 'project', 'demo', '--profile', 'stging'], {
      env: home.env,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean "staging"?');
  });

  it('an invalid config file is reported at file:line:column before a missing flag', async () => {
    const home = homeWith('profiles:\n  prod:\n    url: [unclosed\n');
    const { code, stderr } = await runCli(['workflow', 'cancel'], { env: home.env });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      new RegExp(`${home.config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid YAML`),
    );
    expect(stderr).not.toContain('missing required flag');
  });
});
