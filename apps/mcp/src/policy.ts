// Which operations this server sends: reads always; writes only when `--allow-writes` names them (by
// operationId or tag), and then only with `confirm: true`. Also the Zadig release's operations.

import type { UnsupportedOperationError } from '@zadig-ts/client';
import type { Catalog, Operation } from './catalog.js';
import { unsupportedOn } from './release.js';

/** A command-line value that names no operation or tag. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The tag an entry names (case and spaces ignored), or undefined. */
function findTag(catalog: Catalog, entry: string): string | undefined {
  return catalog.tags.find((t) => normal(t) === normal(entry));
}

/**
 * The operationIds that `--allow-writes` entries name. Entries are operationIds or tags (case and spaces
 * ignored: `Workflow`, `release-plan`, `Version Management`); an entry that names neither is an error.
 */
export function resolveWriteAllowance(catalog: Catalog, entries: readonly string[]): Set<string> {
  const allowed = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const byId =
      catalog.byId.get(entry) ?? catalog.operations.find((op) => normal(op.operationId) === normal(entry));
    if (byId) {
      allowed.add(byId.operationId);
      continue;
    }
    const tag = findTag(catalog, entry);
    if (tag) {
      for (const op of catalog.operations) if (op.tag === tag && op.writes) allowed.add(op.operationId);
      continue;
    }
    throw new ConfigurationError(
      `--allow-writes: ${JSON.stringify(entry)} is neither an operationId nor a tag. Tags: ${catalog.tags.join(', ')}`,
    );
  }
  return allowed;
}

/** The tags `--tags` names, checked. */
export function resolveTags(catalog: Catalog, entries: readonly string[]): Set<string> {
  const tags = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const tag = findTag(catalog, entry);
    if (!tag) {
      throw new ConfigurationError(
        `--tags: ${JSON.stringify(entry)} is not a tag. Tags: ${catalog.tags.join(', ')}`,
      );
    }
    tags.add(tag);
  }
  return tags;
}

/** What the server may do with each operation. */
export interface Policy {
  /** operationIds of writes that may be sent (with confirm). */
  readonly writes: ReadonlySet<string>;
  /** The Zadig release the server runs, when known (`--zadig-version`, `ZADIG_VERSION`, the profile). */
  readonly zadigVersion: string | undefined;
  /** Why an operation is not offered on this server (the client's refusal), or undefined when it is. */
  unavailable(op: Operation): UnsupportedOperationError | undefined;
  /** Whether a write may be sent (reads always may). */
  mayWrite(op: Operation): boolean;
}

export function createPolicy(writes: ReadonlySet<string>, zadigVersion?: string): Policy {
  return {
    writes,
    zadigVersion,
    unavailable: (op) => unsupportedOn(op, zadigVersion),
    mayWrite: (op) => !op.writes || writes.has(op.operationId),
  };
}
