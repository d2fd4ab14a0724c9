// operations.json, read and parsed at run time rather than bundled: V8 parses JSON text several times
// faster than it compiles the same data as a JavaScript object literal, which every command would pay.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let index: unknown;

/** The operation index of @zadig-ts/openapi (read once). */
export function operationIndex(): unknown {
  if (index === undefined) {
    const path = createRequire(import.meta.url).resolve('@zadig-ts/openapi/operations.json');
    index = JSON.parse(readFileSync(path, 'utf8'));
  }
  return index;
}
