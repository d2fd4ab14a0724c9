// Static import so the bundler's CommonJS interop applies; this module itself is loaded on demand.
export { parseDocument, stringify } from 'yaml';
