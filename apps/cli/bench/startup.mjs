// Start-up cost of zadigctl against `node -e 0`, measured in one run: each command is run many times,
// interleaved, and the median wall time compared. A read (`releases list`, with the server in the environment and with a saved profile) against a local mock (Prism,
// started here before timing) sits beside the same GET done by a bare node:http script (the floor) and by a
// bare fetch script (undici: the old way). Peak memory is measured in separate runs (a preloaded hook
// reports maxRSS at exit) so that the hook costs the timed runs nothing. Also the `--mock` commands: the
// first (which starts the shared mock in the background) and later ones (which reuse it).
// zadigctl keeps V8's compiled code on disk (Node 22+ itself, Node 20 by zadigctl): the runs after the first
// use it, and a case with the cache turned off shows what the first command after an install costs.
// Run: pnpm --filter @zadig-ts/cli bench (after building).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMockServer } from '@zadig-ts/openapi/mock';

const run = promisify(execFile);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const BIN = here('../dist/zadigctl.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const MEMORY_RUNS = 5;

const mock = await startMockServer();
// A private state directory: the shared mock started here is this run's alone.
const stateHome = mkdtempSync(join(tmpdir(), 'zadigctl-bench-'));
const env = {
  ...process.env,
  ZADIG_URL: mock.url,
  ZADIG_TOKEN: 'bench',
  XDG_STATE_HOME: stateHome,
  XDG_CONFIG_HOME: join(stateHome, 'config'),
  // On Node 20, zadigctl keeps V8's compiled code here (src/code-cache.ts): empty at first, filled by the
  // warm-up below, as after a user's first command.
  XDG_CACHE_HOME: join(stateHome, 'cache'),
};
// Most people run zadigctl with a saved profile: the config file (YAML) is read on every command.
const profileConfig = join(stateHome, 'profile-config');
mkdirSync(join(profileConfig, 'zadigctl'), { recursive: true });
writeFileSync(
  join(profileConfig, 'zadigctl', 'config.yaml'),
  `# written by the start-up bench\ndefaultProfile: bench\nprofiles:\n  bench:\n    url: ${mock.url}\n    token: bench\n    zadigVersion: v5.0.0\n`,
  { mode: 0o600 },
);
const withProfile = { ZADIG_URL: undefined, ZADIG_TOKEN: undefined, XDG_CONFIG_HOME: profileConfig };
const node = (...args) => [process.execPath, args];
const cases = {
  'node -e 0': node('-e', '0'),
  'bare node:http GET': node(here('./bare-http.mjs')),
  'bare fetch GET': node(here('./bare-fetch.mjs')),
  'zadigctl --version': node(BIN, '--version'),
  'zadigctl --help': node(BIN, '--help'),
  'zadigctl releases list': node(BIN, 'releases', 'list', '--project', 'storefront'),
  'zadigctl releases list (profile)': [
    ...node(BIN, 'releases', 'list', '--project', 'storefront'),
    withProfile,
  ],
  'zadigctl --mock releases list': node(BIN, '--mock', 'releases', 'list', '-p', 'storefront'),
  // Every file compiled from its source, as the first command after an install or an upgrade does.
  'zadigctl releases list (no code cache)': [
    ...node(BIN, 'releases', 'list', '--project', 'storefront'),
    { NODE_DISABLE_COMPILE_CACHE: '1' },
  ],
};

async function time([cmd, args, caseEnv = {}], extraEnv = {}) {
  const merged = { ...env, ...caseEnv, ...extraEnv };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const started = performance.now();
  await run(cmd, args, { env: merged });
  return performance.now() - started;
}

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const peaks = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const peakFile = join(stateHome, 'peak');
let versionBefore;
let firstMock;
try {
  // The first --mock command starts the shared mock: timed once, against --version timed just before.
  versionBefore = await time(cases['zadigctl --version']);
  firstMock = await time(cases['zadigctl --mock releases list']);
  for (const c of Object.values(cases)) await time(c); // warm the file cache
  for (let i = 0; i < RUNS; i++)
    for (const [name, c] of Object.entries(cases)) samples[name].push(await time(c));
  const hook = { NODE_OPTIONS: `--require ${here('./peak.cjs')}`, BENCH_PEAK_FILE: peakFile };
  for (let i = 0; i < MEMORY_RUNS; i++) {
    for (const [name, c] of Object.entries(cases)) {
      rmSync(peakFile, { force: true });
      await time(c, hook);
      // The last line: a --mock command's daemon (started once) may have written first.
      const lines = readFileSync(peakFile, 'utf8').trim().split('\n');
      peaks[name].push(Number(lines.at(-1)));
    }
  }
} finally {
  // Whatever happened, nothing started here outlives the run.
  await mock.stop();
  await run(process.execPath, [BIN, 'mock', 'stop'], { env }).catch(() => {});
  rmSync(stateHome, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MiB = 1024 * 1024;
const base = median(samples['node -e 0']);
console.log(`${RUNS} runs each, interleaved; median wall time, ratio to \`node -e 0\`, median peak memory:`);
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    `  ${name.padEnd(40)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}x  ${(median(peaks[name]) / MiB).toFixed(1).padStart(5)} MiB`,
  );
}
const goal = (label, value, limit, unit) =>
  console.log(
    `goal: ${label} <= ${limit}${unit}: ${value.toFixed(2)}${unit} ${value <= limit ? 'OK' : 'OVER'}`,
  );
goal('zadigctl --version', median(samples['zadigctl --version']) / base, 1.2, 'x');
goal('zadigctl releases list', median(samples['zadigctl releases list']) / base, 1.6, 'x');
goal(
  'zadigctl releases list (profile)',
  median(samples['zadigctl releases list (profile)']) / base,
  1.6,
  'x',
);
goal('zadigctl releases list peak memory', median(peaks['zadigctl releases list']) / MiB, 60, ' MiB');
const version = median(samples['zadigctl --version']);
const later = median(samples['zadigctl --mock releases list']);
console.log(
  `--mock, first (starts the shared mock): ${firstMock.toFixed(0)} ms, ${(firstMock / versionBefore).toFixed(1)}x zadigctl --version`,
);
console.log(
  `--mock, later (reuses it): ${later.toFixed(0)} ms, ${(later / version).toFixed(2)}x zadigctl --version; goal <= 0.5 s: ${later <= 500 ? 'OK' : 'OVER'}`,
);
