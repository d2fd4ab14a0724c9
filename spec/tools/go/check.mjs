// One run of the struct checker at one release: links operations to Go types and compares them.
import { compareBody } from './compare.mjs';
import { linkOperations, namedStruct } from './link.mjs';
import { createProgram } from './program.mjs';
import { serverRoutes } from './routes.mjs';
import { modulePath } from './source.mjs';

/** Whether a property schema's x-zadig-since / x-zadig-until marks include `release` of `tracked`. */
function propertyInRelease(prop, tracked, release) {
  const since = prop?.['x-zadig-since'];
  const until = prop?.['x-zadig-until'];
  if (since === undefined && until === undefined) return true;
  const names = [...tracked];
  const from = since === undefined ? 0 : since === 'unreleased' ? names.length - 1 : names.indexOf(since);
  const to = until === undefined ? names.length - 1 : names.indexOf(until);
  const at = names.indexOf(release);
  if (from < 0 || to < 0 || at < 0) return true;
  return at >= from && at <= to;
}

/** Key of a difference in the accepted-differences file. */
export const diffKey = (d) =>
  d.kind === 'link' || d.kind === 'unlinked'
    ? `${d.operation} ${d.direction} ${d.kind}`
    : `${d.type}.${d.field} ${d.direction} ${d.kind}`;

/**
 * Checks every operation against `source` (see source.mjs). Returns { diffs, links, fields, objects } where
 * links lists each operation body as linked or not (with why), fields every compared (parent, name, present).
 */
export function checkRelease({ source, parser, reader, specDir, release = 'main', tracked = [release] }) {
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
      // What the handler binds (one struct, or one of several chosen by a query parameter) or answers.
      const results =
        direction === 'request' ? (op.types?.requests ?? []) : [op.types?.response].filter(Boolean);
      const found = results.map((r) => ({ result: r, ...namedStruct(r) }));
      const derived = [...new Map(found.filter((f) => f.id).map((f) => [f.id, f])).values()];
      const why = found.find((f) => f.why)?.why ?? 'no body';
      const mark = media?.node?.['x-zadig-go-type'];
      const marks = mark === undefined ? [] : [].concat(mark);
      const tags = media?.node?.['x-zadig-go-tags'] ?? 'json';
      const ids = derived.map((d) => d.id).join(', ');
      const report = (d) => {
        const diff = { operation: op.operationId, direction, ...d };
        const key = `${diffKey(diff)} ${diff.where}`;
        if (byKey.has(key)) return;
        byKey.set(key, diff);
        diffs.push(diff);
      };
      const link = { operation: op.operationId, direction };
      if (!media) {
        if (derived.length)
          links.push({
            ...link,
            linked: false,
            why: `the spec has no ${direction} body (the handler uses ${ids})`,
          });
        continue;
      }
      const where = reader.where(media.file, media.pointer);
      if (marks.length === 0) {
        links.push({
          ...link,
          linked: false,
          why: derived.length ? 'no x-zadig-go-type' : why,
          derived: derived.map((d) => d.id),
        });
        if (derived.length) {
          const verb = direction === 'request' ? 'binds' : 'answers';
          report({
            kind: 'unlinked',
            message: `the handler ${verb} ${ids}; the spec names no x-zadig-go-type`,
            where,
          });
        }
        continue;
      }
      if (
        derived.length &&
        (marks.length !== derived.length || marks.some((m) => !derived.some((d) => d.id === m)))
      ) {
        report({
          kind: 'link',
          message: `the spec names ${marks.join(', ')}; the handler ${op.handler.name} uses ${ids}`,
          where,
        });
      }
      // Several marks pair with the schema's oneOf branches, in order.
      const schema = media.node.schema;
      const branches = marks.length > 1 ? schema?.oneOf : undefined;
      if (marks.length > 1 && branches?.length !== marks.length) {
        report({
          kind: 'link',
          message: `${marks.length} Go types need a schema with as many oneOf branches`,
          where,
        });
        continue;
      }
      links.push({ ...link, linked: true, type: marks.join(', ') });
      marks.forEach((m, i) => {
        const match = derived.find((d) => d.id === m);
        let shape = match?.result.shape;
        if (!shape && derived.length === 1 && marks.length === 1) shape = derived[0].result.shape;
        if (!shape) {
          const [dir, name] = m.split(':');
          shape = program.namedShape(dir, name);
          if (shape.kind === 'unknown') {
            report({
              kind: 'link',
              message: `the spec names ${m}, which this release does not declare`,
              where,
            });
            return;
          }
        }
        const pointer = branches ? `${media.pointer}/schema/oneOf/${i}` : `${media.pointer}/schema`;
        compareBody(
          reader,
          shape,
          { node: branches ? branches[i] : schema, file: media.file, pointer },
          {
            direction,
            tags,
            helper: direction === 'response' && (match ?? derived[0])?.result.helper !== false,
            seen,
            report,
            // A field the handler, a function it calls or a method of the body's types tests in an if is
            // checked by code rather than by binding.
            checkedBy: (id) =>
              new Set([
                ...(op.types?.checked ?? []),
                ...program.checkedFields(id),
                ...program.checkedFields(m),
              ]),
            inRelease: (prop) => propertyInRelease(prop, tracked, release),
            onField: (f) => fields.push(f),
            onObject: (w) => objects.add(w),
          },
        );
      });
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
