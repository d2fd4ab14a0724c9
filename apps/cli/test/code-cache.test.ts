// The binary's loader on Node 20 (src/code-cache.ts): files of a directory loaded as CommonJS through V8's code
// cache, kept on disk. Real files, a real cache directory, real V8 cached data; Node 22 and later keep their
// own cache (module.enableCompileCache) and never use this loader, so there these tests do not run.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runNode } from '@zadig-ts/testing';
import { describe, expect, it } from 'vitest';
import { BUILD_MARK, type CodeCache, ESM_IMPORT, openCodeCache } from '../src/code-cache.js';
import { VERSION } from '../src/version.js';
import { BIN } from './run-cli.js';

// Node 22 and later keep their own cache: the binary does not use this one there.
const nativeCache = Number(process.versions.node.split('.')[0]) >= 22;
const here = createRequire(import.meta.url);
/** The fixture's build hash (a real build's is the hash of its files). */
const FIXTURE_BUILD = '00000000000000aa';

function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'zadigctl-code-cache-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(
    join(dist, 'a.cjs'),
    [
      `"use strict";${BUILD_MARK}${FIXTURE_BUILD}`,
      'const b = require("./b.cjs");',
      'exports.sameB = b === require("./b.cjs");',
      'exports.file = __filename;',
      'exports.value = b.value;',
      'exports.builtin = require("node:path").sep;',
      'exports.esm = () => require("./esm-import.cjs")("node:path");',
      'exports.fail = () => { throw new Error("from a"); };',
      'module.exports.strict = (function () { return this === undefined; })();',
    ].join('\n'),
  );
  writeFileSync(join(dist, 'b.cjs'), '"use strict";\nexports.value = 42;\n');
  writeFileSync(
    join(dist, ESM_IMPORT),
    '"use strict";\nmodule.exports = (specifier) => import(specifier);\n',
  );
  return { root, dist, env: { HOME: join(root, 'home'), XDG_CACHE_HOME: join(root, 'cache') } };
}

function entries(env: { XDG_CACHE_HOME: string }) {
  const base = join(env.XDG_CACHE_HOME, 'zadigctl', 'code-cache');
  const [dir] = readdirSync(base);
  if (dir === undefined) return { dir: base, files: [] as string[] };
  const full = join(base, dir);
  return { dir: full, files: readdirSync(full).sort() };
}

