import { defineConfig } from 'tsup';

// One ES module for Node. yaml is imported only when a config file is read or written, so a command that
// takes its server and token from the environment never loads it.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  external: ['@zadig-ts/client', 'yaml'],
});
