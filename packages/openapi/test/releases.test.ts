// The spec against the routers of every tracked Zadig release (spec/server-routes.yaml, extracted from the
// server's git tags by spec/tools/extract-server-routes.mjs): every route has an operation, every operation
// carries the marks its routes imply, and each per-release bundle holds exactly that release's operations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
type Op = { operationId: string; 'x-zadig-since'?: string; 'x-zadig-until'?: string };
type Doc = { paths: Record<string, Record<string, Op>>; components: Record<string, Record<string, unknown>> };

const spec: Doc = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
const index = JSON.parse(readFileSync(new URL('../operations.json', import.meta.url), 'utf8')) as {
  releases: Array<{ release: string; date: string }>;
  operations: Array<{ operationId: string; since?: string; until?: string }>;
};
const serverRoutes = parse(
  readFileSync(new URL('../../../spec/server-routes.yaml', import.meta.url), 'utf8'),
) as {
  releases: Array<{ release: string; date: string; routes: string[] }>;
};
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const TRACKED = ['v3.4.0', 'v4.0.0', 'v4.1.0', 'v4.2.0', 'v4.2.1', 'v4.3.0', 'v5.0.0', 'main'];
// Path parameters are compared by position: `{envName}` and the server's `:name` are the same segment.
const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
const operationsOf = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ ...(item[m] as Op), method: m, path, key: key(m, path) })),
  );
const all = operationsOf(spec);
const routesOf = (release: string) =>
  new Set(
    (serverRoutes.releases.find((r) => r.release === release)?.routes ?? []).map((line) => {
      const [method = '', path = ''] = line.split(/\s+/);
      return key(method, path);
    }),
  );

describe('spec/server-routes.yaml', () => {
  it('tracks the releases people run, oldest first, main last and dated', () => {
    expect(serverRoutes.releases.map((r) => r.release)).toEqual(TRACKED);
    for (const r of serverRoutes.releases) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(index.releases).toEqual(serverRoutes.releases.map(({ release, date }) => ({ release, date })));
  });

  it.each(TRACKED)('every route of %s has an operation', (release) => {
    const have = new Set(all.map((op) => op.key));
    const missing = [...routesOf(release)].filter((route) => !have.has(route));
    expect(missing).toEqual([]);
    expect(routesOf(release).size).toBeGreaterThan(100);
  });
});

describe('release marks', () => {
  it('every operation has x-zadig-since, and x-zadig-until no earlier than it', () => {
    for (const op of all) {
      const since = op['x-zadig-since'];
      const until = op['x-zadig-until'];
      expect([...TRACKED.slice(0, -1), 'unreleased'], op.operationId).toContain(since);
      if (until === undefined) continue;
      expect(since, `${op.operationId}: an unreleased operation has no until`).not.toBe('unreleased');
      expect(TRACKED.indexOf(until), op.operationId).toBeGreaterThanOrEqual(TRACKED.indexOf(since as string));
      expect(until, op.operationId).not.toBe('main');
    }
  });

  it('are the releases whose routers have the route', () => {
    for (const op of all.filter((o) => o.path.startsWith('/openapi/'))) {
      const having = TRACKED.filter((release) => routesOf(release).has(op.key));
      const tagged = having.filter((r) => r !== 'main');
      const since = tagged[0] ?? 'unreleased';
      const until = having.includes('main') ? undefined : tagged[tagged.length - 1];
      expect({ id: op.operationId, since: op['x-zadig-since'], until: op['x-zadig-until'] }).toEqual({
        id: op.operationId,
        since,
        until,
      });
      // A route that disappears and comes back would need two operations or a gap the marks cannot say.
      const first = TRACKED.indexOf(having[0] as string);
      expect(having, op.operationId).toEqual(TRACKED.slice(first, first + having.length));
    }
  });

  it('are in operations.json as since/until', () => {
    for (const op of all) {
      const entry = index.operations.find((o) => o.operationId === op.operationId);
      expect(entry?.since, op.operationId).toBe(op['x-zadig-since']);
      expect(entry?.until, op.operationId).toBe(op['x-zadig-until']);
    }
  });
});

