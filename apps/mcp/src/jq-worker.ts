// Runs one jq program in a worker thread: jq-wasm runs synchronously, so on the main thread a slow or endless
// filter would stall every session; in a worker the call's deadline or cancellation can stop it.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ToolFailure } from './errors.js';

const require = createRequire(import.meta.url);

// CommonJS, as eval workers are; jq-wasm is required by its resolved path, so it loads wherever we run.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.path)
  .raw(workerData.input, workerData.program, workerData.flags)
  .then((out) => parentPort.postMessage({ out }), (error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

/** jq-wasm's `raw(input, program, flags)` in a worker of its own, stopped when `signal` aborts. */
export function rawInWorker(
  input: string,
  program: string,
  flags: string[],
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { path: require.resolve('jq-wasm'), input, program, flags },
    });
    const stop = () => {
      void worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    const settle = () => {
      signal.removeEventListener('abort', stop);
      void worker.terminate();
    };
    worker.once('message', (message: { out?: string; error?: string }) => {
      settle();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.out ?? '');
    });
    worker.once('error', (error) => {
      settle();
      reject(new ToolFailure('internal_error', `jq could not run: ${error.message}`));
    });
  });
}
