// The command-line naming of an operation, from the spec's `x-cli-*` extensions: the module comes from its
// tag (`x-cli-module`, `x-cli-aliases` on the tag), the rest from the operation. zadigctl builds its commands
// from these, so adding an operation touches spec files only.

/** Module names and their aliases, by tag name. */
export function cliModules(doc) {
  const out = {};
  for (const tag of doc.tags ?? []) {
    if (!tag['x-cli-module']) continue;
    out[tag.name] = { module: tag['x-cli-module'], aliases: tag['x-cli-aliases'] ?? [] };
  }
  return out;
}

/** `{ verb, aliases?, args?, flags?, destructive?, confirm?, wait?, list? }` of one operation, or undefined without x-cli-verb. */
export function cliNaming(op) {
  if (!op['x-cli-verb']) return undefined;
  return {
    verb: op['x-cli-verb'],
    ...(op['x-cli-aliases'] ? { aliases: op['x-cli-aliases'] } : {}),
    ...(op['x-cli-args'] ? { args: op['x-cli-args'] } : {}),
    ...(op['x-cli-flags'] ? { flags: op['x-cli-flags'] } : {}),
    ...(op['x-cli-destructive'] ? { destructive: true } : {}),
    ...(op['x-cli-confirm'] ? { confirm: op['x-cli-confirm'] } : {}),
    ...(op['x-cli-wait'] ? { wait: op['x-cli-wait'] } : {}),
    ...(op['x-cli-list'] ? { list: op['x-cli-list'] } : {}),
  };
}

/**
 * Body property names that name something zadigctl has a flag for. Every top-level request-body property so
 * named says which flag it is (`x-cli-flag: project`), or that it is not the command's target
 * (`x-cli-flag: none`: the project being created, a display name, a registry namespace).
 */
export const BODY_THING_NAMES = [
  'project',
  'project_key',
  'project_name',
  'product_name',
  'namespace',
  'env_key',
  'env_name',
  'service_name',
  'workflow_key',
  'workflow_name',
  'version_name',
  'test_name',
];

/** The flags a body property may be marked with (zadigctl's canonical flags). */
export const BODY_FLAGS = ['project', 'env', 'service', 'workflow', 'release', 'test'];

/**
 * `{ flag: property }` for the marked top-level properties of an operation's JSON request body (`resolve`
 * follows a `$ref`). Throws when a property named like a thing carries no mark, a mark names no known flag, or
 * two properties claim one flag: the operation index is not written until the spec says.
 */
export function cliBodyFlags(op, resolve) {
  const media = resolve(op.requestBody)?.content?.['application/json'];
  const schema = resolve(media?.schema);
  if (!schema) return {};
  const properties = {};
  for (const part of [schema, ...(schema.allOf ?? []).map(resolve)])
    Object.assign(properties, part?.properties);
  const out = {};
  for (const [name, node] of Object.entries(properties)) {
    const where = `${op.operationId} request body /${name}`;
    const flag = node?.['x-cli-flag'];
    if (flag === undefined) {
      if (BODY_THING_NAMES.includes(name))
        throw new Error(`${where}: add x-cli-flag (one of ${BODY_FLAGS.join(', ')}, or none)`);
      continue;
    }
    if (flag === 'none') continue;
    if (!BODY_FLAGS.includes(flag))
      throw new Error(`${where}: x-cli-flag ${JSON.stringify(flag)} is not one of ${BODY_FLAGS.join(', ')}`);
    if (out[flag]) throw new Error(`${where}: x-cli-flag ${flag} is already /${out[flag]}`);
    const type = resolve(node)?.type;
    if (type !== 'string')
      throw new Error(`${where}: x-cli-flag marks a string property, not ${JSON.stringify(type)}`);
    out[flag] = name;
  }
  return out;
}
