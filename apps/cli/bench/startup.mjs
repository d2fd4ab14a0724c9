// Start-up cost of zadigctl against `node -e 0`, measured in one run: each command is run many times,
// interleaved, and the median wall time compared. Also one list call against a local mock (Prism already
// running, started here before timing). Run: pnpm --filter @zadig-ts/cli bench (after building).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMockServer } from '@zadig-ts/openapi/mock';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../dist/zadigctl.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const mock = await startMockServer();
const env = { ...process.env, ZADIG_URL: mock.url, ZADIG_TOKEN: 'bench' };
const cases = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'zadigctl --version': [process.execPath, [BIN, '--version']],
  'zadigctl --help': [process.execPath, [BIN, '--help']],
  'zadigctl releases list (mock)': [process.execPath, [BIN, 'releases', 'list', '--projectKey', 'demo']],
};

async function time([cmd, args]) {
  const started = performance.now();
  await run(cmd, args, { env });
  return performance.now() - started;
}

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const c of Object.values(cases)) await time(c); // warm the file cache
for (let i = 0; i < RUNS; i++)
  for (const [name, c] of Object.entries(cases)) samples[name].push(await time(c));
await mock.stop();

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
