// A static import, loaded on demand: bundlers apply their CommonJS interop to it (a dynamic import of the
// CommonJS yaml package would offer only its default export inside a bundle).
export { parseDocument } from 'yaml';
