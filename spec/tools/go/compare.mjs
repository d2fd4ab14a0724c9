// Compares a Go type's JSON form with the spec schema that transcribes it, field by field: the name, the
// kind, whether the field may be absent or null, and (request bodies) whether it is required.
import { describeSchema } from './spec-schemas.mjs';

/** The JSON kind a Go shape encodes as, or undefined when it cannot be told (interface{}, custom marshalling). */
export function goKind(shape) {
  switch (shape.kind) {
    case 'pointer':
      return goKind(shape.elem);
    case 'struct':
      return 'object';
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'array':
    case 'map':
      return shape.kind;
    default:
      return undefined;
  }
}

/** Whether the server can send `null` for a value of this shape. */
function nullable(shape, helper) {
  if (shape.kind === 'pointer') return !(helper && shape.elem.kind === 'array');
  if (shape.kind === 'any') return true;
  if (shape.kind === 'array' || shape.kind === 'map') return Boolean(shape.nilable) && !helper;
  if (shape.kind === 'string' && shape.nilable) return !helper;
  return false;
}

const deref = (shape) => (shape.kind === 'pointer' ? deref(shape.elem) : shape);

/** Kinds of the spec that accept every value of the Go kind. */
function accepts(kinds, kind) {
  if (kinds.has('any')) return true;
  if (kinds.has(kind)) return true;
  if (kind === 'integer' && kinds.has('number')) return true;
  if (kind === 'map' && kinds.has('object')) return true;
  if (kind === 'object' && kinds.has('map')) return true;
  return false;
}

/**
 * Walks one linked body. `report(diff)` gets { type, field, kind, message, where } (type = the Go struct
 * holding the field, where = the spec location); onField/onObject record what was compared. `inRelease(prop)`
 * says whether a property's x-zadig-since/until marks include the release being checked.
 */
export function compareBody(reader, shape, located, options) {
  const {
    direction,
    tags = 'json',
    helper = false,
    report,
    seen,
    onField,
    onObject,
    checkedBy = () => new Set(),
    inRelease = () => true,
  } = options;
  // Marks may sit on the property or on the schema its $ref names.
  const propInRelease = (prop) =>
    inRelease(prop.node) && inRelease(reader.deref(prop.node, prop.file, prop.pointer).node);
  walk(shape, located, '', 0, undefined, '(body)', true);

  // `enforced`: gin's validator checks binding tags of structs reached through fields and pointers, but the
  // elements of slices and maps only under `dive`.
  function walk(goShape, loc, path, depth, parent, fieldName, enforced) {
    if (depth > 40) return;
    const schema = describeSchema(reader, loc);
    const where = reader.where(schema.target.file, schema.target.pointer);
    const plain = deref(goShape);
    const kind = goKind(goShape);
    if (kind === undefined || schema.kinds.has('any')) return;
    if (!accepts(schema.kinds, kind)) {
      report({
        type: parent ?? plain.id ?? '(body)',
        field: fieldName,
        path: path || '(body)',
        kind: 'kind',
        message: `the server's ${describeGo(goShape)} is ${kind}; the spec says ${[...schema.kinds].join('|')}`,
        where,
      });
      return;
    }
    if (plain.kind === 'array') {
      for (const items of schema.items)
        walk(plain.items, items, `${path}[]`, depth + 1, parent, `${fieldName}[]`);
      return;
    }
    if (plain.kind === 'map') {
      for (const values of schema.values)
        walk(plain.values, values, `${path}{}`, depth + 1, parent, `${fieldName}{}`);
      return;
    }
    if (plain.kind !== 'struct') return;
    const key = `${plain.id}|${where}|${direction}|${tags}|${helper}|${Boolean(enforced)}`;
    if (seen.has(key)) return;
    seen.add(key);
    onObject?.(where);
    if (schema.properties.size === 0 && schema.kinds.has('map')) return;
    const names = new Set();
    for (const field of tags === 'bson' ? plain.bsonFields : plain.fields) {
      const name = tags === 'bson' ? field.bson : field.json;
      names.add(name);
      const at = path ? `${path}.${name}` : name;
      const prop = schema.properties.get(name);
      const fieldShape = field.asString ? { kind: 'string' } : field.shape;
      onField?.({
        parent: where,
        name,
        present: Boolean(prop),
        prop,
        where: prop && reader.where(prop.file, prop.pointer),
      });
      const diff = (kind, message, w = where, fix = undefined) =>
        report({ type: plain.id, field: name, path: at, kind, message, where: w, fix });
      if (!prop) {
        if (schema.closed || schema.properties.size > 0) {
          diff('missing', `${describeField(field)} is not in the spec`, where, {
            at: schema.target,
            name,
            shape: fieldShape,
            goName: field.goName,
            nullable: direction === 'response' && nullable(fieldShape, helper),
          });
        }
        continue;
      }
      const propWhere = reader.where(prop.file, prop.pointer);
      if (!propInRelease(prop)) {
        diff(
          'marked',
          'the server has it in this release; the x-zadig-since/until marks leave it out',
          propWhere,
        );
      }
      const omit = tags === 'bson' ? field.bsonOmitempty : field.omitempty;
      if (direction === 'response') {
        const propSchema = describeSchema(reader, prop);
        if (
          nullable(fieldShape, helper) &&
          !propSchema.kinds.has('null') &&
          !propSchema.kinds.has('any') &&
          goKind(fieldShape) !== undefined
        ) {
          diff(
            'null',
            `the server sends null for a nil ${describeGo(fieldShape)}; the spec does not allow null`,
            propWhere,
            { at: prop },
          );
        }
        if (omit && schema.required.has(name)) {
          diff('absent', 'the spec requires it; the server omits it when empty (omitempty)', propWhere);
        }
      } else {
        if (field.required && enforced && !schema.required.has(name)) {
          diff('required', 'the server requires it (binding:"required"); the spec does not', propWhere);
        } else if (
          !(field.required && enforced) &&
          schema.required.has(name) &&
          !checkedBy(plain.id).has(field.goName)
        ) {
          const why = field.required
            ? 'its binding:"required" is not applied to slice or map elements (no dive)'
            : 'the server has no binding:"required" and no check of it';
          diff('required', `the spec requires it; ${why}`, propWhere, {
            at: schema.target,
            name,
            drop: true,
          });
        }
      }
      walk(fieldShape, prop, at, depth + 1, plain.id, name, enforced && (field.dive ? 'dive' : true));
    }
    if (schema.properties.size > 0) {
      for (const [name, prop] of schema.properties) {
        if (names.has(name) || !propInRelease(prop)) continue;
        report({
          type: plain.id,
          field: name,
          path: path ? `${path}.${name}` : name,
          kind: 'extra',
          message: `the spec has it; ${plain.id.split(':').pop()} has no such ${tags} field`,
          where: reader.where(prop.file, prop.pointer),
        });
      }
    }
  }
}

function describeGo(shape) {
  switch (shape.kind) {
    case 'pointer':
      return `*${describeGo(shape.elem)}`;
    case 'array':
      return `[]${describeGo(shape.items)}`;
    case 'map':
      return `map[…]${describeGo(shape.values)}`;
    case 'struct':
      return shape.id.split(':').pop();
    default:
      return shape.id ? shape.id.split(':').pop() : shape.kind;
  }
}

function describeField(field) {
  return `${field.goName} (${describeGo(field.shape)}${field.omitempty ? ', omitempty' : ''})`;
}
