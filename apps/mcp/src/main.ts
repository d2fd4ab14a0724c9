#!/usr/bin/env node
// The zadig-mcp binary: stdio until the client closes stdin, HTTP until SIGINT/SIGTERM.
import { main } from './cli.js';

const code = await main(
  process.argv.slice(2),
  { env: process.env, stdout: process.stdout, stderr: process.stderr },
  (running) => {
    const stop = () => void running.close();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
);
process.exitCode = code;
