// The bundled OpenAPI document, read once, for what operations.json leaves out: every documented status of
// an operation and the media types of each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveRef } from '@zadig-ts/openapi/validator';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
export type Json = any;

/** The statuses an operation documents (`200`, `4XX`, `default`), each with its media types. */
export type DocumentedResponses = Map<string, string[]>;

/** The bundled spec and lookups on it. */
export interface Spec {
  readonly doc: Json;
  /** Documented responses of an operation, by status key. */
  responses(method: string, path: string): DocumentedResponses;
}

/** Reads the spec that ships with `@zadig-ts/openapi` (the same one the validator uses). */
export function loadSpec(): Spec {
  const require = createRequire(import.meta.url);
  const doc: Json = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));
  return {
    doc,
    responses(method, path) {
      const responses = doc.paths?.[path]?.[method.toLowerCase()]?.responses ?? {};
      const out: DocumentedResponses = new Map();
      for (const [status, response] of Object.entries<Json>(responses)) {
        out.set(status, Object.keys(resolveRef(doc, response)?.content ?? {}));
      }
      return out;
    },
  };
}

/** The documented entry for an actual status: exact, then `4XX`-style ranges, then `default`. */
export function documentedFor(
  responses: DocumentedResponses,
  status: number,
): { key: string; mediaTypes: string[] } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
    const mediaTypes = responses.get(key);
    if (mediaTypes) return { key, mediaTypes };
  }
  return undefined;
}

/** The statuses an operation documents, as a list for messages. */
export function statusList(responses: DocumentedResponses): string {
  return [...responses.keys()].join(', ');
}
