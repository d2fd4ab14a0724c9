// Cuts the bundled document down to one tracked release: the operations whose x-zadig-since/until
// include it, only the components those operations reach, and only the properties whose field-level marks
// include it.
import { releasesOf } from '../../../spec/tools/releases.mjs';
import { stripFields } from './field-marks.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Whether an operation exists in `release` according to its marks. */
export function inRelease(op, tracked, release) {
  return releasesOf(tracked, op['x-zadig-since'], op['x-zadig-until']).includes(release);
}

function collectRefs(node, out) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) out.add(value);
      else collectRefs(value, out);
    }
  }
}

function pointer(doc, ref) {
  return ref
    .slice(2)
    .split('/')
    .reduce((acc, key) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

export function releaseBundle(doc, tracked, release, date) {
  const paths = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept = {};
    for (const [key, value] of Object.entries(item)) {
      if (!METHODS.includes(key)) kept[key] = value;
      else if (inRelease(value, tracked, release)) kept[key] = value;
    }
    if (Object.keys(kept).some((k) => METHODS.includes(k))) paths[path] = kept;
  }
  // Components reachable from the kept paths (and from security schemes), closed under $ref.
  const reached = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size) {
    const [ref] = queue;
    queue.delete(ref);
    if (reached.has(ref)) continue;
    reached.add(ref);
    const next = new Set();
    collectRefs(pointer(doc, ref), next);
    for (const r of next) if (!reached.has(r)) queue.add(r);
  }
  const components = {};
  for (const [section, entries] of Object.entries(doc.components ?? {})) {
    for (const [name, value] of Object.entries(entries)) {
      const ref = `#/components/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (section === 'securitySchemes' || reached.has(ref)) {
        components[section] ??= {};
        components[section][name] = value;
      }
    }
  }
  const usedTags = new Set(
    Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags ?? [])),
  );
  const part = {
    ...doc,
    info: {
      ...doc.info,
      'x-zadig-release': release,
      'x-zadig-release-date': date,
      description: `${doc.info.description}\n\nThis bundle holds the operations Zadig ${release} (${date}) routes.`,
    },
    tags: (doc.tags ?? []).filter((t) => usedTags.has(t.name)),
    paths,
    components,
  };
  // A copy: the full document's schemas are shared with every release's part.
  return stripFields(structuredClone(part), tracked, release);
}
