// The CommonJS build, loaded with require() as a CommonJS application (or Jest, or TypeScript compiled to
// `module: commonjs`) loads it, and used for a real call.
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the CommonJS build', () => {
  it('creates a client and calls the API', async () => {
    const cjs = require('../dist/index.cjs') as typeof import('../src/index.js');
    const zadig = cjs.createZadigClient({ baseUrl: inject('prismUrl'), token: 't' });
    const plans = await zadig.releasePlan.listReleasePlans({ pageNum: 1, pageSize: 1 });
    expect(plans.total).toBe(26);
    const { data } = await zadig.GET('/openapi/release_plan/v1', {
      params: { query: { pageNum: 1, pageSize: 1 } },
    });
    expect(data?.total).toBe(26);
  });
});
