// Entry point. Kept tiny: `--version` answers without loading anything else; every other path loads the
// CLI on demand, so start-up cost is paid only by commands that need it.
declare const __ZADIGCTL_VERSION__: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  process.stdout.write(`zadigctl ${__ZADIGCTL_VERSION__}\n`);
} else {
  import('./cli.js')
    .then(({ run }) => run(argv, __ZADIGCTL_VERSION__))
    .then((code) => {
      process.exitCode = code;
    });
}
