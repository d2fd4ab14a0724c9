// Shared by the spec tools and the openapi package's generator and tests: reads spec/server-routes.yaml
// and works out, for an operation's method and path, which tracked releases route it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const specDir = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(specDir, '..', 'packages', 'openapi', 'package.json'));
const YAML = require('yaml');

/** The mark of an operation only main routes. */
export const UNRELEASED = 'unreleased';

/** `{envName}` and `{name}` are the same route segment: parameters are compared by position only. */
export function routeKey(method, path) {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

/** The tracked releases (oldest first, `main` last) with their dates and routes, as keys of routeKey. */
export function loadServerRoutes(file = join(specDir, 'server-routes.yaml')) {
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  return doc.releases.map((r) => ({
    release: r.release,
    date: r.date,
    commit: r.commit,
    routes: r.routes.map((line) => {
      const [method, path] = line.split(/\s+/);
      return { method, path, key: routeKey(method, path) };
    }),
  }));
}

/**
 * The marks an operation at `method path` should carry: since = the first tracked release routing it
 * (`unreleased` when only main does), until = the last release routing it when main no longer does.
 * Returns undefined when no tracked release routes it.
 */
export function marksFor(releases, method, path) {
  const key = routeKey(method, path);
  const having = releases.filter((r) => r.routes.some((route) => route.key === key)).map((r) => r.release);
  if (having.length === 0) return undefined;
  const tagged = having.filter((r) => r !== 'main');
  if (tagged.length === 0) return { since: UNRELEASED, releases: having };
  const marks = { since: tagged[0], releases: having };
  if (!having.includes('main')) marks.until = tagged[tagged.length - 1];
  return marks;
}

/** The tracked releases an operation marked `since`/`until` exists in (main included unless `until`). */
export function releasesOf(tracked, since, until) {
  if (since === UNRELEASED) return ['main'];
  const names = tracked.map((r) => (typeof r === 'string' ? r : r.release));
  const from = names.indexOf(since);
  if (from < 0) throw new Error(`unknown release ${since}`);
  const to = until === undefined ? names.length - 1 : names.indexOf(until);
  if (to < 0) throw new Error(`unknown release ${until}`);
  return names.slice(from, to + 1);
}

export { YAML };
