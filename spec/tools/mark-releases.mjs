#!/usr/bin/env node
// Writes `x-zadig-since` / `x-zadig-until` into every operation file under spec/resources from
// spec/server-routes.yaml (run after extract-server-routes.mjs):
//
//   node spec/tools/mark-releases.mjs          # rewrite the marks
//   node spec/tools/mark-releases.mjs --check  # only report operations whose marks differ (exit 1)
//
// Each file is re-read right before it is written and only the two mark lines change (inserted after
// `tags:` when absent), so comments, formatting and other people's edits survive. Operations outside
// /openapi (artifact management) are not in the routers this project extracts: their marks are set by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadServerRoutes, marksFor, specDir, YAML } from './releases.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Operation files of the root document with the method and path they are mounted at. */
export function operationFiles() {
  const root = YAML.parse(readFileSync(join(specDir, 'openapi.yaml'), 'utf8'));
  const out = [];
  for (const [path, item] of Object.entries(root.paths)) {
    for (const method of METHODS) {
      if (item[method]?.$ref) out.push({ method, path, file: join(specDir, item[method].$ref) });
    }
  }
  return out;
}

/** The file's text with its marks set to `marks` (since, optional until); only those lines change. */
export function withMarks(text, marks) {
  const lines = text.split('\n').filter((l) => !/^x-zadig-(since|until):/.test(l));
  const wanted = [`x-zadig-since: ${marks.since}`, ...(marks.until ? [`x-zadig-until: ${marks.until}`] : [])];
  const old = text.split('\n');
  const oldSince = old.findIndex((l) => /^x-zadig-since:/.test(l));
  let at;
  if (oldSince >= 0) {
    at = old.slice(0, oldSince).filter((l) => !/^x-zadig-(since|until):/.test(l)).length;
  } else {
    const tags = lines.findIndex((l) => /^tags:/.test(l));
    if (tags < 0) throw new Error('no top-level tags: line');
    at = tags + 1;
    // A block-style tag list continues on the following indented lines.
    while (at < lines.length && /^\s+-/.test(lines[at])) at++;
  }
  lines.splice(at, 0, ...wanted);
  return lines.join('\n');
}

function main(argv) {
  const check = argv.includes('--check');
  const releases = loadServerRoutes();
  const problems = [];
  let changed = 0;
  for (const { method, path, file } of operationFiles()) {
    const text = readFileSync(file, 'utf8');
    const doc = YAML.parse(text);
    const current = { since: doc['x-zadig-since'], until: doc['x-zadig-until'] };
    const marks = path.startsWith('/openapi/') ? marksFor(releases, method, path) : undefined;
    if (!marks) {
      if (!current.since)
        problems.push(
          `${doc.operationId}: no tracked release routes ${method.toUpperCase()} ${path}; mark it by hand`,
        );
      continue;
    }
    if (current.since === marks.since && current.until === marks.until) continue;
    if (check) {
      problems.push(
        `${doc.operationId}: marks ${current.since}..${current.until ?? ''} should be ${marks.since}..${marks.until ?? ''}`,
      );
      continue;
    }
    writeFileSync(file, withMarks(readFileSync(file, 'utf8'), marks));
    changed++;
  }
  for (const p of problems) console.error(p);
  if (!check) console.log(`marked ${changed} operation files`);
  if (problems.length) process.exit(1);
}

if (process.argv[1]?.endsWith('mark-releases.mjs')) main(process.argv.slice(2));
