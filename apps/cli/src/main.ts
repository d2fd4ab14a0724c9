// Entry point. Kept tiny, and bundled on its own as CommonJS (see tsup.config.ts): `--version` answers without
// loading anything else; every other path loads the CLI (`run.js`, ES modules) on demand.
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  process.stdout.write(`zadigctl ${VERSION}\n`);
} else {
  // Node 22.8 and later keep V8's compiled code of these chunks on disk (in the temporary directory), so
  // later commands skip compiling them; older releases lack the call and compile as before.
  (process.getBuiltinModule('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  import('./run.js')
    .then(({ start }) => start(argv))
    .then((code) => {
      process.exitCode = code;
      // Done: leave now rather than when idle keep-alive connections close (up to seconds later), once
      // what was written has reached stdout and stderr.
      process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
    });
}
