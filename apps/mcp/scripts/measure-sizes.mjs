// Prints the sizes a host pays for: tools/list (core and --tools all) and one 50-item list result, in
// characters of JSON as they travel. Run after a build: node scripts/measure-sizes.mjs

import { createServer } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createZadigMcpServer } from '../dist/index.js';

// 50 versions with long descriptions, as a busy project has.
const item = (i) => ({
  id: `66287b110b8b8a631910f5${String(i).padStart(2, '0')}`,
  version_name: `v${i}`,
  type: 'K8SYaml',
  source: 'from_env',
  status: 'success',
  labels: ['release', 'prod'],
  description: `Release ${i}: ${'changes to services, images and configuration; '.repeat(180)}`,
  created_by: 'patrick',
  create_time: 1713928977 + i,
});
const page = JSON.stringify({ total: 50, list: Array.from({ length: 50 }, (_, i) => item(i)) });
const http = createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(page),
);
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
const zadig = {
  url: `http://127.0.0.1:${http.address().port}`,
  close: () => new Promise((r) => http.close(r)),
};

async function connect(tools) {
  const server = createZadigMcpServer({ baseUrl: zadig.url, token: 'measure-token', tools });
  const [a, b] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'measure', version: '1' });
  await Promise.all([server.connect(b), client.connect(a)]);
  return client;
}

const core = await connect('core');
const all = await connect('all');
const sizeOf = (value) => JSON.stringify(value).length;
const rows = {
  'tools/list (core)': sizeOf(await core.listTools()),
  'tools/list (--tools all)': sizeOf(await all.listTools()),
  'listReleases, 50 items': sizeOf(
    await core.callTool({
      name: 'zadig_call_operation',
      arguments: { operationId: 'listReleases', input: { projectKey: 'demo', pageSize: 50 } },
    }),
  ),
};
for (const [what, chars] of Object.entries(rows)) console.log(`${what.padEnd(28)} ${chars} characters`);
await core.close();
await all.close();
await zadig.close();
