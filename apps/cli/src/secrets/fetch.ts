// The one place zadigctl hides secrets: every answer a command prints (tables, JSON, YAML, --json fields,
// --jq, `zadigctl api`, --wait summaries, contract reports, error bodies) is read through the fetch made
// here, which replaces the secrets the spec marks with `[redacted]` unless --show-secrets is given.
import { redactingFetch as redacting } from '@zadig-ts/client';
import type { IO } from '../io.js';
import { noteRedacted } from './hint.js';

type Fetch = (request: Request) => Promise<Response>;

/** `inner` (the connection's transport) with JSON answers redacted; with --show-secrets, `inner` as it is. */
export function redactingFetch(io: IO, showSecrets: boolean, baseUrl: string, inner: Fetch): Fetch {
  if (showSecrets) return inner;
  return redacting({ baseUrl, onRedacted: (_, pointers) => noteRedacted(io, pointers.length) }, inner);
}
