// vitest globalSetup: one Prism serving the per-release bundles the tests name (see release-mock.ts), handed
// to tests with inject('releasePrismUrl'); `<url>/<release>` is that release's server.
import type { TestProject } from 'vitest/node';
import { startReleaseMockServer } from './release-mock.js';

/** The releases the release tests run against: the oldest, the one before pod restarts moved, the newest. */
export const MOCKED_RELEASES = ['v3.4.0', 'v4.3.0', 'v5.0.0'] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startReleaseMockServer(MOCKED_RELEASES);
  project.provide('releasePrismUrl', mock.url);
  return () => mock.stop();
}
