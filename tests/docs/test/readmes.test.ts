// npm shows each package's own README, and people arrive at the root one: the root README is a short front
// door, each published package's README is that package's manual, and no link or anchor leads nowhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchors, links, proseLines } from './markdown.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REPOSITORY = 'https://github.com/zadig-ts/zadig-ts';
const ROOT_README_LIMIT = 12_000;

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Workspace {
  dir: string;
  name: string;
  published: boolean;
}

const workspaces: Workspace[] = ['packages', 'apps', 'tests'].flatMap((group) =>
  readdirSync(join(ROOT, group))
    .map((entry) => `${group}/${entry}`)
    .filter((dir) => existsSync(join(ROOT, dir, 'package.json')))
    .map((dir) => {
      const pkg = JSON.parse(read(`${dir}/package.json`)) as { name: string; private?: boolean };
      return { dir, name: pkg.name, published: pkg.private !== true };
    }),
);
const published = workspaces.filter((w) => w.published);

/** Every Markdown page people read: the repository's own and each workspace's README. */
const documents = [
  ...readdirSync(ROOT).filter((f) => f.endsWith('.md')),
  ...workspaces.map((w) => `${w.dir}/README.md`).filter((f) => existsSync(join(ROOT, f))),
];

/** Where a link leads, as a repository path and an anchor; undefined for another site. */
function resolve(from: string, target: string): { path: string; anchor?: string } | undefined {
  const [location = '', anchor] = target.split('#', 2) as [string, string | undefined];
  if (location === '') return { path: from, anchor };
  if (location === REPOSITORY) return { path: '.', anchor };
  const inRepository = new RegExp(`^${REPOSITORY}/(?:blob|tree)/main/(.+)$`).exec(location);
  if (inRepository) return { path: normalize(decodeURIComponent(inRepository[1] as string)), anchor };
  if (/^[a-z][a-z+.-]*:/i.test(location)) return undefined;
  return {
    path: normalize(join(dirname(from), decodeURIComponent(location.split('?')[0] as string))),
    anchor,
  };
}

function brokenLinks(doc: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of links(read(doc))) {
    const to = resolve(doc, target);
    if (!to) continue;
    const where = `${doc}:${line} ${target}`;
    if (relative(ROOT, join(ROOT, to.path)).startsWith('..')) {
      problems.push(`${where}: outside the repository`);
      continue;
    }
    if (!existsSync(join(ROOT, to.path))) {
      problems.push(`${where}: ${to.path} does not exist`);
      continue;
    }
    if (to.anchor === undefined) continue;
    const isDir = statSync(join(ROOT, to.path)).isDirectory();
    // GitHub's `#readme` on a folder opens its README.
    const page = isDir ? join(to.path, 'README.md') : to.path;
    if (isDir && to.anchor === 'readme' && existsSync(join(ROOT, page))) continue;
    if (!page.endsWith('.md') || !existsSync(join(ROOT, page))) {
      problems.push(`${where}: #${to.anchor} points into ${page}, which has no headings`);
    } else if (!anchors(read(page)).has(to.anchor)) {
      problems.push(`${where}: ${page} has no heading #${to.anchor}`);
    }
  }
  return problems;
}

describe('the root README', () => {
  const readme = read('README.md');

  it(`is a front door of at most ${ROOT_README_LIMIT} bytes`, () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(ROOT_README_LIMIT);
  });

  it('keeps the quick start CI runs on a fresh machine', () => {
    expect(readme).toMatch(/```sh\nnpm run quickstart\nnpm test\n```/);
  });

  it("links every published package's README", () => {
    const targets = links(readme).map((l) => resolve('README.md', l.target)?.path);
    for (const w of published) {
      expect(
        targets.some((t) => t === w.dir || t === `${w.dir}/README.md`),
        w.name,
      ).toBe(true);
    }
  });
});

describe('links and anchors', () => {
  it.each(documents)('%s: every link into the repository and every #anchor exists', (doc) => {
    expect(brokenLinks(doc)).toEqual([]);
  });

  it.each(published.map((w) => w.dir))(
    '%s/README.md: links are absolute, since npm shows the README without the repository',
    (dir) => {
      const relativeLinks = links(read(`${dir}/README.md`))
        .map((l) => l.target)
        .filter((t) => !/^(https?:|mailto:|#)/.test(t));
      expect(relativeLinks).toEqual([]);
    },
  );
});

/** The sections a package's manual has (heading text, case-insensitive), and the least it weighs. */
const MANUALS: Record<string, { sections: RegExp[]; minBytes: number }> = {
  'apps/cli': {
    minBytes: 20_000,
    sections: [
      /^install$/,
      /^quick start/,
      /^the command model$/,
      /^output$/,
      /^errors/,
      /^exit codes$/,
      /^waiting$/,
      /^releases of the server$/,
      /^profiles and credentials$/,
      /^company networks/,
      /^zadigctl doctor$/,
      /^shell completion$/,
      /`zadigctl api`/,
      /^contract testing/,
      /^the mock$/,
      /^the audit log$/,
    ],
  },
  'packages/client': {
    minBytes: 8_000,
    sections: [
      /^install$/,
      /^quick start$/,
      /^operations$/,
      /^errors$/,
      /^retries/,
      /^pagination$/,
      /^waiting$/,
      /^live logs$/,
      /^secrets/,
      /^server releases$/,
    ],
  },
  'apps/mcp': {
    minBytes: 8_000,
    sections: [/^tools$/, /^writes/, /^credentials$/, /^server releases$/, /^configuration$/, /^options$/],
  },
  'packages/openapi': { minBytes: 3_000, sections: [/^what the spec covers$/, /^per zadig release$/] },
  'packages/node': { minBytes: 2_000, sections: [/^company networks$/, /^profiles and credentials$/] },
  'packages/simulator': { minBytes: 2_000, sections: [/^command line$/, /^from code$/] },
};

describe("each published package's README is its manual", () => {
  it('every published package has an entry here', () => {
    expect(published.map((w) => w.dir).sort()).toEqual(Object.keys(MANUALS).sort());
  });

  it.each(Object.entries(MANUALS))('%s/README.md', (dir, { sections, minBytes }) => {
    const text = read(`${dir}/README.md`);
    const headings = proseLines(text)
      .filter((l) => /^#{2,4} /.test(l))
      .map((l) => l.replace(/^#+ /, '').toLowerCase());
    expect(sections.filter((s) => !headings.some((h) => s.test(h))).map(String)).toEqual([]);
    expect(Buffer.byteLength(text)).toBeGreaterThan(minBytes);
  });
});

describe('the quick start', () => {
  it("runs each binary through its package's bin entry (a renamed bin breaks `npm run quickstart`)", () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const started = Object.values(scripts).flatMap((script) =>
      [...script.matchAll(/\bnode ((?:apps|packages)\/[^/\s]+)\/(\S+)/g)].map((m) => ({
        dir: m[1] as string,
        file: m[2] as string,
      })),
    );
    expect(started.length).toBeGreaterThan(0);
    for (const { dir, file } of started) {
      const { bin } = JSON.parse(read(`${dir}/package.json`)) as { bin?: Record<string, string> };
      expect(
        Object.values(bin ?? {}).map((b) => normalize(b)),
        `${dir}/${file}`,
      ).toContain(normalize(file));
    }
  });
});
