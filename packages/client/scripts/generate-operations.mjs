// Generates src/generated/operations.ts, the table the client's operation layer is driven by, from
// @zadig-ts/openapi's operations.json. Run: pnpm --filter @zadig-ts/client generate
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { groupOf } from './operation-groups.mjs';

const require = createRequire(import.meta.url);
const index = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'));

const lines = index.operations.map((op) => {
  const entry = {
    group: groupOf(op),
    method: op.method,
    path: op.path,
    pathParams: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    queryParams: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    ...(op.requestBody ? { body: op.requestBody.required ? 'required' : 'optional' } : {}),
    ...(op.responseType && op.responseType !== 'application/json' ? { responseType: op.responseType } : {}),
    ...(op.pagination ? { list: op.pagination.list } : {}),
    ...(op.deprecated ? { deprecated: true } : {}),
    since: op.since,
    ...(op.until ? { until: op.until } : {}),
  };
  return `  ${op.operationId}: ${JSON.stringify(entry)},`;
});

// Routes that moved: a call to the newer operation, on a release that routes only the older one, is sent as
// the older one (the spec's `x-zadig-replaced-by` with `x-zadig-reroute-needs`).
const rerouted = index.operations.filter((op) => op.rerouteNeeds);
const TS_TYPES = { integer: 'number', number: 'number', boolean: 'boolean' };
const inputType = (op, name) => TS_TYPES[op.parameters.find((p) => p.name === name).type] ?? 'string';

const source = `/**
 * Generated from @zadig-ts/openapi's operations.json by packages/client/scripts/generate-operations.mjs.
 * Do not edit; run \`pnpm --filter @zadig-ts/client generate\`.
 */

/** The Zadig releases the spec tracks, oldest first; \`main\` (the development branch) last. */
export const TRACKED_RELEASES = ${JSON.stringify(index.releases.map((r) => r.release))} as const;

/** The day each tracked release was cut (main: its newest commit the spec was checked against). */
export const RELEASE_DATES = ${JSON.stringify(Object.fromEntries(index.releases.map((r) => [r.release, r.date])))} as const;

/** What the operation layer knows of one operation. */
export interface OperationEntry {
  readonly group: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly body?: 'required' | 'optional' | undefined;
  readonly responseType?: string | undefined;
  /** The field of a paginated operation's answer that holds the list. */
  readonly list?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly since: string;
  readonly until?: string | undefined;
}

/** The operationIds of the spec. */
export type TableOperationId =
${index.operations.map((op) => `  | '${op.operationId}'`).join('\n')};

/** The paginated operations, each with the field of its answer that holds the list. */
export interface ListFields {
${index.operations
  .filter((op) => op.pagination)
  .map((op) => `  ${op.operationId}: '${op.pagination.list}';`)
  .join('\n')}
}

/**
 * Operations whose route moved between releases. The spec has one operation per shape, each marked with the
 * releases that route it; a call to the newer one, on a release that only routes the older one (\`to\`), is
 * sent as the older one. \`needs\` are the inputs only the older shape takes (see \`RerouteInputs\`).
 */
export const MOVED_ROUTES: { readonly [id: string]: { readonly to: TableOperationId; readonly needs: readonly string[] } } = {
${rerouted.map((op) => `  ${op.replacedBy}: ${JSON.stringify({ to: op.operationId, needs: op.rerouteNeeds })},`).join('\n')}
};

/**
 * Inputs an operation accepts beyond its own parameters, used only when the client's \`zadigVersion\` routes
 * it the older way (\`MOVED_ROUTES\`).
 */
export interface RerouteInputs {
${rerouted
  .map(
    (op) =>
      `  ${op.replacedBy}: { ${op.rerouteNeeds.map((name) => `${name}?: ${inputType(op, name)} | undefined`).join('; ')} };`,
  )
  .join('\n')}
}

/** One entry per operation of the spec, keyed by operationId. Declared with a plain type, so declarations stay small. */
export const operationTable: { readonly [K in TableOperationId]: OperationEntry } = {
${lines.join('\n')}
};
`;
writeFileSync(new URL('../src/generated/operations.ts', import.meta.url), source);
console.log(`generated ${lines.length} client operations`);
