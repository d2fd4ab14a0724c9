// Reads the Go files of koderover/zadig either from a checkout on disk or from a git repository (bare or
// not) at a ref, so the struct checker can read any tracked release without checking it out.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const goFile = (name) => name.endsWith('.go') && !name.endsWith('_test.go');

/** A checkout on disk: files as they are in the working tree. */
export function checkoutSource(root) {
  if (!existsSync(join(root, 'go.mod')))
    throw new Error(`${root}: no go.mod (is it a checkout of koderover/zadig?)`);
  return {
    where: root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    exists: (path) => existsSync(join(root, path)),
    /** The non-test .go files of one directory (its package), as [name, text]. */
    goFiles(dir) {
      const full = join(root, dir);
      if (!existsSync(full) || !statSync(full).isDirectory()) return [];
      return readdirSync(full)
        .filter(goFile)
        .sort()
        .map((name) => [name, readFileSync(join(full, name), 'utf8')]);
    },
  };
}

function git(repo, args, input) {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 512 * 1024 * 1024,
  });
}

/** Splits `git cat-file --batch` output into the contents of the requested blobs, in order. */
function parseBatch(out) {
  const texts = [];
  let at = 0;
  const buffer = Buffer.from(out, 'utf8');
  while (at < buffer.length) {
    const eol = buffer.indexOf(10, at);
    const header = buffer.subarray(at, eol).toString('utf8').split(' ');
    if (header[1] === 'missing') throw new Error(`git cat-file: ${header[0]} missing`);
    const size = Number(header[2]);
    texts.push(buffer.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}

/** A git repository at `ref`: one `ls-tree` for the whole tree, one `cat-file --batch` per package read. */
export function gitSource(repo, ref) {
  let tree;
  try {
    tree = git(repo, ['ls-tree', '-r', ref]);
  } catch {
    throw new Error(`${repo}: cannot list ref ${ref} (is it a clone of koderover/zadig with that tag?)`);
  }
  const blobs = new Map();
  for (const line of tree.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = line.slice(0, tab).split(' ');
    if (type === 'blob') blobs.set(line.slice(tab + 1), oid);
  }
  const byDir = new Map();
  for (const path of blobs.keys()) {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    if (!byDir.has(dir)) byDir.set(dir, []);
    byDir.get(dir).push(path.slice(slash + 1));
  }
  const read = (path) => {
    const oid = blobs.get(path);
    if (!oid) throw new Error(`${ref}: no file ${path}`);
    return parseBatch(git(repo, ['cat-file', '--batch'], `${oid}\n`))[0];
  };
  return {
    where: `${repo}@${ref}`,
    read,
    exists: (path) => blobs.has(path),
    goFiles(dir) {
      const names = (byDir.get(dir) ?? []).filter(goFile).sort();
      if (names.length === 0) return [];
      const texts = parseBatch(
        git(repo, ['cat-file', '--batch'], `${names.map((n) => blobs.get(`${dir}/${n}`)).join('\n')}\n`),
      );
      return names.map((n, i) => [n, texts[i]]);
    },
  };
}

/** The module path of go.mod, read with the tree-sitter-free rule go.mod itself defines (first `module` line). */
export function modulePath(source) {
  for (const line of source.read('go.mod').split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'module' && words[1]) return words[1].replace(/^"|"$/g, '');
  }
  throw new Error(`${source.where}: go.mod has no module line`);
}
