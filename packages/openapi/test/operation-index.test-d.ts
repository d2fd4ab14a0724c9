// operations.json has the shape its types say: assigning the imported JSON to OperationIndex must compile.
import { it } from 'vitest';
import index from '../operations.json' with { type: 'json' };
import type { OperationIndex } from '../src/operation-index.js';

it('operations.json is an OperationIndex', () => {
  const typed: OperationIndex = index;
  void typed;
});
