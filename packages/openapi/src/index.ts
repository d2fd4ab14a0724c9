// The package's main entry is types only (schema.d.ts, generated). This empty module gives runtimes
// that resolve "@zadig-ts/openapi" something to load; the documents are in ./openapi.json and ./openapi.yaml.
export {};
