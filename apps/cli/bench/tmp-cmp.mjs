import { execFileSync } from 'node:child_process';
import { startMockServer } from '@zadig-ts/openapi/mock';

const mock = await startMockServer();
const env = { ...process.env, ZADIG_URL: mock.url, ZADIG_TOKEN: 'b', XDG_CONFIG_HOME: '/tmp/none' };
const cases = {
  'node -e 0': ['-e', '0'],
  'bare http': ['bench/bare-http.mjs'],
  list: ['dist/zadigctl.js', 'releases', 'list', '--project', 'demo'],
  version: ['dist/zadigctl.js', '--version'],
};
const s = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
try {
  for (let i = 0; i < Number(process.env.N ?? 10); i++)
    for (const [k, a] of Object.entries(cases)) {
      const t = performance.now();
      execFileSync(process.execPath, a, { env, stdio: 'ignore' });
      s[k].push(performance.now() - t);
    }
} finally {
  await mock.stop();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const b = med(s['node -e 0']);
for (const [k, xs] of Object.entries(s))
  console.log(k.padEnd(20), med(xs).toFixed(1), (med(xs) / b).toFixed(2));
