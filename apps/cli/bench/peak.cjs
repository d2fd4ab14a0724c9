// Preloaded (NODE_OPTIONS=--require) into a benchmarked process: writes its peak resident memory in bytes
// to the file BENCH_PEAK_FILE names, when it exits.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  appendFileSync(process.env.BENCH_PEAK_FILE, `${process.resourceUsage().maxRSS * 1024}\n`);
});
