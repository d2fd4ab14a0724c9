// @zadig-ts/client and @zadig-ts/openapi installed from their tarballs into fresh projects of each kind people
// have: type-checked with their settings, built as they would build, and run against Prism on Node 20, 22, 24.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { installProject, ok, run, workspaceVersion } from './projects.js';

const tarballs = inject('tarballs');
const nodes = inject('nodes');
const workDir = inject('workDir');
const prismUrl = inject('prismUrl');

/** Each project kind: how it is checked and built, and the file a runtime starts. */
const KINDS = [
  { kind: 'esm-nodenext', tsc: true, entry: 'dist/main.js' },
  { kind: 'esm-bundler', tsc: true, bundle: true, entry: 'dist/main.mjs' },
  { kind: 'cjs-require', tsc: false, entry: 'src/main.js' },
  { kind: 'ts-commonjs', tsc: true, entry: 'dist/main.js' },
  { kind: 'strict', tsc: true, entry: 'dist/main.js' },
] as const;

let projects = '';

beforeAll(async () => {
  projects = await installProject(workDir, 'client', [
    tarballs['@zadig-ts/client'] as string,
    tarballs['@zadig-ts/openapi'] as string,
    `typescript@${workspaceVersion('typescript')}`,
    `@types/node@${workspaceVersion('@types/node')}`,
  ]);
});

describe('installed from the tarballs', () => {
  it('the client brings only openapi-fetch (and its helpers)', async () => {
    const dir = await installProject(workDir, 'client-only', [tarballs['@zadig-ts/client'] as string]);
    const installed = readdirSync(join(dir, 'node_modules'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .flatMap((e) =>
        e.name.startsWith('@')
          ? readdirSync(join(dir, 'node_modules', e.name)).map((n) => `${e.name}/${n}`)
          : [e.name],
      )
      .sort();
    expect(installed).toEqual(['@zadig-ts/client', 'openapi-fetch', 'openapi-typescript-helpers']);
  });

  it.each(KINDS.filter((k) => k.tsc))('$kind type-checks and builds with its settings', async ({ kind }) => {
    const tsc = join(projects, 'node_modules', 'typescript', 'bin', 'tsc');
    await ok(process.execPath, [tsc, '-p', kind], { cwd: projects });
  });

  it('esm-bundler bundles with esbuild', async () => {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const dir = join(projects, 'esm-bundler');
    const result = await esbuild.build({
      entryPoints: [join(dir, 'src/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: join(dir, 'dist/main.mjs'),
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });
});

describe.each(Object.keys(nodes))('on Node %s', (major) => {
  it.each(KINDS)('$kind calls Prism and gets typed errors', async ({ kind, entry }) => {
    const result = await run(nodes[major] as string, [entry], {
      cwd: join(projects, kind),
      env: { ZADIG_URL: prismUrl, ZADIG_TOKEN: 'consumer-token' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.kind).toBe(kind);
    expect(report.node.split('.')[0]).toBe(major);
    expect(report.projects).toBeGreaterThan(0);
    expect(typeof report.first).toBe('string');
    expect(report.notFound).toBe(true);
    if ('violations' in report) expect(report.violations).toBeGreaterThan(0);
    if ('operations' in report) expect(report.operations).toBeGreaterThan(100);
    if ('raw' in report) expect(report.raw).toBe(report.projects);
  });
});
