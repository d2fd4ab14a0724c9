// operations.json, read and parsed at run time rather than bundled: V8 parses JSON text several times
// faster than it compiles the same data as a JavaScript object literal, which every command would pay.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let index: unknown;

/** The operation index of @zadig-ts/openapi (read once). */
export function operationIndex(): unknown {
  if (index === undefined) index = JSON.parse(readFileSync(indexPath(), 'utf8'));
  return index;
}

/**
 * The copy the build put beside the bundle (dist/operations.json: compact, the one the bundled client was made
 * with), found without Node's resolver, whose first call costs a command several milliseconds; run from the
 * sources, @zadig-ts/openapi's, through the resolver.
 */
function indexPath(): string {
  const bundled = join(dirname(fileURLToPath(import.meta.url)), 'operations.json');
  if (existsSync(bundled)) return bundled;
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  return createRequire(import.meta.url).resolve('@zadig-ts/openapi/operations.json');
}
