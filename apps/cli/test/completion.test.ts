import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { commands } from '../src/commands/catalog.js';
import { commandFlags } from '../src/commands/flags.js';
import { BIN, runCli } from './run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'zadigctl-completion-'));
const env = { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') };

/** What `__complete` offers for the words after `zadigctl` (the last one being completed). */
async function complete(...words: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['completion', '__complete', '--', ...words], { env });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.split('\n').filter(Boolean);
}

const values = (lines: string[]) => lines.map((l) => l.split('\t')[0]);

function hasShell(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

beforeAll(() => {
  const file = join(env.XDG_CONFIG_HOME, 'zadigctl', 'config.yaml');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(
    file,
    stringify({
      defaultProfile: 'prod',
      profiles: {
        prod: { url: 'https://zadig.example.com', token: 'secret-prod-token' },
        staging: { url: 'https://staging.example.com', token: 'secret-staging-token' },
      },
    }),
    { mode: 0o600 },
  );
});

describe('zadigctl completion __complete', () => {
  it('offers modules and builtins first, with descriptions', async () => {
    const all = await complete('');
    expect(all).toContain('releases\tVersion Management');
    expect(all).toContain('release-plans\tRelease Plan');
    expect(values(all)).toEqual(expect.arrayContaining(['auth', 'doctor', 'completion', 'api', 'workflow']));
    expect(values(await complete('rel'))).toEqual(['releases', 'release-plans']);
    expect(values(await complete('au')).sort()).toEqual(['audit', 'auth']);
    expect(values(all)).toEqual(expect.arrayContaining(['mock', 'config', 'audit']));
    expect(await complete('nothing-like-it')).toEqual([]);
  });

  it("offers a module's commands, also after an alias or global flags", async () => {
    const verbs = values(await complete('releases', ''));
    expect(verbs).toEqual(expect.arrayContaining(['list', 'get', 'create-k8s', 'create-helm']));
    expect(values(await complete('releases', 'create-')).sort()).toEqual(['create-helm', 'create-k8s']);
    expect(values(await complete('plans', 'ge'))).toEqual(['get']);
    expect(values(await complete('--profile', 'prod', '-o', 'json', 'releases', 'create-')).sort()).toEqual([
      'create-helm',
      'create-k8s',
    ]);
  });

  it("offers each command's flags, without the ones already given", async () => {
    const flags = await complete('releases', 'list', '--');
    expect(flags).toContain("--project\t(required) Project key (the project's identifier).");
    expect(values(flags)).toEqual(
      expect.arrayContaining(['--page-num', '--page-size', '--output', '--profile', '--jq', '--json']),
    );
    // The API's names are accepted, never offered.
    expect(values(flags)).not.toContain('--projectKey');
    expect(values(flags)).not.toContain('--project-key');
    expect(values(flags)).not.toContain('--file');
    const after = values(await complete('releases', 'list', '--project', 'demo', '--'));
    expect(after).not.toContain('--project');
    expect(values(await complete('releases', 'list', '-p', 'demo', '--'))).not.toContain('--project');
    expect(values(await complete('releases', 'list', '--projectKey', 'demo', '--'))).not.toContain(
      '--project',
    );
    expect(values(await complete('releases', 'create-k8s', '--fi'))).toEqual(['--field', '--file']);
    // --wait where a command can wait, and the same words in every module.
    expect(values(await complete('workflow', 'run', '--wa'))).toEqual(['--wait']);
    expect(values(await complete('workflow', 'task', '--'))).toEqual(
      expect.arrayContaining(['--workflow', '--task', '--wait', '--timeout']),
    );
    expect(values(await complete('environment', 'get-service', '--'))).toEqual(
      expect.arrayContaining(['--project', '--env', '--service']),
    );
    // With nothing typed after a full command, its flags.
    expect(values(await complete('releases', 'list', ''))).toContain('--project');
  });

  it('offers flag values: formats, enum values, profiles, file names', async () => {
    expect(await complete('releases', 'list', '-o', '')).toEqual(['table', 'json', 'yaml', 'raw']);
    expect(await complete('releases', 'list', '--output', 'y')).toEqual(['yaml']);
    expect(await complete('releases', 'list', '--output=j')).toEqual(['--output=json']);
    expect(await complete('--profile', '')).toEqual(['prod', 'staging']);
    expect(await complete('releases', 'list', '--server', 'https://st')).toEqual([
      'https://staging.example.com',
    ]);
    expect(await complete('releases', 'create-k8s', '--file', '')).toEqual([':files']);

    // Every enum flag of every command offers its values.
    const withEnum = commands.flatMap((c) =>
      c.operation.parameters
        .filter((p) => p.enum && (p.in === 'query' || p.in === 'path'))
        .map((p) => ({ c, p })),
    );
    expect(withEnum.length).toBeGreaterThan(0);
    for (const { c, p } of withEnum.slice(0, 3)) {
      const flag = commandFlags(c).find((f) => f.aliases?.includes(p.name) || f.name === p.name);
      expect(await complete(c.module, c.verb, `--${flag?.name}`, '')).toEqual(p.enum?.map(String));
    }
  });

  it('completes the builtins: auth subcommands and profiles, completion shells, doctor flags', async () => {
    expect(values(await complete('auth', ''))).toEqual(['login', 'status', 'logout', 'use']);
    expect(values(await complete('auth', 'login', '--'))).toEqual([
      '--profile',
      '--server',
      '--ca-file',
      '--set-default',
      '--help',
    ]);
    expect(await complete('auth', 'use', '')).toEqual(['prod', 'staging']);
    expect(await complete('auth', 'logout', '--profile', 'st')).toEqual(['staging']);
    expect(values(await complete('completion', ''))).toEqual(['bash', 'zsh', 'fish', 'powershell']);
    expect(values(await complete('doctor', '--'))).toEqual([
      '--output',
      '--server',
      '--profile',
      '--mock',
      '--zadig-version',
      '--ca-file',
      '--jq',
      '--help',
    ]);
    expect(values(await complete('mock', ''))).toEqual(['start', 'stop', 'status']);
    expect(values(await complete('config', 'set', ''))).toEqual(['project', 'zadig-version', 'ca-file']);
    expect(await complete('config', 'set', '--profile', 'st')).toEqual(['staging']);
    expect(values(await complete('audit', '--'))).toEqual(['--limit', '--output', '--jq', '--help']);
  });

  it('completes the flags of api and contract run', async () => {
    expect(values(await complete('api', '--pa'))).toEqual(['--paginate']);
    expect(values(await complete('api', '--j'))).toEqual(expect.arrayContaining(['--jq', '--json']));
    expect(values(await complete('contract', ''))).toEqual(['run']);
    expect(values(await complete('contract', 'run', '--al'))).toEqual(['--allow-writes']);
  });

  it('never shows a token', async () => {
    const lines = [
      ...(await complete('--profile', '')),
      ...(await complete('--server', '')),
      ...(await complete('auth', 'use', '')),
    ];
    expect(lines.join('\n')).not.toContain('secret');
  });
});

describe('zadigctl completion scripts', () => {
  /** A directory with a `zadigctl` on it that runs the built CLI. */
  function binDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'zadigctl-bin-'));
    writeFileSync(join(dir, 'zadigctl'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(dir, 'zadigctl'), 0o755);
    return dir;
  }

  it.each(['bash', 'zsh', 'fish', 'powershell'])('prints a %s script', async (shell) => {
    const { code, stdout } = await runCli(['completion', shell]);
    expect(code).toBe(0);
    expect(stdout).toContain('completion __complete --');
  });

  it('rejects an unknown shell with exit code 2', async () => {
    const { code, stderr } = await runCli(['completion', 'tcsh']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown shell "tcsh"');
    expect(stderr).toContain('Expected one of: bash, zsh, fish, powershell.');
  });

  it('bash accepts the bash script, and it completes through zadigctl', async () => {
    const script = (await runCli(['completion', 'bash'])).stdout;
    const file = join(home, 'zadigctl.bash');
    writeFileSync(file, script);
    execFileSync('bash', ['-n', file]);
    const run = (line: string) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source "${file}"; COMP_LINE="$1"; COMP_POINT=\${#1}; _zadigctl_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'bash',
          line,
        ],
        {
          env: { ...process.env, ...env, PATH: `${binDir()}${delimiter}${process.env.PATH}` },
          encoding: 'utf8',
        },
      )
        .split('\n')
        .filter(Boolean);
    expect(run('zadigctl rel')).toEqual(['releases', 'release-plans']);
    expect(run('zadigctl releases list --output ')).toEqual(['table', 'json', 'yaml', 'raw']);
    // Bash completes after '=', so the candidates are what follows it.
    expect(run('zadigctl releases list --output=j')).toEqual(['json']);
    expect(run('zadigctl --profile s')).toEqual(['staging']);
    expect(run('zadigctl workflow run --wa')).toEqual(['--wait']);
    expect(run('zadigctl workflow task -')).toEqual(expect.arrayContaining(['--workflow', '--task']));
  });

  it.skipIf(!hasShell('zsh'))(
    'zsh accepts the zsh script, and it hands candidates to _describe',
    async () => {
      const file = join(home, '_zadigctl');
      writeFileSync(file, (await runCli(['completion', 'zsh'])).stdout);
      execFileSync('zsh', ['-n', file]);
      // Outside a completion widget, zsh's own _describe and _files are replaced by printers.
      const run = (...words: string[]) =>
        execFileSync(
          'zsh',
          [
            '-f',
            '-c',
            `compdef() { : }; _describe() { print -rl -- "\${(@P)4}" }; _files() { print FILES }
           source "${file}"; words=("$@"); CURRENT=$#; _zadigctl`,
            'zsh',
            ...words,
          ],
          {
            env: { ...process.env, ...env, PATH: `${binDir()}${delimiter}${process.env.PATH}` },
            encoding: 'utf8',
          },
        )
          .split('\n')
          .filter(Boolean);
      expect(run('zadigctl', 'rel')).toEqual(['releases:Version Management', 'release-plans:Release Plan']);
      expect(run('zadigctl', 'releases', 'list', '--output=j')).toEqual(['--output=json']);
      expect(run('zadigctl', 'releases', 'create-k8s', '--file', '')).toEqual(['FILES']);
    },
  );

  it.skipIf(!hasShell('fish'))(
    'fish accepts the fish script, and it completes through zadigctl',
    async () => {
      const file = join(home, 'zadigctl.fish');
      writeFileSync(file, (await runCli(['completion', 'fish'])).stdout);
      execFileSync('fish', ['--no-execute', file]);
      const run = (line: string) =>
        execFileSync('fish', ['--no-config', '-c', `source ${file}; complete -C "${line}"`], {
          env: { ...process.env, ...env, PATH: `${binDir()}${delimiter}${process.env.PATH}` },
          encoding: 'utf8',
        })
          .split('\n')
          .filter(Boolean);
      expect(run('zadigctl rel')).toEqual(['releases\tVersion Management', 'release-plans\tRelease Plan']);
      // fish sorts what it shows.
      expect(run('zadigctl auth ').map((l) => l.split('\t')[0])).toEqual([
        'login',
        'logout',
        'status',
        'use',
      ]);
      expect(run('zadigctl releases list --output=').sort()).toEqual([
        '--output=json',
        '--output=raw',
        '--output=table',
        '--output=yaml',
      ]);
    },
  );
});
