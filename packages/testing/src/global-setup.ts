// vitest globalSetup: the Prism a package's tests talk to, handed to them with inject('prismUrl'). `npm test`
// (scripts/test.mjs) starts one Prism for the whole run and passes its address in TEST_PRISM_URL; a package
// run on its own (`vitest run` in its folder) starts one of its own and stops it at the end.
import { startMockServer } from '@zadig-ts/openapi/mock';
import type { TestProject } from 'vitest/node';

export const SHARED_PRISM_VARIABLE = 'TEST_PRISM_URL';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = process.env[SHARED_PRISM_VARIABLE];
  if (shared) {
    project.provide('prismUrl', shared);
    return async () => {};
  }
  const mock = await startMockServer({ warm: true });
  project.provide('prismUrl', mock.url);
  return () => mock.stop();
}
