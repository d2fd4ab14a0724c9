// Requests per second against a local node:http server, in one process and one run, for plain fetch,
// bare openapi-fetch and @zadig-ts/client (raw method and operation layer); prints ratios against bare
// openapi-fetch, then the minified size of the client's runtime. Run: pnpm bench (after pnpm build).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import { createZadigClient } from '../dist/index.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BODY = JSON.stringify({
  id: 'rp1',
  index: 1,
  name: 'plan',
  manager: 'admin',
  status: 'planning',
  jobs: [],
});

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  res.end(BODY);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const path = '/openapi/release_plan/v1/{id}';
const init = { params: { path: { id: 'rp1' } } };

const bare = createClient({ baseUrl, headers: { authorization: 'Bearer t' } });
const zadig = createZadigClient({ baseUrl, token: 't', logLevel: 'off' });

const contenders = {
  'plain fetch': async () => {
    const r = await fetch(`${baseUrl}/openapi/release_plan/v1/rp1`, {
      headers: { authorization: 'Bearer t' },
    });
    await r.json();
  },
  'bare openapi-fetch': () => bare.GET(path, init),
  '@zadig-ts/client GET': () => zadig.GET(path, init),
  '@zadig-ts/client operation layer': () => zadig.releasePlan.getReleasePlan({ id: 'rp1' }),
};

// Wall-clock rate, and CPU time per request (user + system, this process: client and server alike), which
// other load on the machine disturbs less than wall-clock time.
async function run(fn, n) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(cpu);
  return { rate: n / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / n };
}

for (const fn of Object.values(contenders)) await run(fn, 300); // warm up connections and JIT
// Each round runs every contender once, in a rotating order, after a collection; ratios are taken within a
// round (same machine state) and their median reported, which keeps other load on the machine out of them.
const rates = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
const names = Object.keys(contenders);
for (let round = 0; round < ROUNDS; round++) {
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order) {
    globalThis.gc?.();
    rates[name].push(await run(contenders[name], REQUESTS));
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const BASE = 'bare openapi-fetch';
const timeRatio = (name) => median(rates[name].map((r, i) => rates[BASE][i].rate / r.rate));
const cpuRatio = (name) => median(rates[name].map((r, i) => r.cpuUs / rates[BASE][i].cpuUs));
console.log(
  `${REQUESTS} sequential requests x ${ROUNDS} rounds; medians; ratios = cost relative to ${BASE} in the same round:`,
);
for (const name of names) {
  const rate = median(rates[name].map((r) => r.rate))
    .toFixed(0)
    .padStart(6);
  const cpu = median(rates[name].map((r) => r.cpuUs))
    .toFixed(1)
    .padStart(6);
  const ratios = `time ${timeRatio(name).toFixed(3)}x, CPU ${cpuRatio(name).toFixed(3)}x`;
  console.log(`  ${name.padEnd(34)} ${rate} req/s  ${cpu} us CPU/req  (${ratios})`);
}
for (const name of ['@zadig-ts/client GET', '@zadig-ts/client operation layer']) {
  const ratio = timeRatio(name);
  console.log(
    `goal: ${name} within 1.10x of ${BASE} (time per request): ${ratio.toFixed(3)}x ${ratio <= 1.1 ? 'OK' : 'OVER'}`,
  );
}

// Size of the runtime a user ships: the client bundled and minified, with and without openapi-fetch.
for (const [label, external] of [
  ['@zadig-ts/client alone', ['openapi-fetch']],
  ['@zadig-ts/client + openapi-fetch', []],
]) {
  const out = await build({
    entryPoints: [new URL('../dist/index.js', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external,
  });
  const code = out.outputFiles[0].contents;
  console.log(
    `size, ${label}: ${(code.length / 1024).toFixed(1)} kB minified, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzipped`,
  );
}
