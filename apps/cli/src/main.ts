// Entry point. Kept tiny, and bundled on its own (see tsup.config.ts): `--version` answers without loading
// anything else; every other path loads the CLI (`run.cjs`, CommonJS like this file) on demand, with V8's
// compiled code kept on disk (see code-cache.ts).
import { openCodeCache } from './code-cache.js';
import { VERSION } from './version.js';

type Run = typeof import('./run.js');

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  process.stdout.write(`zadigctl ${VERSION}\n`);
} else {
  const cache = openCodeCache(process.env, require);
  const { start } = (cache ? cache.load(`${__dirname}/run.cjs`) : require('./run.cjs')) as Run;
  start(argv).then((code) => {
    process.exitCode = code;
    cache?.save();
    // Done: leave now rather than when idle keep-alive connections close (up to seconds later), once
    // what was written has reached stdout and stderr.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  });
}
