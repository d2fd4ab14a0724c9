// How the binary loads the CLI (`run.cjs` and the chunks it requires) with V8's compiled code kept on disk.
//
// Node 22 and later do this themselves (`module.enableCompileCache()`, in the temporary directory). Node 20
// lacks it and compiles the ~280 KB a read loads on every command. There, each file of dist/ is compiled with
// `vm.Script`, and the code V8 compiled for it (after the command ran, so the functions it called are in) is
// saved in $XDG_CACHE_HOME/zadigctl/code-cache (default ~/.cache/…), in a directory per build of zadigctl and
// Node release, for the next command to start from.
//
// Compiled code is code. The cache is used only if its directory is this user's and no one else may write to
// it. V8 checks little of what it is given (its own version and flags, and the source's length, not its
// text), so the build marks the entry file with a hash of every file it wrote (BUILD_MARK): each build has a
// directory of its own, where an entry is named by its file, and files without the mark are not cached.
// Saving removes the directories of other builds of the same version, and any left untouched for 30 days.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off. Anything that goes wrong with the cache (no
// home, a read-only disk, an entry refused) falls back to compiling; nothing of it is an error the user sees.
import type { Script } from 'node:vm';
import { VERSION } from './version.js';

/**
 * The one file of dist/ that Node itself must load: it holds the `import()` of the ES module packages the
 * CLI uses (jq-wasm, the spec's validator), which a `vm.Script` cannot run. The build writes it.
 */
export const ESM_IMPORT = './esm-import.cjs';

/**
 * Ends the first line of the entry file, followed by 16 hex digits: a hash of every file of the build (see
 * build/commonjs.ts). Without it, nothing is cached.
 */
export const BUILD_MARK = ' // zadigctl build ';

/** Directories of other builds not written to for this long are removed when the cache is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

type Env = Readonly<Record<string, string | undefined>>;
type Exports = Record<string, unknown>;

interface Entry {
  script: Script;
  /** The file's name: the build's directory pins every file's content. */
  key: string;
}

export interface CodeCache {
  /**
   * The exports of `file` (a path in dist/), loaded with its chunks through the cache; packages and builtins
   * come from the `require` given to {@link openCodeCache}, the binary's own, of the same directory.
   */
  load(file: string): Exports;
  /** Saves the compiled code of every file loaded without a usable entry. Never throws. */
  save(): void;
}

/** The cache, or undefined where Node keeps one itself, it is turned off, or its directory is unusable. */
export function openCodeCache(env: Env, nodeRequire: NodeJS.Require): CodeCache | undefined {
  if (Number(process.versions.node.split('.')[0]) >= 22) {
    // Node's own (22.1 and later). Node 20 is not asked: its `node:module` would load source-map code.
    const nodeModule = process.getBuiltinModule('node:module') as { enableCompileCache?: () => unknown };
    nodeModule.enableCompileCache?.();
    return undefined;
  }
  // Node maps stack traces through source maps (--enable-source-maps) for the files it loads, not for scripts
  // compiled here: when asked for them, Node loads the files.
  if (env.NODE_DISABLE_COMPILE_CACHE || process.sourceMapsEnabled) return undefined;
  const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
  const path = process.getBuiltinModule('node:path') as typeof import('node:path');
  const { Script } = process.getBuiltinModule('node:vm') as typeof import('node:vm');
  const base = cacheBase(env, path);
  if (base === undefined || !ownDirectory(base, fs)) return undefined;
  // This build's directory, named when the first file (the entry) is read; undefined if it cannot be made.
  let dir: string | undefined;

  const loaded = new Map<string, { exports: Exports }>();
  const unsaved: Entry[] = [];
  function load(file: string): Exports {
    const done = loaded.get(file);
    if (done) return done.exports;
    const source = fs.readFileSync(file, 'utf8');
    if (loaded.size === 0) dir = buildDirectory(base as string, source, fs, path);
    const module = { exports: {} as Exports };
    loaded.set(file, module);
    const key = path.basename(file);
    let cachedData: Buffer | undefined;
    try {
      if (dir !== undefined) cachedData = fs.readFileSync(path.join(dir, key));
    } catch {
      // No entry yet: compiled from the source, saved at the end.
    }
    // The wrapper keeps the source's first line the file's first line: stack traces keep their lines.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: file,
      cachedData,
    });
    if (dir !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
      unsaved.push({ script, key });
    }
    const dirname = path.dirname(file);
    const require = (specifier: string) =>
      specifier.startsWith('./') && specifier !== ESM_IMPORT
        ? load(path.join(dirname, specifier))
        : nodeRequire(specifier);
    script.runInThisContext()(module.exports, require, module, file, dirname);
    return module.exports;
  }
  function save(): void {
    const own = dir;
    if (unsaved.length === 0 || own === undefined) return;
    try {
      removeOtherBuilds(base as string, path.basename(own), fs, path);
      for (const { script, key } of unsaved.splice(0)) {
        const target = path.join(own, key);
        const partial = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(partial, target);
      }
    } catch {
      // A full or read-only disk: the next command compiles again.
    }
  }
  return { load, save };
}

function cacheBase(env: Env, path: typeof import('node:path')): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  const home = xdg && path.isAbsolute(xdg) ? xdg : env.HOME ? path.join(env.HOME, '.cache') : undefined;
  return home === undefined ? undefined : path.join(home, 'zadigctl', 'code-cache');
}

/** `<version>-<build>-node<release>-<arch>` below `base`, made if need be; undefined if it cannot be. */
function buildDirectory(
  base: string,
  entrySource: string,
  fs: typeof import('node:fs'),
  path: typeof import('node:path'),
): string | undefined {
  const firstLine = entrySource.slice(0, entrySource.indexOf('\n') >>> 0);
  const at = firstLine.lastIndexOf(BUILD_MARK);
  const build = firstLine.slice(at + BUILD_MARK.length);
  if (at < 0 || !/^[0-9a-f]{16}$/.test(build)) return undefined;
  const dir = path.join(base, `${VERSION}-${build}-node${process.versions.node}-${process.arch}`);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  return dir;
}

/** Removes the directories of other builds of this version, and those untouched for STALE_MS. */
function removeOtherBuilds(
  base: string,
  own: string,
  fs: typeof import('node:fs'),
  path: typeof import('node:path'),
): void {
  const version = `${VERSION}-`;
  const release = `-node${process.versions.node}-${process.arch}`;
  for (const name of fs.readdirSync(base)) {
    if (name === own) continue;
    const full = path.join(base, name);
    const sameVersion =
      name.startsWith(version) &&
      name.endsWith(release) &&
      /^[0-9a-f]{16}-node/.test(name.slice(version.length));
    if (sameVersion || Date.now() - fs.statSync(full).mtimeMs > STALE_MS) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

/** Creates `dir` if need be; true when it is a directory of this user's that no one else may write to. */
function ownDirectory(dir: string, fs: typeof import('node:fs')): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    return stat.isDirectory() && mine && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
