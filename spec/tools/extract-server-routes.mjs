#!/usr/bin/env node
// Extracts the `/openapi` routes of every tracked Zadig release from the server's routers and writes
// spec/server-routes.yaml. Run it against a clone of koderover/zadig (work tree or bare):
//
//   node spec/tools/extract-server-routes.mjs --repo ../zadig [--out spec/server-routes.yaml]
//
// It reads each release's git tree with `git show <tag>:<file>` (nothing is checked out). How the server
// wires its routes: pkg/microservice/<service>/server/rest/router.go maps prefixes such as
// "/openapi/environments" to `new(<alias>.<Type>)`; that type's `Inject(router *gin.RouterGroup)` in the
// aliased package declares gin groups (`x := router.Group("path")`) and routes (`x.GET("/path", handler)`).
// A line inside an Inject body that looks like a route but is not understood stops the script, so a new
// router style is noticed instead of silently dropped. Not run in CI: CI has no checkout of the server.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The releases the spec tracks, oldest first; `main` is the development branch, dated by its last commit. */
export const TRACKED = ['v3.4.0', 'v4.0.0', 'v4.1.0', 'v4.2.0', 'v4.2.1', 'v4.3.0', 'v5.0.0', 'main'];

const SERVICES = [
  { name: 'aslan', rest: 'pkg/microservice/aslan/server/rest/router.go' },
  { name: 'user', rest: 'pkg/microservice/user/server/rest/router.go' },
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function git(repo, args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function show(repo, ref, path) {
  return git(repo, ['show', `${ref}:${path}`]);
}

function goModule(repo, ref) {
  const mod = show(repo, ref, 'go.mod').match(/^module\s+(\S+)/m);
  if (!mod) throw new Error(`${ref}: go.mod has no module line`);
  return mod[1];
}

/** Import alias → package directory (inside the repository) of one Go file. */
function imports(source, module) {
  const out = new Map();
  const block = source.match(/import\s*\(([\s\S]*?)\)/);
  const lines = block ? block[1].split('\n') : [];
  for (const line of lines) {
    const m = line.trim().match(/^(?:(\w+)\s+)?"([^"]+)"/);
    if (!m) continue;
    const [, alias, path] = m;
    if (!path.startsWith(`${module}/`)) continue;
    const dir = path.slice(module.length + 1);
    out.set(alias ?? dir.split('/').pop(), dir);
  }
  return out;
}

/** The `"<prefix>": new(<alias>.<Type>)` entries of a service's rest router that mount under /openapi. */
function mounts(source) {
  const out = [];
  for (const m of source.matchAll(/"(\/openapi[^"]*)"\s*:\s*new\((\w+)\.(\w+)\)/g)) {
    out.push({ prefix: m[1], alias: m[2], type: m[3] });
  }
  return out;
}

/** The body of `func (... *Type) Inject(<param> *gin.RouterGroup) { ... }` and its parameter name. */
function injectBody(source, type) {
  const re = new RegExp(
    `func\\s*\\(\\s*(?:\\w+\\s+)?\\*?${type}\\s*\\)\\s*Inject\\s*\\(\\s*(\\w+)\\s+\\*gin\\.RouterGroup\\s*\\)\\s*\\{`,
  );
  const m = re.exec(source);
  if (!m) return undefined;
  let depth = 1;
  let i = m.index + m[0].length;
  const start = i;
  for (; i < source.length && depth > 0; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}') depth--;
  }
  return { param: m[1], body: source.slice(start, i - 1) };
}

function join2(prefix, path) {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '');
  return joined.replace(/\/{2,}/g, '/') || '/';
}

/** `:name` and `*name` gin parameters become OpenAPI's `{name}`. */
export function ginToOpenApi(path) {
  return path.replace(/[:*](\w+)/g, '{$1}');
}

