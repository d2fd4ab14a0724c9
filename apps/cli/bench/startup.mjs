// Start-up cost of zadigctl against `node -e 0`, measured in one run: each command is run many times,
// interleaved, and the median wall time compared. Also one list call against a local mock (Prism already
// running, started here before timing), and `--mock` commands: the first (which starts the shared mock in
// the background) and later ones (which reuse it), as ratios to `zadigctl --version`.
// Run: pnpm --filter @zadig-ts/cli bench (after building).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMockServer } from '@zadig-ts/openapi/mock';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../dist/zadigctl.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const mock = await startMockServer();
// A private state directory: the shared mock started here is this run's alone.
const stateHome = mkdtempSync(join(tmpdir(), 'zadigctl-bench-'));
const env = { ...process.env, ZADIG_URL: mock.url, ZADIG_TOKEN: 'bench', XDG_STATE_HOME: stateHome };
const cases = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'zadigctl --version': [process.execPath, [BIN, '--version']],
  'zadigctl --help': [process.execPath, [BIN, '--help']],
  'zadigctl releases list (mock)': [process.execPath, [BIN, 'releases', 'list', '--project', 'demo']],
  'zadigctl --mock releases list': [process.execPath, [BIN, '--mock', 'releases', 'list', '-p', 'demo']],
};

async function time([cmd, args]) {
  const started = performance.now();
  await run(cmd, args, { env });
  return performance.now() - started;
}

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
let versionBefore;
let firstMock;
try {
  // The first --mock command starts the shared mock: timed once, against --version timed just before.
  versionBefore = await time(cases['zadigctl --version']);
  firstMock = await time(cases['zadigctl --mock releases list']);
  for (const c of Object.values(cases)) await time(c); // warm the file cache
  for (let i = 0; i < RUNS; i++)
    for (const [name, c] of Object.entries(cases)) samples[name].push(await time(c));
} finally {
  // Whatever happened, nothing started here outlives the run.
  await mock.stop();
  await run(process.execPath, [BIN, 'mock', 'stop'], { env }).catch(() => {});
  rmSync(stateHome, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['node -e 0']);
console.log(`${RUNS} runs each, interleaved; median wall time and ratio to \`node -e 0\`:`);
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    `  ${name.padEnd(32)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}x`,
  );
}
const ratio = median(samples['zadigctl --version']) / base;
console.log(`goal: zadigctl --version <= 2x node -e 0: ${ratio.toFixed(2)}x ${ratio <= 2 ? 'OK' : 'OVER'}`);
const version = median(samples['zadigctl --version']);
const later = median(samples['zadigctl --mock releases list']);
console.log(
  `--mock, first (starts the shared mock): ${firstMock.toFixed(0)} ms, ${(firstMock / versionBefore).toFixed(1)}x zadigctl --version`,
);
console.log(
  `--mock, later (reuses it): ${later.toFixed(0)} ms, ${(later / version).toFixed(2)}x zadigctl --version; goal <= 0.5 s: ${later <= 500 ? 'OK' : 'OVER'}`,
);
