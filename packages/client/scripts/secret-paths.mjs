// Where the secrets of each operation's answer are, from the spec's marks. Shared by generate-secrets.mjs and
// the tests that check the generated table against the spec.
//
// A path is its segments joined by `/`: a property name, `[]` for any array item, `*` for any key of a map
// (additionalProperties). A property marked `x-zadig-secret-when: <flag>` ends in `?<flag>`: it is secret only
// when its object's <flag> is true.

const SUCCESS = /^2\d\d$/;

function resolve(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`${ref}: only local references are expected in the bundle`);
  return ref
    .slice(2)
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function join(prefix, segment) {
  return prefix ? `${prefix}/${segment}` : segment;
}

/** The schema's own properties, $refs followed and allOf branches merged (for checking a `when` sibling). */
function ownProperties(doc, schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object') return {};
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return {};
    return ownProperties(doc, resolve(doc, schema.$ref), new Set([...seen, schema.$ref]));
  }
  return Object.assign(
    {},
    ...(schema.allOf ?? []).map((branch) => ownProperties(doc, branch, seen)),
    schema.properties ?? {},
  );
}

function isBoolean(doc, schema) {
  const target = schema?.$ref ? resolve(doc, schema.$ref) : schema;
  const type = target?.type;
  return type === 'boolean' || (Array.isArray(type) && type.includes('boolean'));
}

/**
 * The secret paths under `schema`. `where` names the schema for errors; `stack` holds the $refs being
 * expanded, so a recursive schema stops where it repeats (its secrets were already found one level up).
 */
export function secretPaths(doc, schema, prefix = '', stack = [], where = '#', out = new Set()) {
  if (!schema || typeof schema !== 'object') return out;
  if (schema.$ref) {
    if (stack.includes(schema.$ref)) return out;
    return secretPaths(doc, resolve(doc, schema.$ref), prefix, [...stack, schema.$ref], schema.$ref, out);
  }
  if (schema['x-zadig-secret'] === true) {
    out.add(prefix);
    return out;
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const [i, branch] of (schema[key] ?? []).entries())
      secretPaths(doc, branch, prefix, stack, `${where}/${key}/${i}`, out);
  }
  const properties = schema.properties ?? {};
  for (const [name, property] of Object.entries(properties)) {
    if (/[/?[\]*]/.test(name) || name === '')
      throw new Error(`${where}/properties/${name}: a property name the secret paths cannot spell`);
    const when = property?.['x-zadig-secret-when'];
    if (when !== undefined) {
      const siblings = ownProperties(doc, schema);
      if (!isBoolean(doc, siblings[when])) {
        throw new Error(
          `${where}/properties/${name}/x-zadig-secret-when: ${JSON.stringify(when)} is not a boolean property beside it`,
        );
      }
      out.add(`${join(prefix, name)}?${when}`);
      continue;
    }
    secretPaths(doc, property, join(prefix, name), stack, `${where}/properties/${name}`, out);
  }
  if (schema.items && typeof schema.items === 'object')
    secretPaths(doc, schema.items, join(prefix, '[]'), stack, `${where}/items`, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    secretPaths(
      doc,
      schema.additionalProperties,
      join(prefix, '*'),
      stack,
      `${where}/additionalProperties`,
      out,
    );
  return out;
}

/** Every `x-zadig-secret-when` in the document: the property names that are secret when their flag is. */
function credentialFieldsOf(node, out = new Set()) {
  if (Array.isArray(node)) for (const item of node) credentialFieldsOf(item, out);
  else if (node && typeof node === 'object') {
    for (const [name, value] of Object.entries(node)) {
      if (name === 'properties' && value && typeof value === 'object') {
        for (const [prop, schema] of Object.entries(value)) {
          if (schema?.['x-zadig-secret-when'] === 'is_credential') out.add(prop);
        }
      }
      credentialFieldsOf(value, out);
    }
  }
  return out;
}

/** Per operation with marked secrets in a 2xx JSON answer, its sorted secret paths. */
export function secretPathsOf(doc) {
  const byOperation = {};
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      if (!op?.operationId) continue;
      const found = new Set();
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (!SUCCESS.test(status)) continue;
        const resolved = response.$ref ? resolve(doc, response.$ref) : response;
        for (const [type, media] of Object.entries(resolved?.content ?? {})) {
          if (!/json/.test(type)) continue;
          secretPaths(doc, media.schema, '', [], `${op.operationId}/${status}`, found);
        }
      }
      if (found.size) byOperation[op.operationId] = [...found].sort();
    }
  }
  return {
    byOperation: Object.fromEntries(Object.entries(byOperation).sort(([a], [b]) => a.localeCompare(b))),
    credentialFields: [...credentialFieldsOf(doc)].sort(),
  };
}