/** Routes of one Inject body, given the prefix its router parameter is mounted at. */
function routesOf(body, param, prefix, where) {
  const scopes = [new Map([[param, prefix]])];
  const lookup = (name) => {
    for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name);
    return undefined;
  };
  const routes = [];
  const lines = body.replace(/\/\*[\s\S]*?\*\//g, '').split('\n');
  lines.forEach((raw, n) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) return;
    const group = line.match(/^(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]*)"/);
    const route = line.match(
      new RegExp(`^(\\w+)\\.(${METHODS.join('|')})\\(\\s*"([^"]*)"\\s*,\\s*(.+)\\)\\s*$`),
    );
    if (group) {
      const base = lookup(group[2]);
      if (base === undefined) throw new Error(`${where}: line ${n + 1}: group of unknown router ${group[2]}`);
      scopes[scopes.length - 1].set(group[1], join2(base, group[3]));
    } else if (route) {
      const base = lookup(route[1]);
      if (base === undefined) throw new Error(`${where}: line ${n + 1}: route on unknown router ${route[1]}`);
      const handlers = route[4].split(',').map((h) => h.trim());
      routes.push({
        method: route[2],
        path: ginToOpenApi(join2(base, route[3])),
        handler: handlers[handlers.length - 1],
      });
    } else if (/\.(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Handle|Group)\(/.test(line)) {
      throw new Error(`${where}: line ${n + 1}: route-like line not understood: ${line}`);
    }
    for (const ch of line) {
      if (ch === '{') scopes.push(new Map());
      else if (ch === '}') scopes.pop();
    }
  });
  return routes;
}

/**
 * The routes declared by `func (*<type>) Inject(...)` in one Go source file, mounted at `prefix`; undefined
 * when the file has no such method. Throws on a route-like line it does not understand.
 */
export function routesOfSource(source, type, prefix, where = type) {
  const inject = injectBody(source, type);
  return inject ? routesOf(inject.body, inject.param, prefix, where) : undefined;
}

/** Every `/openapi` route of one git ref, sorted by path then method. */
export function extractRoutes(repo, ref) {
  const module = goModule(repo, ref);
  const all = [];
  for (const service of SERVICES) {
    const rest = show(repo, ref, service.rest);
    const aliases = imports(rest, module);
    for (const mount of mounts(rest)) {
      const pkgDir = aliases.get(mount.alias);
      if (!pkgDir) throw new Error(`${ref}: cannot resolve import ${mount.alias} in ${service.rest}`);
      const files = git(repo, ['ls-tree', '--name-only', `${ref}:${pkgDir}`])
        .split('\n')
        .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
      let found;
      for (const file of files) {
        const source = show(repo, ref, `${pkgDir}/${file}`);
        const inject = injectBody(source, mount.type);
        if (inject) {
          found = { file: `${pkgDir}/${file}`, ...inject };
          break;
        }
      }
      if (!found) throw new Error(`${ref}: no Inject method of ${mount.alias}.${mount.type} in ${pkgDir}`);
      for (const route of routesOf(found.body, found.param, mount.prefix, `${ref}:${found.file}`)) {
        all.push({ ...route, service: service.name, source: found.file });
      }
    }
  }
  const seen = new Set();
  return all
    .filter((r) => {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function refDate(repo, ref) {
  return git(repo, ['log', '-1', '--format=%cI', ref]).trim().slice(0, 10);
}

function refCommit(repo, ref) {
  return git(repo, ['rev-parse', `${ref}^{commit}`]).trim();
}

function render(releases) {
  const out = [
    '# Generated by spec/tools/extract-server-routes.mjs from the routers of koderover/zadig. Do not edit;',
    '# run `node spec/tools/extract-server-routes.mjs --repo <clone of koderover/zadig>`.',
    '# Every `/openapi` route of each tracked release (path parameters as OpenAPI `{name}`), oldest release first.',
    'releases:',
  ];
  for (const r of releases) {
    out.push(`  - release: ${r.release}`);
    out.push(`    date: "${r.date}"`);
    out.push(`    commit: ${r.commit}`);
    out.push('    routes:');
    for (const route of r.routes) {
      out.push(
        `      - "${route.method} ${route.path}" # ${route.handler} (${route.source.replace(/^pkg\/microservice\//, '')})`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function main(argv) {
  const args = { repo: undefined, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--repo') args.repo = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(
        'usage: node spec/tools/extract-server-routes.mjs --repo <clone of koderover/zadig> [--out <file>]',
      );
      return;
    } else throw new Error(`unknown argument ${argv[i]} (see --help)`);
  }
  if (!args.repo) throw new Error('--repo <clone of koderover/zadig> is required');
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(args.out ?? join(here, '..', 'server-routes.yaml'));
  const releases = TRACKED.map((release) => {
    const routes = extractRoutes(args.repo, release);
    console.log(`${release}: ${routes.length} routes`);
    return { release, date: refDate(args.repo, release), commit: refCommit(args.repo, release), routes };
  });
  writeFileSync(out, render(releases));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`extract-server-routes: ${error.message}`);
    process.exit(1);
  }
}
