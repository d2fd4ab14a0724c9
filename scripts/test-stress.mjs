// Runs the whole test suite (as `npm test` does) N times with turbo's cache off, optionally beside a CPU burner on every core,
// and prints how often each test failed. A test that fails once in N runs is a bug to fix, not to retry.
//
//   npm run test:stress -- --runs 10
//   npm run test:stress -- --runs 5 --load
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;
// Each package's vitest writes its JSON report here (relative to the package), named by the run.
const REPORT = '.stress-report.json';
const PACKAGES = ['packages/openapi', 'packages/client', 'apps/cli', 'apps/examples', 'apps/dashboard'];

function usage(message) {
  if (message) console.error(`test:stress: ${message}`);
  console.error('Usage: npm run test:stress -- [--runs N] [--load]');
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { runs: { type: 'string', default: '3' }, load: { type: 'boolean', default: false } },
    strict: true,
  }).values;
} catch (error) {
  usage(error.message);
}
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) usage(`--runs: expected a positive integer, got ${options.runs}`);

/** One busy process per core, at the suite's own priority, until stopped. */
function startLoad() {
  const cores = availableParallelism();
  const burners = Array.from({ length: cores }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  console.log(`load: ${cores} CPU burners running beside the suite`);
  return () => {
    for (const burner of burners) burner.kill('SIGKILL');
  };
}

function runSuite() {
  const args = [
    'scripts/test.mjs',
    '--force',
    '--output-logs=errors-only',
    '--',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
  ];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - started) / 1000, log }));
  });
}

/** Failed tests of one package's report: `package › file › test name`, or the file when it did not run. */
function failuresOf(pkg) {
  const file = join(ROOT, pkg, REPORT);
  if (!existsSync(file)) return [`${pkg} › (no report: the suite did not finish)`];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = [];
  for (const result of report.testResults ?? []) {
    const name = relative(join(ROOT, pkg), result.name);
    const tests = (result.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const test of tests) failed.push(`${pkg} › ${name} › ${test.fullName}`);
    if (!tests.length && result.status === 'failed') failed.push(`${pkg} › ${name} › (file failed to run)`);
  }
  return failed;
}

const stopLoad = options.load ? startLoad() : () => {};
process.on('SIGINT', () => {
  stopLoad();
  process.exit(130);
});

const counts = new Map();
const times = [];
let failedRuns = 0;
try {
  for (let run = 1; run <= runs; run++) {
    for (const pkg of PACKAGES) rmSync(join(ROOT, pkg, REPORT), { force: true });
    const result = await runSuite();
    const failures = PACKAGES.flatMap(failuresOf);
    if (result.code !== 0 && !failures.length)
      failures.push(`(turbo exited ${result.code}: ${result.log.trim().split('\n').at(-1)})`);
    for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
    if (failures.length) failedRuns++;
    times.push(result.seconds);
    console.log(
      `run ${run}/${runs}: ${failures.length ? `${failures.length} failed` : 'green'} in ${result.seconds.toFixed(1)} s`,
    );
    if (failures.length) console.log(result.log.split('\n').slice(-60).join('\n'));
  }
} finally {
  stopLoad();
  for (const pkg of PACKAGES) rmSync(join(ROOT, pkg, REPORT), { force: true });
}

const sorted = [...times].sort((a, b) => a - b);
console.log(
  `\n${runs} run${runs === 1 ? '' : 's'}${options.load ? ' under load' : ''}: ${runs - failedRuns} green, ${failedRuns} with failures; ` +
    `time min ${sorted[0].toFixed(1)} s, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} s, max ${sorted.at(-1).toFixed(1)} s`,
);
if (counts.size) {
  console.log('\nfailures per test:');
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${count}/${runs}  ${name}`);
}
process.exit(failedRuns ? 1 : 0);
