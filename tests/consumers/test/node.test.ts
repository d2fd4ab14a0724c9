// @zadig-ts/node installed from its tarball (with the client's) in a fresh project and used by a script on
// Node 20, 22 and 24: its transport reads through Prism, its resolution and redaction work as documented.
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { installProject, ok } from './projects.js';

const tarballs = inject('tarballs');
const nodes = inject('nodes');
const prismUrl = inject('prismUrl');
const TOKEN = 'consumer-node-token-0815';
let dir = '';

beforeAll(async () => {
  dir = await installProject(inject('workDir'), 'node', [
    tarballs['@zadig-ts/node'] as string,
    tarballs['@zadig-ts/client'] as string,
  ]);
});

describe.each(Object.keys(nodes))('on Node %s', (major) => {
  it('reads through its transport, with credentials from the environment', async () => {
    const { stdout } = await ok(nodes[major] as string, [join(dir, 'read.mjs')], {
      cwd: dir,
      env: { HOME: dir, ZADIG_URL: prismUrl, ZADIG_TOKEN: TOKEN },
    });
    expect(JSON.parse(stdout)).toEqual({
      projects: true,
      proxy: 'NO_PROXY entry ".corp" matches zadig.corp: connecting directly',
      scrubbed: 'token [redacted]',
    });
  });
});