describe.skipIf(nativeCache)('the code cache of the binary (Node 20)', () => {
  it('loads CommonJS files as Node would: one instance each, builtins, strict code, lines kept', async () => {
    const { dist, env } = fixture();
    const cache = openCodeCache(env, createRequire(join(dist, 'a.cjs')));
    expect(cache).toBeDefined();
    const a = cache?.load(join(dist, 'a.cjs')) as Record<string, unknown>;
    expect(a).toMatchObject({
      sameB: true,
      file: join(dist, 'a.cjs'),
      value: 42,
      builtin: '/',
      strict: true,
    });
    // The ES module import goes through the one file Node loads itself: a vm script cannot import().
    const path = await (a.esm as () => Promise<{ sep: string }>)();
    expect(path.sep).toBe('/');
    let stack = '';
    try {
      (a.fail as () => void)();
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    expect(stack).toContain(`${join(dist, 'a.cjs')}:8:`);
  });

  it('keeps the compiled code of each file, private to the user', () => {
    const { dist, env } = fixture();
    const first = openCodeCache(env, createRequire(join(dist, 'a.cjs')));
    first?.load(join(dist, 'a.cjs'));
    first?.save();
    const { dir, files } = entries(env);
    expect(files).toEqual(['a.cjs', 'b.cjs']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of files) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
  });

  // V8 takes cached code only for a source it has not compiled in this process: these runs are processes.
  it('is used by the next command; an entry V8 refuses is replaced, and another build of the version removed', async () => {
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'zadigctl-code-cache-')) };
    const help = async () => {
      const result = await runNode([BIN, '--help'], { env });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    };
    await help();
    const { dir, files } = entries(env);
    expect(files).toContain('run.cjs');
    expect(readFileSync(join(dirname(BIN), 'run.cjs'), 'utf8').split('\n', 1)[0]).toContain(
      basename(dir).split('-')[1],
    );
    const inode = (file: string) => statSync(join(dir, file)).ino;
    const before = files.map(inode);
    await help();
    expect(entries(env).files).toEqual(files);
    expect(files.map(inode)).toEqual(before); // accepted: nothing compiled afresh, nothing written

    const [first] = files as [string];
    writeFileSync(join(dir, first), 'not compiled code at all');
    const otherBuild = join(dirname(dir), basename(dir).replace(/-[0-9a-f]{16}-/, '-0123456789abcdef-'));
    mkdirSync(otherBuild);
    writeFileSync(join(otherBuild, 'run.cjs'), 'code of a build no longer installed');
    await help();
    expect(readdirSync(dirname(dir))).toEqual([basename(dir)]);
    expect(entries(env).files).toEqual(files);
    expect(readFileSync(join(dir, first), 'utf8')).not.toBe('not compiled code at all');
  });

  it('names its directory by the build, and removes other builds of its version and long-unused ones', () => {
    const { dist, env } = fixture();
    const mark = 'a1b2c3d4e5f60718';
    writeFileSync(
      join(dist, 'a.cjs'),
      readFileSync(join(dist, 'a.cjs'), 'utf8').replace(FIXTURE_BUILD, mark),
    );
    const base = join(env.XDG_CACHE_HOME, 'zadigctl', 'code-cache');
    const release = `node${process.versions.node}-${process.arch}`;
    const others = {
      sameVersion: `${VERSION}-0123456789abcdef-${release}`,
      otherNode: `${VERSION}-0123456789abcdef-node18.20.0-${process.arch}`,
      recent: `9.9.9-0123456789abcdef-${release}`,
      stale: `9.9.8-0123456789abcdef-${release}`,
    };
    for (const name of Object.values(others)) mkdirSync(join(base, name), { recursive: true });
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(join(base, others.stale), longAgo, longAgo);

    const cache = openCodeCache(env, createRequire(join(dist, 'a.cjs')));
    expect(cache).toBeDefined();
    expect((cache as CodeCache).load(join(dist, 'a.cjs')).value).toBe(42);
    cache?.save();
    expect(readdirSync(base).sort()).toEqual(
      [`${VERSION}-${mark}-${release}`, others.otherNode, others.recent].sort(),
    );
    expect(readdirSync(join(base, `${VERSION}-${mark}-${release}`))).toHaveLength(2);
  });

  it('is not used for files without the build mark, where others may write, when turned off, with source maps on, or without a home', () => {
    const { dist, env } = fixture();
    const base = join(env.XDG_CACHE_HOME, 'zadigctl', 'code-cache');
    expect(openCodeCache(env, here)).toBeDefined();
    expect(statSync(base).mode & 0o777).toBe(0o700);
    // Files without the mark load, and nothing is kept for them.
    writeFileSync(join(dist, 'a.cjs'), readFileSync(join(dist, 'a.cjs'), 'utf8').replace(BUILD_MARK, ' //'));
    const unmarked = openCodeCache(env, createRequire(join(dist, 'a.cjs')));
    expect((unmarked as CodeCache).load(join(dist, 'a.cjs')).value).toBe(42);
    unmarked?.save();
    expect(readdirSync(base)).toEqual([]);
    chmodSync(base, 0o777);
    expect(openCodeCache(env, here)).toBeUndefined();
    chmodSync(base, 0o700);
    expect(openCodeCache({ ...env, NODE_DISABLE_COMPILE_CACHE: '1' }, here)).toBeUndefined();
    // --enable-source-maps: Node maps the stack traces of the files it loads, so it loads them.
    const was = process.sourceMapsEnabled;
    process.setSourceMapsEnabled(true);
    try {
      expect(openCodeCache(env, here)).toBeUndefined();
    } finally {
      process.setSourceMapsEnabled(was);
    }
    expect(openCodeCache({}, here)).toBeUndefined();
    expect(openCodeCache({ XDG_CACHE_HOME: 'relative/cache' }, here)).toBeUndefined();
  });
});
