// Which operations the configured Zadig release has: the client's reading of the spec's release marks
// (`x-zadig-since`/`x-zadig-until`), including the operations it reroutes to an older route.
import {
  availableIn,
  isOperationAvailable,
  normalizeZadigVersion,
  UnsupportedOperationError,
} from '@zadig-ts/client';
import type { Operation } from './catalog.js';

/** The client's refusal of `op` on `version` (before it sends anything), or undefined when it has it. */
export function unsupportedOn(
  op: Operation,
  version: string | undefined,
): UnsupportedOperationError | undefined {
  if (!version || isOperationAvailable(op.operationId, version)) return undefined;
  return new UnsupportedOperationError(
    op.operationId,
    normalizeZadigVersion(version),
    availableIn(op.operationId),
  );
}

/** Why `version` lacks `op`, or undefined when it has it (or no version is configured). */
export function releaseLacks(op: Operation, version: string | undefined): string | undefined {
  return unsupportedOn(op, version)?.message;
}