describe('per-release bundles', () => {
  it('are exported by the package and shipped in its files', () => {
    expect(pkg.exports['./releases/*.json']).toBe('./releases/*.json');
    expect(pkg.files).toContain('releases');
  });

  it.each(TRACKED)('releases/%s.json holds exactly the operations that release routes', (release) => {
    const bundle: Doc & { info: Record<string, string> } = JSON.parse(
      readFileSync(new URL(`../releases/${release}.json`, import.meta.url), 'utf8'),
    );
    expect(bundle.info['x-zadig-release']).toBe(release);
    const ops = operationsOf(bundle);
    const routed = routesOf(release);
    // /openapi operations: exactly the release's routes. The two artifact routes outside /openapi are in all.
    expect(new Set(ops.filter((o) => o.path.startsWith('/openapi/')).map((o) => o.key))).toEqual(routed);
    expect(
      ops
        .filter((o) => !o.path.startsWith('/openapi/'))
        .map((o) => o.operationId)
        .sort(),
    ).toEqual(['getArtifactTrace', 'listArtifactReleases']);
    // Operations are the full spec's, unchanged.
    for (const op of ops) {
      expect(op, op.operationId).toEqual(all.find((o) => o.operationId === op.operationId));
    }
    // Every $ref resolves inside the bundle.
    const refs = JSON.stringify(bundle).match(/"#\/components\/[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const [, section, name] = JSON.parse(ref).split('/').slice(1);
      expect(bundle.components[section]?.[name.replace(/~1/g, '/').replace(/~0/g, '~')], ref).toBeDefined();
    }
  });
});

describe('component names', () => {
  it('have no `-<digit>` suffix (one definition per shared parameter, model and response)', () => {
    const numbered = Object.entries(spec.components).flatMap(([section, entries]) =>
      Object.keys(entries)
        .filter((name) => /-\d+$/.test(name))
        .map((name) => `${section}/${name}`),
    );
    expect(numbered).toEqual([]);
  });
});

describe('the generated release docs', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const changes = readFileSync(new URL('../../../spec/RELEASES.md', import.meta.url), 'utf8');
  const table = (text: string) => text.split('\n').filter((line) => /^\| (v\d|main)/.test(line));

  it('give each release its routes and operations, in the package README and in spec/RELEASES.md', () => {
    const rows = table(readme);
    expect(rows).toEqual(table(changes));
    expect(rows).toHaveLength(TRACKED.length);
    TRACKED.forEach((release, i) => {
      const cells = (rows[i] as string).split('|').map((c) => c.trim());
      const count = all.filter((op) => {
        const since = op['x-zadig-since'] as string;
        const until = op['x-zadig-until'];
        if (since === 'unreleased') return release === 'main';
        const at = TRACKED.indexOf(release);
        return at >= TRACKED.indexOf(since) && (until === undefined || at <= TRACKED.indexOf(until));
      }).length;
      expect(cells.slice(1, 5), release).toEqual([
        release === 'main' ? 'main (unreleased)' : release,
        serverRoutes.releases[i]?.date,
        String(routesOf(release).size),
        String(count),
      ]);
    });
  });

  it('list the fields a release changed on a route (x-zadig-changes) under that release', () => {
    type Changed = Op & { 'x-zadig-changes'?: Array<{ release: string; change: string }> };
    const changed = (all as Changed[]).filter((op) => op['x-zadig-changes']);
    expect(changed.length).toBeGreaterThan(0);
    for (const op of changed) {
      for (const { release, change } of op['x-zadig-changes'] ?? []) {
        expect(TRACKED, op.operationId).toContain(release);
        const section = changes
          .split('\n## ')
          .find((s) => s.startsWith(release === 'main' ? 'main' : `${release} `));
        expect(section, `${op.operationId} ${release}`).toContain(change.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('name every moved route with the operation that replaces it', () => {
    for (const op of all.filter((o) => 'x-zadig-replaced-by' in o)) {
      const next = all.find(
        (o) => o.operationId === (op as { 'x-zadig-replaced-by'?: string })['x-zadig-replaced-by'],
      );
      expect(next, op.operationId).toBeDefined();
      expect(changes).toContain(
        `\`${op.operationId}\` (\`${op.method.toUpperCase()} ${op.path}\`) is now \`${next?.operationId}\``,
      );
    }
  });
});
