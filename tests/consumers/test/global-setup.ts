// Packs every publishable package of the workspace as `pnpm publish` would (workspace: ranges become
// versions), and finds a node binary for each supported major version: this process's for 20, Node 22 and 24
// from the npm registry's `node` package. Hands both to the tests with inject().
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = new URL('../../../', import.meta.url).pathname;
// Every supported major by default; CONSUMER_NODES=22 (say) limits a run to some, as each job of the GitHub
// workflow's Node matrix does for its own version.
const NODE_MAJORS = (process.env.CONSUMER_NODES || '20,22,24').split(',').map((major) => major.trim());

function publishable(): { name: string; dir: string }[] {
  const found: { name: string; dir: string }[] = [];
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(root, group, entry.name);
      let pkg: { name: string; private?: boolean };
      try {
        pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      if (!pkg.private) found.push({ name: pkg.name, dir });
    }
  }
  return found;
}

function nodeBinary(major: string): string {
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const out = execFileSync('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  const path = out.trim().split('\n').at(-1) ?? '';
  const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  if (version.split('.')[0] !== major) throw new Error(`node@${major} from npx is ${version}`);
  return path;
}

export default function setup(project: TestProject): () => void {
  const workDir = mkdtempSync(join(tmpdir(), 'zadig-consumers-'));
  const packDir = join(workDir, 'tarballs');
  // The workspace's own pnpm (a root devDependency), whose package exports nothing to resolve.
  const pnpm = join(root, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const tarballs: Record<string, string> = {};
  for (const { name, dir } of publishable()) {
    const out = execFileSync(process.execPath, [pnpm, 'pack', '--pack-destination', packDir], {
      cwd: dir,
      encoding: 'utf8',
    });
    const file = out
      .trim()
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack of ${name} printed no tarball:\n${out}`);
    tarballs[name] = file.startsWith('/') ? file : join(packDir, file);
  }
  const nodes = Object.fromEntries(NODE_MAJORS.map((major) => [major, nodeBinary(major)]));
  project.provide('tarballs', tarballs);
  project.provide('nodes', nodes);
  project.provide('workDir', workDir);
  return () => rmSync(workDir, { recursive: true, force: true });
}
