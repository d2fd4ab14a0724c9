import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    mock: 'src/mock.ts',
    validator: 'src/validator.ts',
    ref: 'src/ref.ts',
    index: 'src/index.ts',
    'operation-index': 'src/operation-index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
});
