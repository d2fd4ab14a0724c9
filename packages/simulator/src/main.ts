#!/usr/bin/env node
// zadig-sim: starts the simulator and prints its URL on one line; stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startSimulator } from './server.js';

const HELP = `Usage: zadig-sim [options]

An in-memory Zadig server driven by the spec: consistent state, lifecycles on a clock.

Options:
  --port <n>        port to listen on (default 0: any free port)
  --host <addr>     interface to listen on (default 127.0.0.1)
  --release <r>     act as this Zadig release (v3.4.0 … v5.0.0, main); default: the whole spec
  --seed <file>     YAML seed file (default: a small company with two projects)
  --speed <n>       how much faster than real time things happen (default 1)
  --open            serve requests without an Authorization header
  -h, --help        show this help

Prints the base URL (http://127.0.0.1:<port>) on one line once it accepts requests.`;

async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        release: { type: 'string' },
        seed: { type: 'string' },
        speed: { type: 'string' },
        open: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`zadig-sim: ${(error as Error).message}\nRun zadig-sim --help for the options.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const number = (flag: string, value: unknown, ok: (n: number) => boolean): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value === '' || !ok(n))
      throw new Error(
        `--${flag} must be ${flag === 'port' ? 'a port number (0-65535)' : 'a positive number'}, got ${JSON.stringify(value)}`,
      );
    return n;
  };
  try {
    const sim = await startSimulator({
      port: number('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65_535),
      speed: number('speed', values.speed, (n) => n > 0 && Number.isFinite(n)),
      host: values.host as string | undefined,
      release: values.release as string | undefined,
      seed: values.seed as string | undefined,
      open: Boolean(values.open),
    });
    process.stdout.write(`${sim.url}\n`);
    const stop = () => void sim.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (error) {
    process.stderr.write(`zadig-sim: ${(error as Error).message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exitCode = code;
});
