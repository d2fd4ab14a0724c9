// Generates src/generated/groups.ts: one interface per module of the operation layer, one documented method per
// operation (summary, description and a link to the Zadig docs page it transcribes), so editors show what an
// operation does on hover. Run: pnpm --filter @zadig-ts/client generate
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { groupOf } from './operation-groups.mjs';

const require = createRequire(import.meta.url);
const index = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8'));

// The docs page of each module, in koderover/zadig-doc (the newest English page; Chinese where none exists).
const DOCS_DIR = {
  en: (version) => `en/Zadig${version ? ` ${version}` : ''}/21.Developer Guide/01.OpenAPI Docs/`,
};
const DOCS_PAGES = {
  '00.api-usage.md': DOCS_DIR.en('v5.0'),
  '02.project.md': DOCS_DIR.en('v5.0'),
  '03.workflow-api.md': DOCS_DIR.en('v5.0'),
  '04.enviroment.md': DOCS_DIR.en('v5.0'),
  '05.service.md': DOCS_DIR.en('v5.0'),
  '06.build.md': DOCS_DIR.en('v5.0'),
  '07.test.md': DOCS_DIR.en('v5.0'),
  '08.scan.md': DOCS_DIR.en('v5.0'),
  '09.delivery.md': DOCS_DIR.en('v5.0'),
  '10.release-plan.md': DOCS_DIR.en('v5.0'),
  '11.delivery-center-api.md': DOCS_DIR.en('v4.3'),
  '12.cluster.md': DOCS_DIR.en('v4.3'),
  '13.registry.md': DOCS_DIR.en('v4.3'),
  '14.date-insight.md': DOCS_DIR.en('v4.3'),
  '15.template.md': DOCS_DIR.en(''),
  '20.policy.md': DOCS_DIR.en('v5.0'),
  '21.user.md': DOCS_DIR.en('v5.0'),
  '22.system.md': DOCS_DIR.en('v5.0'),
  '23.collaboration.md': DOCS_DIR.en('v5.0'),
};
const docsUrl = (file) =>
  DOCS_PAGES[file] &&
  `https://github.com/koderover/zadig-doc/blob/HEAD/${encodeURI(DOCS_PAGES[file] + file).replaceAll('#', '%23')}`;

const comment = (text) => text.replaceAll('*/', '*\\/');

function jsdoc(op) {
  const lines = [op.summary ? `${op.summary.replace(/\.?$/, '.')}` : op.operationId, ''];
  // The first paragraph of the description; the rest (errata, server notes) is in the spec and its reference.
  const first = op.description?.split(/\n\s*\n/)[0];
  if (first && !first.startsWith('Docs: ')) lines.push(...first.split('\n'), '');
  // Where the release marks narrow it down: the releases that route it.
  if (op.until) lines.push(`Zadig ${op.since} to ${op.until}.`);
  else if (op.since && op.since !== index.releases?.[0]?.release) lines.push(`Zadig ${op.since} and later.`);
  const page = op.description?.match(/\(`(\d\d\.[\w.-]+\.md)`\)/)?.[1];
  const url = page && docsUrl(page);
  if (url) lines.push(`@see ${url}`);
  if (op.deprecated) lines.push('@deprecated See the description for what to use instead.');
  return ['  /**', ...lines.map((l) => (l ? `   * ${comment(l)}` : '   *')), '   */'].join('\n');
}

// The input is optional when no path or query parameter and no body is required.
const inputOptional = (op) => !op.parameters.some((p) => p.required) && !op.requestBody?.required;

const groups = new Map();
for (const op of index.operations) {
  const group = groupOf(op);
  if (!groups.has(group)) groups.set(group, []);
  const input = `input${inputOptional(op) ? '?' : ''}: OperationInput<'${op.operationId}'>`;
  groups
    .get(group)
    .push(
      `${jsdoc(op)}\n  ${op.operationId}(${input}, options?: CallOptions): Promise<OperationOutput<'${op.operationId}'>>;`,
    );
}

const pascal = (group) => group[0].toUpperCase() + group.slice(1);
const names = [...groups.keys()].sort();
const source = `/**
 * Generated from @zadig-ts/openapi's operations.json by packages/client/scripts/generate-groups.mjs.
 * Do not edit; run \`pnpm --filter @zadig-ts/client generate\`.
 */
import type { CallOptions, OperationInput, OperationOutput } from '../call.js';

${names
  .map(
    (group) =>
      `/** The ${group} operations: \`zadig.${group}.<operationId>(input, options)\`. */\nexport interface ${pascal(group)}Operations {\n${groups.get(group).join('\n')}\n}`,
  )
  .join('\n\n')}

/** The operation layer: operations grouped by module, e.g. \`zadig.delivery.listReleases(...)\`. */
export interface OperationGroups {
${names.map((group) => `  ${group}: ${pascal(group)}Operations;`).join('\n')}
}
`;
writeFileSync(new URL('../src/generated/groups.ts', import.meta.url), source);
console.log(`generated ${index.operations.length} documented operation methods in ${names.length} groups`);
