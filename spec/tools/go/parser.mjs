// Loads tree-sitter's Go grammar (WebAssembly, nothing native) once per process.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(
  join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'packages', 'openapi', 'package.json'),
);
let loading;

/** A web-tree-sitter Parser set to Go. */
export function goParser() {
  loading ??= (async () => {
    const { Parser, Language } = await import(require.resolve('web-tree-sitter'));
    await Parser.init();
    const go = await Language.load(require.resolve('tree-sitter-go/tree-sitter-go.wasm'));
    const parser = new Parser();
    parser.setLanguage(go);
    return parser;
  })();
  return loading;
}
