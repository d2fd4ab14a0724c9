// The config file is read by every command, and the YAML library is most of what a read would load for it. The
// file zadigctl writes (and most people keep) uses a small part of YAML: comment lines, nested mappings
// indented by two spaces, and string or boolean values. This reads exactly that part, and gives up (returns
// undefined) on anything else, so that the YAML library reads it: what it returns is always what the library
// would (a property test holds it to that), and errors are always the library's.

/** Words that YAML reads as something other than a string, which a plain value must not be. */
const SPECIAL =
  /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A plain value that can only be a string: it starts with a letter or `/`, holds no character YAML gives a
// meaning to (`#`, `,`, `[`, `{`, quotes, …) and no `: `.
const PLAIN = /^[A-Za-z/][A-Za-z0-9_./:@%+=~-]*$/;
const LINE = /^( *)([^ :#][^:]*):(?: +(.*))?$/;

type Mapping = Record<string, unknown>;

function scalar(text: string): { value: unknown } | undefined {
  if (text === 'true' || text === 'false') return { value: text === 'true' };
  const quote = text[0];
  if ((quote === '"' || quote === "'") && text.length >= 2 && text.endsWith(quote)) {
    const inner = text.slice(1, -1);
    if (inner.includes(quote) || inner.includes('\\') || /[^\x20-\x7e]/.test(inner)) return undefined;
    return { value: inner };
  }
  if (PLAIN.test(text) && !SPECIAL.test(text) && !text.endsWith(':')) return { value: text };
  return undefined;
}

/** The value of `text` if it is within the part of YAML described above; undefined otherwise. */
export function readPlainYaml(text: string): Mapping | undefined {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const root: Mapping = {};
  // The mappings open at each depth; a key with no value opens one, filled by the lines indented under it.
  const open: { map: Mapping; indent: number }[] = [{ map: root, indent: 0 }];
  let pending: { map: Mapping; key: string; indent: number } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/ +$/, '');
    if (line === '' || /^ *#/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match) return undefined;
    const indent = (match[1] ?? '').length;
    const key = match[2] ?? '';
    const rest = match[3];
    if (!KEY.test(key) || SPECIAL.test(key)) return undefined;
    if (pending) {
      // The first line after `key:` either opens its mapping (two spaces deeper) or leaves it empty (null).
      if (indent === pending.indent + 2) {
        const child: Mapping = {};
        pending.map[pending.key] = child;
        open.push({ map: child, indent });
      } else if (indent > pending.indent) return undefined;
      pending = undefined;
    }
    while (open.length > 1 && indent < (open[open.length - 1] as { indent: number }).indent) open.pop();
    const current = open[open.length - 1] as { map: Mapping; indent: number };
    if (indent !== current.indent || Object.hasOwn(current.map, key)) return undefined;
    if (rest === undefined || rest === '') {
      current.map[key] = null;
      pending = { map: current.map, key, indent };
      continue;
    }
    const value = scalar(rest);
    if (!value) return undefined;
    current.map[key] = value.value;
  }
  // An empty document is YAML's null: left to the library, like everything else this does not read.
  return Object.keys(root).length ? root : undefined;
}
