// The document the simulator serves: the bundled spec (every operation) or one release's bundle (only the
// operations that release routes), with each operation's parameters and 2xx example at hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveRef } from '@zadig-ts/openapi/ref';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
export type Json = any;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One parameter of an operation, its `$ref` resolved. */
export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
}

/** One operation of the served document. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: SpecParameter[];
  /** Whether a JSON body is required (`undefined` when the operation takes none). */
  bodyRequired: boolean | undefined;
  /** The first documented 2xx answer: its status, content type and example. */
  example(): { status: number; contentType: string; body: unknown } | undefined;
}

/** The served document and its operations. */
export interface ServedSpec {
  doc: Json;
  /** `main`, `v5.0.0`, … or `undefined` for the bundled spec with every operation. */
  release: string | undefined;
  operations: SpecOperation[];
  byId: Map<string, SpecOperation>;
}

const require = createRequire(import.meta.url);

/** The tracked releases (`v3.4.0` … `main`), read from the operation index. */
export function trackedReleases(): string[] {
  const index = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'));
  return index.releases.map((r: { release: string }) => r.release);
}

function specFile(release: string | undefined): string {
  if (release === undefined) return require.resolve('@zadig-ts/openapi/openapi.json');
  const known = trackedReleases();
  const name = release === 'main' || release.startsWith('v') ? release : `v${release}`;
  if (!known.includes(name)) {
    throw new Error(`Unknown release "${release}": the spec tracks ${known.join(', ')}`);
  }
  return require.resolve(`@zadig-ts/openapi/releases/${name}.json`);
}

function exampleOf(doc: Json, op: Json): SpecOperation['example'] {
  return () => {
    for (const [status, raw] of Object.entries<Json>(op.responses ?? {})) {
      if (!status.startsWith('2')) continue;
      const content = resolveRef(doc, raw)?.content ?? {};
      for (const [contentType, media] of Object.entries<Json>(content)) {
        const named = Object.values<Json>(media.examples ?? {})[0];
        const body = media.example ?? resolveRef(doc, named)?.value;
        if (body !== undefined) return { status: Number(status), contentType, body: structuredClone(body) };
      }
      return { status: Number(status), contentType: 'application/json', body: undefined };
    }
    return undefined;
  };
}

/** Loads the document for `release` (default: the bundled spec) and indexes its operations. */
export function loadSpec(release?: string): ServedSpec {
  const path = specFile(release);
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => {
        const resolved = resolveRef(doc, p);
        return {
          name: resolved.name,
          in: resolved.in,
          required: Boolean(resolved.required),
          schema: resolveRef(doc, resolved.schema ?? {}),
        };
      });
      const body = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        bodyRequired: body?.content?.['application/json'] ? Boolean(body.required) : undefined,
        example: exampleOf(doc, op),
      });
    }
  }
  return {
    doc,
    release: release === undefined ? undefined : (doc.info?.['x-zadig-release'] ?? release),
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
  };
}
