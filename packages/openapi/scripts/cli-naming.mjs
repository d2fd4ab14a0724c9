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
