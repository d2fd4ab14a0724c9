// Field-level release marks: from the checker's runs at every tracked release, the spec properties whose Go
// field appeared after (or disappeared before) the object holding them.
import { join } from 'node:path';
import { setMapEntries } from './yaml-edit.mjs';

/**
 * [{ where, file, pointer, since?, until? }] for every property seen in some release's Go type but not in all
 * the releases that compared its parent object. `runs` is [{ release, run }] oldest first; the newest of
 * `tracked` is the development branch (main), whose first fields are `unreleased`.
 */
export function fieldMarks(runs, tracked) {
  const parents = new Map();
  const props = new Map();
  for (const { release, run } of runs) {
    for (const where of run.objects) {
      if (!parents.has(where)) parents.set(where, new Set());
      parents.get(where).add(release);
    }
    for (const f of run.fields) {
      if (!f.present) continue;
      const key = `${f.parent}\u0000${f.name}`;
      if (!props.has(key))
        props.set(key, { parent: f.parent, where: f.where, prop: f.prop, releases: new Set() });
      props.get(key).releases.add(release);
    }
  }
  const order = (list) => tracked.filter((r) => list.has(r));
  const marks = [];
  for (const { parent, where, prop, releases } of props.values()) {
    const had = order(parents.get(parent) ?? new Set());
    const has = order(releases);
    if (has.length === 0 || had.length === 0) continue;
    const mark = { where, file: prop.file, pointer: prop.pointer };
    if (has[0] !== had[0]) mark.since = has[0] === 'main' ? 'unreleased' : has[0];
    const newest = tracked[tracked.length - 1];
    if (had.includes(newest) && !has.includes(newest)) mark.until = has[has.length - 1];
    if (mark.since || mark.until) marks.push(mark);
  }
  return marks.sort((a, b) => a.where.localeCompare(b.where));
}

/** Writes the marks into the spec's YAML files; returns how many properties changed. */
export function writeFieldMarks(specDir, marks) {
  let changed = 0;
  for (const m of marks) {
    const path = m.pointer
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (
      setMapEntries(m.file ?? join(specDir, m.where.split('#')[0]), path, {
        'x-zadig-since': m.since,
        'x-zadig-until': m.until,
      })
    )
      changed++;
  }
  return changed;
}
