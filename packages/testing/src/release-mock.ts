// One Prism serving several per-release bundles of @zadig-ts/openapi side by side: release R's paths are
// mounted under `/R` (e.g. `/v5.0.0/openapi/...`), so a client whose base URL is `<url>/v5.0.0` talks to a
// server that routes exactly what Zadig v5.0.0 routes, and gets Prism's 404 for anything else. One process
// for every release a test run needs (each Prism costs seconds of CPU to start).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '@zadig-ts/openapi/mock';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

type Doc = {
  paths: Record<string, Record<string, { operationId?: string } & Record<string, unknown>>>;
  components?: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

/** The per-release bundle shipped in @zadig-ts/openapi (`releases/<release>.json`). */
function releaseBundle(release: string): Doc {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`@zadig-ts/openapi/releases/${release}.json`), 'utf8'));
}

/** One document holding each release's paths under `/<release>`, operationIds suffixed `@<release>`. */
function combinedReleaseDocument(releases: readonly string[]): Doc {
  const [first, ...rest] = releases;
  if (!first) throw new Error('combinedReleaseDocument: no release given');
  const base = releaseBundle(first);
  const combined: Doc = { ...base, paths: {}, components: {} };
  for (const release of [first, ...rest]) {
    const doc = release === first ? base : releaseBundle(release);
    for (const [path, item] of Object.entries(doc.paths)) {
      const mounted: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(item)) {
        mounted[key] =
          METHODS.includes(key) && value && typeof value === 'object'
            ? { ...value, operationId: `${(value as { operationId?: string }).operationId}@${release}` }
            : value;
      }
      combined.paths[`/${release}${path}`] = mounted as Doc['paths'][string];
    }
    for (const [section, entries] of Object.entries(doc.components ?? {})) {
      combined.components![section] = { ...combined.components![section], ...entries };
    }
  }
  return combined;
}

export interface ReleaseMockServer {
  readonly url: string;
  /** Base URL of one release's server, e.g. `http://127.0.0.1:41234/v5.0.0`. */
  urlFor(release: string): string;
  stop(): Promise<void>;
}

/** Starts one Prism serving the given releases' bundles side by side (see the file's comment). */
export async function startReleaseMockServer(releases: readonly string[]): Promise<ReleaseMockServer> {
  const dir = mkdtempSync(join(tmpdir(), 'zadig-releases-'));
  const specPath = join(dir, 'openapi.json');
  writeFileSync(specPath, JSON.stringify(combinedReleaseDocument(releases)));
  try {
    // Three releases' paths make a large document: Prism takes tens of seconds to load it while the other
    // packages' suites load the machine. The ceiling is for a stuck start, never a timing to wait for.
    const mock = await startMockServer({ specPath, startTimeoutMs: 300_000 });
    return {
      url: mock.url,
      urlFor: (release) => {
        if (!releases.includes(release)) throw new Error(`the release mock does not serve ${release}`);
        return `${mock.url}/${release}`;
      },
      async stop() {
        await mock.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
