// Fresh projects as a user makes them: the fixture copied into a temporary folder, the packages installed from
// their tarballs with npm, tools from the npm registry.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ProcessResult, runCommand } from '@zadig-ts/testing';

const require = createRequire(import.meta.url);
const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** Runs a command to its end: a clean environment (PATH with this Node first, HOME, npm's cache) plus `env`. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<ProcessResult> {
  return runCommand(command, args, {
    cwd: options.cwd,
    env: {
      PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      npm_config_cache: process.env.npm_config_cache,
      ...options.env,
    },
  });
}

/** Fails with the command's output unless it exited 0. */
export async function ok(
  command: string,
  args: string[],
  options: Parameters<typeof run>[2],
): Promise<ProcessResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** The version of a tool in this workspace, so consumers use what the packages were checked with. */
export function workspaceVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** Copies fixtures/<name> to <workDir>/<name> and installs the tarballs and tools into it with npm. */
export async function installProject(workDir: string, name: string, packages: string[]): Promise<string> {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(fixtures, name), dir, { recursive: true });
  await ok('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd: dir });
  return dir;
}
