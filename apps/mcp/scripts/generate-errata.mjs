// Generates src/generated/errata.ts, the rows of spec/ERRATA.md by operationId, which
// zadig_describe_operation shows. Run: pnpm --filter @zadig-ts/mcp generate
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../../../spec/ERRATA.md', import.meta.url);
const target = new URL('../src/generated/errata.ts', import.meta.url);

/** Cells of a Markdown table row, `\|` kept as a literal bar. */
function cells(line) {
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.replace(/\\\|/g, '|').trim());
}

const byOperation = {};
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!/^\|\s*\d+\s*\|/.test(line)) continue;
  const [number, operations, docs, server, where] = cells(line);
  const entry = { n: Number(number), docs, server, source: where };
  for (const [, id] of operations.matchAll(/`([a-z][A-Za-z0-9]*)`/g)) {
    byOperation[id] ??= [];
    byOperation[id].push(entry);
  }
}
const ids = Object.keys(byOperation).sort();
const lines = ids.map((id) => `  ${id}: ${JSON.stringify(byOperation[id])},`);
writeFileSync(
  target,
  `/**
 * Generated from spec/ERRATA.md by apps/mcp/scripts/generate-errata.mjs.
 * Do not edit; run \`pnpm --filter @zadig-ts/mcp generate\`.
 */

/** Where Zadig's docs and server disagree, by operationId: the ERRATA.md rows naming the operation. */
export const errata: Record<string, ReadonlyArray<{ n: number; docs: string; server: string; source: string }>> = {
${lines.join('\n')}
};
`,
);
console.log(`errata: ${ids.length} operations`);
