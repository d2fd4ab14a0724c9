// Asks turbo what `turbo run test` would do now; every task must be a cache hit (inputs and outputs are
// declared correctly). Run after a test run.
import { execFileSync } from 'node:child_process';
import { BIN, testEnv } from './test-env.mjs';

// The plan lists every input file of every task: megabytes, past execFileSync's default 1 MiB buffer.
const plan = JSON.parse(
  execFileSync(`${BIN}/turbo`, ['run', 'test', '--dry=json'], {
    encoding: 'utf8',
    env: testEnv(),
    maxBuffer: 256 * 1024 * 1024,
  }),
);
const real = plan.tasks.filter((t) => t.command !== '<NONEXISTENT>');
const misses = real.filter((t) => t.cache?.status !== 'HIT').map((t) => t.taskId);
if (misses.length) {
  console.error(`turbo would re-run: ${misses.join(', ')}`);
  process.exit(1);
}
console.log(`turbo run test: all ${real.length} tasks cached`);
