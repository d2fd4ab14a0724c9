// Go struct tags (`json:"name,omitempty" binding:"required"`) follow reflect.StructTag's convention: space
// separated key:"quoted value" pairs. This reads that small string format; it is not Go code.

/** The key → value map of one struct tag's text (without the surrounding backquotes). */
export function parseStructTag(tag) {
  const out = new Map();
  let i = 0;
  while (i < tag.length) {
    while (i < tag.length && tag[i] === ' ') i++;
    let key = '';
    while (i < tag.length && tag[i] > ' ' && tag[i] !== ':' && tag[i] !== '"') key += tag[i++];
    if (!key || tag[i] !== ':' || tag[i + 1] !== '"') break;
    i += 2;
    let value = '';
    while (i < tag.length && tag[i] !== '"') {
      if (tag[i] === '\\') i++;
      value += tag[i++];
    }
    i++;
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/** The name and options of one tag key, e.g. json:"name,omitempty" → { name: 'name', options: ['omitempty'] }. */
export function tagOption(tags, key) {
  const value = tags.get(key);
  if (value === undefined) return undefined;
  const [name, ...options] = value.split(',');
  return { name, options };
}
