// Inserts `key: value` lines into a block mapping of a YAML file without re-serialising it, so comments,
// formatting and other edits in the file survive (like mark-releases.mjs does for operation marks).
import { readFileSync, writeFileSync } from 'node:fs';
import { YAML } from '../releases.mjs';

/**
 * Sets scalar `entries` ({ key: value | undefined }) on the block mapping at `path` (keys from the document
 * root) of `file`. Existing lines for those keys are replaced; undefined removes them. Returns whether the
 * file changed.
 */
export function setMapEntries(file, path, entries) {
  const text = readFileSync(file, 'utf8');
  const doc = YAML.parseDocument(text, { keepSourceTokens: true });
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (!YAML.isMap(node)) throw new Error(`${file}: ${path.join('.')} is not a mapping`);
  if (node.flow) {
    // A one-line flow mapping ({ type: string }) is rewritten as one, with the entries set.
    const [start, end] = node.range;
    const value = YAML.parse(text.slice(start, end));
    for (const [k, v] of Object.entries(entries)) {
      if (v === undefined) delete value[k];
      else value[k] = v;
    }
    const flow = YAML.stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    const next = `${text.slice(0, start)}${flow}${text.slice(end)}`;
    if (next === text) return false;
    writeFileSync(file, next);
    return true;
  }
  const lines = text.split('\n');
  const lineOf = (offset) => text.slice(0, offset).split('\n').length - 1;
  const first = node.items[0];
  const firstLine = lineOf(first.key.range[0]);
  const indent = lines[firstLine].match(/^\s*/)[0];
  // Remove the keys' current lines (scalar values only), bottom-up so offsets stay valid.
  const remove = node.items
    .filter((pair) => pair.key.value in entries)
    .map((pair) => lineOf(pair.key.range[0]))
    .sort((a, b) => b - a);
  for (const line of remove) lines.splice(line, 1);
  const insertAt = lineOf(first.key.range[0]) - remove.filter((l) => l < firstLine).length;
  const added = Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${indent}${k}: ${v}`);
  lines.splice(Math.max(insertAt, 0), 0, ...added);
  const next = lines.join('\n');
  if (next === text) return false;
  writeFileSync(file, next);
  return true;
}
