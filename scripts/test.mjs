// `npm test`: turbo runs every package's tests, all against one Prism started here (TEST_PRISM_URL), rather
// than one per package: on a 2-core machine each start costs seconds of CPU that the tests need.
// Extra arguments go to `turbo run test` (e.g. --force, --filter=@zadig-ts/cli).
//
// When turbo would replay every test task from its cache, no Prism is started at all.
import { spawn, spawnSync } from 'node:child_process';
import { BIN, testEnv } from './test-env.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// The workspace's turbo and pnpm (turbo runs each task through it), whether this runs under npm, which puts
// them on PATH, or as `node scripts/test.mjs`.
const TURBO = `${BIN}/turbo`;
const ENV = testEnv();
const args = process.argv.slice(2);
// Only turbo's own flags count; what follows `--` goes to vitest.
const ownFlags = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
const forced = ownFlags.includes('--force');

function turbo(turboArgs, env = ENV) {
  return new Promise((resolve) => {
    const child = spawn(TURBO, turboArgs, { cwd: ROOT, stdio: 'inherit', env });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Whether every test task (and what it depends on) would come from turbo's cache. */
function allCached() {
  const dry = spawnSync(TURBO, ['run', 'test', ...args, '--dry=json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: ENV,
    // The plan lists every input file of every task: megabytes, past the default 1 MiB buffer.
    maxBuffer: 256 * 1024 * 1024,
  });
  if (dry.status !== 0) return false;
  const tasks = JSON.parse(dry.stdout).tasks.filter((t) => t.command !== '<NONEXISTENT>');
  return tasks.every((t) => t.cache?.status === 'HIT');
}

if (!forced && allCached()) process.exit(await turbo(['run', 'test', ...args]));

// The spec and the mock launcher must be current before Prism serves them: build @zadig-ts/openapi first
// (a cache hit when nothing changed). Prism serves a private copy, so later rebuilds cannot move it.
const built = await turbo([
  'run',
  'build',
  '--filter=@zadig-ts/openapi',
  '--output-logs=errors-only',
  ...(forced ? ['--force'] : []),
]);
if (built !== 0) process.exit(built);
const { startMockServer } = await import(new URL('../packages/openapi/dist/mock.js', import.meta.url).href);
const mock = await startMockServer({ warm: true });
let code = 1;
try {
  code = await turbo(['run', 'test', ...args], { ...ENV, TEST_PRISM_URL: mock.url });
} finally {
  await mock.stop();
}
process.exit(code);
