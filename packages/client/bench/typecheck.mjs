// How long a minimal consumer of @zadig-ts/client takes to type-check, as a ratio to the same consumer written
// on bare openapi-fetch with the same `paths`: what the client's own types add. Uses the built dist/ (run
// `build` first). Runs each consumer several times, alternating, and prints medians and tsc's type counts.
// Run: pnpm --filter @zadig-ts/client bench:typecheck [-- --runs 5]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const dir = (name) => fileURLToPath(new URL(`./typecheck/${name}/`, import.meta.url));

function check(name) {
  const out = execFileSync(process.execPath, [tsc, '-p', dir(name), '--extendedDiagnostics'], {
    encoding: 'utf8',
  });
  const field = (label) => Number(out.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'))?.[1]);
  return {
    check: field('Check time'),
    total: field('Total time'),
    types: field('Types'),
    instantiations: field('Instantiations'),
  };
}

const results = { zadig: [], bare: [] };
check('zadig'); // warm the file cache
for (let i = 0; i < runs; i++) for (const name of ['zadig', 'bare']) results[name].push(check(name));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = Object.fromEntries(
  Object.entries(results).map(([name, rs]) => [
    name,
    {
      total: median(rs.map((r) => r.total)),
      check: median(rs.map((r) => r.check)),
      types: rs[0].types,
      instantiations: rs[0].instantiations,
    },
  ]),
);
for (const [name, s] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(6)} total ${s.total.toFixed(2)} s, check ${s.check.toFixed(2)} s, ${s.types} types, ${s.instantiations} instantiations`,
  );
}
console.log(
  `@zadig-ts/client consumer / bare openapi-fetch consumer: total ${(summary.zadig.total / summary.bare.total).toFixed(2)}x, ` +
    `check ${(summary.zadig.check / summary.bare.check).toFixed(2)}x (median of ${runs})`,
);
