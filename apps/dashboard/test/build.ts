// vitest globalSetup: makes sure the tests drive the real production bundle in dist/. Under turbo (`npm test`)
// the package's `build` task has just produced it (test depends on build; turbo sets TURBO_HASH), so it is
// used as it is; run directly (`vitest run`), the app is built here first.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.TURBO_HASH) return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  // vitest sets NODE_ENV=test, and Vite would then bundle React's development build; users get production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
