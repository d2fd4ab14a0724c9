#!/usr/bin/env node
// Lists the request and response structs of the server's OpenAPI code whose JSON fields or `binding` tags
// changed between consecutive tracked releases, to find what to record as `x-zadig-changes` (spec/RELEASES.md
// lists them). Run it against a clone of koderover/zadig (work tree or bare), like extract-server-routes.mjs:
//
//   node spec/tools/diff-request-structs.mjs --repo ../zadig
//
// It reads `type <Name> struct { … }` blocks of the aslan module's `openapi*.go` and `types.go` files and of
// `pkg/types`, keeps structs whose names say they are OpenAPI inputs (`OpenAPI…`, `…Req`, `…Args`,
// `…Request`), and prints, per pair of releases, the fields removed or added and the changed binding tags.
// A heuristic for reading, not a check: renamed structs and fields typed by other structs need a human.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRACKED } from './extract-server-routes.mjs';

function git(repo, args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** JSON field name → binding tag of every matching struct in one Go source. */
export function structsOfSource(source) {
  const out = new Map();
  for (const m of source.matchAll(/^type (\w+) struct \{([\s\S]*?)^\}/gm)) {
    const [, name, body] = m;
    if (!/OpenAPI|Req|Args|Request/.test(name)) continue;
    const fields = new Map();
    for (const line of body.split('\n')) {
      const json = /json:"([^",]+)/.exec(line)?.[1];
      if (!json || json === '-') continue;
      fields.set(json, /binding:"([^"]+)"/.exec(line)?.[1] ?? '');
    }
    out.set(name, fields);
  }
  return out;
}

function structsOf(repo, ref) {
  const files = git(repo, ['ls-tree', '-r', '--name-only', ref, 'pkg/microservice/aslan/core', 'pkg/types'])
    .split('\n')
    .filter((f) => /(openapi[^/]*|\/types)\.go$/.test(f) && !f.endsWith('_test.go'));
  const all = new Map();
  for (const file of files) {
    const module = file.includes('/core/') ? file.split('/core/')[1].split('/')[0] : 'types';
    for (const [name, fields] of structsOfSource(git(repo, ['show', `${ref}:${file}`]))) {
      all.set(`${module}.${name}`, fields);
    }
  }
  return all;
}

/** What changed in each struct present in both maps. */
export function diffStructs(before, after) {
  const changes = [];
  for (const [name, a] of before) {
    const b = after.get(name);
    if (!b) continue;
    const removed = [...a.keys()].filter((f) => !b.has(f));
    const added = [...b.keys()].filter((f) => !a.has(f));
    const binding = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
    if (removed.length || binding.length || (added.length && removed.length)) {
      changes.push({ name, removed, added, binding: binding.map((f) => [f, a.get(f), b.get(f)]) });
    }
  }
  return changes.sort((x, y) => x.name.localeCompare(y.name));
}

function main(argv) {
  const at = argv.indexOf('--repo');
  const repo = at >= 0 ? argv[at + 1] : undefined;
  if (!repo)
    throw new Error('usage: node spec/tools/diff-request-structs.mjs --repo <clone of koderover/zadig>');
  let previous;
  for (const release of TRACKED) {
    const current = structsOf(repo, release);
    if (previous) {
      console.log(`== ${previous.release} -> ${release}`);
      for (const c of diffStructs(previous.structs, current)) {
        const binding = c.binding.map(([f, a, b]) => `${f}: "${a}" -> "${b}"`).join(', ');
        console.log(
          `  ${c.name}: removed [${c.removed}] added [${c.added}]${binding ? ` binding ${binding}` : ''}`,
        );
      }
    }
    previous = { release, structs: current };
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`diff-request-structs: ${error.message}`);
    process.exit(1);
  }
}
