// One run of the struct checker at one release: links operations to Go types and compares them.
import { compareBody } from './compare.mjs';
import { linkOperations, namedStruct } from './link.mjs';
import { createProgram } from './program.mjs';
import { serverRoutes } from './routes.mjs';
import { modulePath } from './source.mjs';

/** Key of a difference in the accepted-differences file. */
export const diffKey = (d) =>
  d.kind === 'link' || d.kind === 'unlinked'
    ? `${d.operation} ${d.direction} ${d.kind}`
    : `${d.type}.${d.field} ${d.direction} ${d.kind}`;

/**
 * Checks every operation against `source` (see source.mjs). Returns { diffs, links, fields, objects } where
 * links lists each operation body as linked or not (with why), fields every compared (parent, name, present).
 */
export function checkRelease({ source, parser, reader, specDir }) {
  const program = createProgram(source, modulePath(source), parser);
  const routes = serverRoutes(program);
  const ops = linkOperations(reader, specDir, program, routes);
  const diffs = [];
  const byKey = new Map();
  const links = [];
  const fields = [];
  const objects = new Set();
  const seen = new Set();
  for (const op of ops) {
    if (!op.route) continue;
    for (const direction of ['request', 'response']) {
      const media = op[direction];
      const found = op.types?.[direction];
      const derived = namedStruct(found);
      const mark = media?.node?.['x-zadig-go-type'];
      const tags = media?.node?.['x-zadig-go-tags'] ?? 'json';
      const report = (d) => {
        const diff = { operation: op.operationId, direction, ...d };
        const key = `${diffKey(diff)} ${diff.where}`;
        if (byKey.has(key)) return;
        byKey.set(key, diff);
        diffs.push(diff);
      };
      if (!media) {
        if (derived.id)
          links.push({
            operation: op.operationId,
            direction,
            linked: false,
            why: `the spec has no ${direction} body (the handler uses ${derived.id})`,
          });
        continue;
      }
      if (!mark) {
        links.push({
          operation: op.operationId,
          direction,
          linked: false,
          why: derived.why ?? 'no x-zadig-go-type',
          derived: derived.id,
        });
        if (derived.id)
          report({
            kind: 'unlinked',
            message: `the handler ${direction === 'request' ? 'binds' : 'answers'} ${derived.id}; the spec names no x-zadig-go-type`,
            where: reader.where(media.file, media.pointer),
          });
        continue;
      }
      let shape;
      if (derived.id && derived.id !== mark) {
        report({
          kind: 'link',
          message: `the spec names ${mark}; the handler ${op.handler.name} uses ${derived.id}`,
          where: reader.where(media.file, media.pointer),
        });
        shape = found.shape;
      } else if (derived.id) {
        shape = found.shape;
      } else {
        const [dir, name] = mark.split(':');
        shape = program.namedShape(dir, name);
        if (shape.kind === 'unknown') {
          report({
            kind: 'link',
            message: `the spec names ${mark}, which this release does not declare`,
            where: reader.where(media.file, media.pointer),
          });
          continue;
        }
      }
      links.push({ operation: op.operationId, direction, linked: true, type: mark });
      compareBody(
        reader,
        shape,
        { node: media.node.schema, file: media.file, pointer: `${media.pointer}/schema` },
        {
          direction,
          tags,
          helper: direction === 'response' && found?.helper !== false,
          seen,
          report,
          // A field the handler or a method of the body's types tests in an if is checked by code, not binding.
          checkedBy: (id) =>
            new Set([
              ...(op.types?.checked ?? []),
              ...program.checkedFields(id),
              ...(derived.id ? program.checkedFields(derived.id) : []),
            ]),
          onField: (f) => fields.push(f),
          onObject: (where) => objects.add(where),
        },
      );
    }
  }
  return {
    diffs,
    links,
    fields,
    objects,
    routes: routes.length,
    operations: ops.filter((o) => o.route).length,
    ops,
  };
}
