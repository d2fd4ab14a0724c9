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
 * The index the build put beside the bundle (dist/operations.json: compact, the one the bundled client was
 * made with); run from the sources, @zadig-ts/openapi's: the nearest node_modules holding the package, as
 * Node finds it, in a few file checks, where the first call of Node's resolver costs a command several
 * milliseconds. Where packages are not laid out in node_modules (Yarn's Plug'n'Play), Node's resolver answers.
 */
function indexPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'operations.json');
  if (existsSync(bundled)) return bundled;
  for (let dir = here; ; dir = dirname(dir)) {
    const pkg = join(dir, 'node_modules', '@zadig-ts', 'openapi');
    if (existsSync(join(pkg, 'package.json'))) return join(pkg, 'operations.json');
    if (dirname(dir) === dir) break;
  }
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  return createRequire(import.meta.url).resolve('@zadig-ts/openapi/operations.json');
}
