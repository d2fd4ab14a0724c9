// JSON reference helpers, apart from the validator so that reading the spec does not load Ajv.

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON
type Json = any;

/** Follows local `$ref`s (`#/components/...`) in `doc` until `node` is not a reference. */
export function resolveRef(doc: Json, node: Json): Json {
  let current = node;
  while (typeof current?.$ref === 'string' && current.$ref.startsWith('#/')) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((acc: Json, key: string) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}
