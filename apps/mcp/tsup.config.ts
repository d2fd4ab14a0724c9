import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// ESM for Node: the binary and the library entry (createZadigMcpServer, startHttpServer, main). Dependencies
// stay external: the spec and operation index are read from @zadig-ts/openapi at run time.
export default defineConfig({
  entry: { 'zadig-mcp': 'src/main.ts', index: 'src/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  splitting: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  define: { __ZADIG_MCP_VERSION__: JSON.stringify(version) },
});
