// Asks turbo what `turbo run test` would do now; every task must be a cache hit (inputs and outputs are
// declared correctly). Run after a test run.
import { execFileSync } from 'node:child_process';

const plan = JSON.parse(execFileSync('turbo', ['run', 'test', '--dry=json'], { encoding: 'utf8' }));
const real = plan.tasks.filter((t) => t.command !== '<NONEXISTENT>');
const misses = real.filter((t) => t.cache?.status !== 'HIT').map((t) => t.taskId);
if (misses.length) {
  console.error(`turbo would re-run: ${misses.join(', ')}`);
  process.exit(1);
}
console.log(`turbo run test: all ${real.length} tasks cached`);
