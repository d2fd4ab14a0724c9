// Start time of the simulator against Prism's (startMockServer), measured in one run on this machine:
// each from nothing to answering its first request. Build first (`pnpm build`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@zadig-ts/openapi/mock';

const BIN = fileURLToPath(new URL('../dist/zadig-sim.js', import.meta.url));
const PATH = '/openapi/delivery/releases?projectKey=storefront&pageNum=1&pageSize=1';
const headers = { authorization: 'Bearer bench' };

/** A new zadig-sim process until it prints its URL and answers. */
async function simulatorProcess() {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`zadig-sim exited with ${code}`)));
  });
  await (await fetch(`${url}${PATH}`, { headers })).json();
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  return ms;
}

/** startSimulator in this process (modules loaded fresh) until it answers. */
async function simulatorInProcess() {
  const started = performance.now();
  const { startSimulator } = await import('../dist/index.js');
  const sim = await startSimulator();
  await (await fetch(`${sim.url}${PATH}`, { headers })).json();
  const ms = performance.now() - started;
  await sim.stop();
  return ms;
}

/** Prism through startMockServer until it answers. */
async function prism() {
  const started = performance.now();
  const mock = await startMockServer();
  await (await fetch(`${mock.url}${PATH}`, { headers })).text();
  const ms = performance.now() - started;
  await mock.stop();
  return ms;
}

const sim = await simulatorProcess();
const inProcess = await simulatorInProcess();
const mock = await prism();
console.log(`zadig-sim process, start to first answer: ${sim.toFixed(0)} ms`);
console.log(`startSimulator in process (import included): ${inProcess.toFixed(0)} ms`);
console.log(`Prism (startMockServer), start to first answer: ${mock.toFixed(0)} ms`);
console.log(`Prism / zadig-sim: ${(mock / sim).toFixed(1)}x (in process: ${(mock / inProcess).toFixed(1)}x)`);
