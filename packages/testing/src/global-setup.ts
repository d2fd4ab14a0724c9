// vitest globalSetup: one Prism for the whole run of a package's tests, handed to tests with inject('prismUrl').
import { startMockServer } from '@zadig-ts/openapi/mock';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMockServer();
  project.provide('prismUrl', mock.url);
  return () => mock.stop();
}
