// Generates src/generated/secrets.ts, where redactSecrets finds the secrets of each operation's answer, from
// @zadig-ts/openapi's bundled openapi.json: the `x-zadig-secret` and `x-zadig-secret-when` marks reachable from
// each 2xx JSON body, and the document's `x-zadig-secret-names`. Run: pnpm --filter @zadig-ts/client generate
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { secretPathsOf } from './secret-paths.mjs';

const require = createRequire(import.meta.url);
const doc = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/openapi.json'), 'utf8'));
const { byOperation, credentialFields } = secretPathsOf(doc);

// Operations that share their secret paths share one entry, which keeps the table small.
const sets = [];
const indexOf = new Map();
const entries = [];
for (const [operationId, paths] of Object.entries(byOperation)) {
  const key = JSON.stringify(paths);
  if (!indexOf.has(key)) {
    indexOf.set(key, sets.length);
    sets.push(paths);
  }
  entries.push(`  ${operationId}: ${indexOf.get(key)},`);
}

const source = `/**
 * Generated from @zadig-ts/openapi's openapi.json by packages/client/scripts/generate-secrets.mjs.
 * Do not edit; run \`pnpm --filter @zadig-ts/client generate\`.
 */
import type { TableOperationId } from './operations.js';

/**
 * Property names that hold a secret wherever they appear in an answer (the spec's \`x-zadig-secret-names\`).
 */
export const SECRET_NAMES: readonly string[] = ${JSON.stringify(doc['x-zadig-secret-names'] ?? [])};

/**
 * Properties that hold a secret when their object's \`is_credential\` is true (every property the spec marks
 * \`x-zadig-secret-when: is_credential\`), wherever they appear.
 */
export const CREDENTIAL_FIELDS: readonly string[] = ${JSON.stringify(credentialFields)};

/**
 * Secret paths of 2xx answers, one list per distinct set: segments joined by \`/\`, \`[]\` for any array item,
 * \`*\` for any key of a map; \`value?is_credential\` is secret only when its object's \`is_credential\` is true.
 */
export const SECRET_PATH_SETS: readonly (readonly string[])[] = ${JSON.stringify(sets)};

/** The operations whose answers hold marked secrets, each with its index in \`SECRET_PATH_SETS\`. */
export const SECRET_PATHS_OF: { readonly [K in TableOperationId]?: number } = {
${entries.join('\n')}
};
`;
writeFileSync(new URL('../src/generated/secrets.ts', import.meta.url), source);
console.log(`generated secret paths for ${entries.length} operations (${sets.length} distinct sets)`);
