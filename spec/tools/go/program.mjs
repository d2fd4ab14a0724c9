// The Go packages of one module, parsed with tree-sitter on demand: type declarations, functions and
// methods per package directory, and each file's imports, so types can be followed across packages.
import { text, unquote } from './ast.mjs';
import { parseStructTag, tagOption } from './tags.mjs';

const BASIC = new Map([
  ['string', 'string'],
  ['bool', 'boolean'],
  ['byte', 'integer'],
  ['rune', 'integer'],
  ['float32', 'number'],
  ['float64', 'number'],
  ...['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr'].map(
    (t) => [t, 'integer'],
  ),
  ['any', 'any'],
  ['error', 'any'],
]);

/** Types outside the module whose JSON form is known (import path:Name → shape). */
const EXTERNAL = new Map([
  ['time:Time', { kind: 'string' }],
  ['time:Duration', { kind: 'integer' }],
  ['go.mongodb.org/mongo-driver/bson/primitive:ObjectID', { kind: 'string' }],
  ['go.mongodb.org/mongo-driver/bson:M', { kind: 'map', values: { kind: 'any' }, nilable: true }],
  ['go.mongodb.org/mongo-driver/bson/primitive:M', { kind: 'map', values: { kind: 'any' }, nilable: true }],
  ['go.mongodb.org/mongo-driver/bson:D', { kind: 'array', items: { kind: 'any' }, nilable: true }],
  ['encoding/json:RawMessage', { kind: 'any', nilable: true }],
  ['github.com/gin-gonic/gin:H', { kind: 'map', values: { kind: 'any' }, nilable: true }],
]);

/** Creates the program over `source` (see source.mjs) for a module path, with a tree-sitter Go parser. */
export function createProgram(source, module, parser) {
  const packages = new Map();
  const named = new Map();

  function loadPackage(dir) {
    if (packages.has(dir)) return packages.get(dir);
    const pkg = { dir, name: undefined, types: new Map(), funcs: new Map(), methods: new Map(), files: [] };
    packages.set(dir, pkg);
    for (const [name, body] of source.goFiles(dir)) {
      const tree = parser.parse(body);
      const root = tree.rootNode;
      const file = { pkg, path: `${dir}/${name}`, imports: new Map(), plain: [] };
      pkg.files.push(file);
      for (const child of root.namedChildren) {
        if (child.type === 'package_clause') pkg.name ??= text(child.namedChildren[0]);
        else if (child.type === 'import_declaration') readImports(child, file);
        else if (child.type === 'type_declaration') {
          for (const spec of child.namedChildren) {
            if (spec.type !== 'type_spec' && spec.type !== 'type_alias') continue;
            pkg.types.set(text(spec.childForFieldName('name')), {
              node: spec.childForFieldName('type'),
              file,
              alias: spec.type === 'type_alias',
              params: spec.childForFieldName('type_parameters'),
            });
          }
        } else if (child.type === 'function_declaration') {
          pkg.funcs.set(text(child.childForFieldName('name')), { node: child, file });
        } else if (child.type === 'method_declaration') {
          const receiver = child.childForFieldName('receiver')?.namedChildren[0]?.childForFieldName('type');
          let base = receiver;
          while (base && base.type === 'pointer_type') base = base.namedChildren[0];
          if (base?.type === 'generic_type') base = base.childForFieldName('type');
          const typeName = text(base);
          if (!pkg.methods.has(typeName)) pkg.methods.set(typeName, new Map());
          pkg.methods.get(typeName).set(text(child.childForFieldName('name')), { node: child, file });
        }
      }
    }
    return pkg;
  }

  function readImports(decl, file) {
    const specs = [];
    const walk = (n) => {
      if (n.type === 'import_spec') specs.push(n);
      else for (const c of n.namedChildren) walk(c);
    };
    walk(decl);
    for (const spec of specs) {
      const path = unquote(text(spec.childForFieldName('path')));
      const alias = text(spec.childForFieldName('name'));
      if (alias === '_' || alias === '.') continue;
      if (alias) file.imports.set(alias, path);
      else file.plain.push(path);
    }
  }

  const dirOf = (path) =>
    path === module ? '' : path.startsWith(`${module}/`) ? path.slice(module.length + 1) : undefined;

  /** The import path a package identifier of `file` stands for. */
  function importOf(file, ident) {
    if (file.imports.has(ident)) return file.imports.get(ident);
    for (const path of file.plain) {
      const dir = dirOf(path);
      if (dir !== undefined) {
        if (loadPackage(dir).name === ident) return path;
      } else {
        const parts = path.split('/');
        let last = parts[parts.length - 1];
        if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
        if (last.replace(/^go-/, '').replace(/[.-]/g, '') === ident || last === ident) return path;
      }
    }
    return undefined;
  }

  /** The JSON shape of a type expression node written in `file`. */
  function shapeOf(node, file) {
    switch (node.type) {
      case 'parenthesized_type':
        return shapeOf(node.namedChildren[0], file);
      case 'type_identifier': {
        const name = text(node);
        if (file.pkg.types.has(name)) return namedShape(file.pkg.dir, name);
        if (name === 'byte' || name === 'uint8') return { kind: 'integer', byte: true };
        if (BASIC.has(name)) return { kind: BASIC.get(name) };
        return { kind: 'unknown', id: name };
      }
      case 'qualified_type': {
        const ident = text(node.childForFieldName('package'));
        const name = text(node.childForFieldName('name'));
        const path = importOf(file, ident);
        if (path === undefined) return { kind: 'unknown', id: `${ident}.${name}` };
        const dir = dirOf(path);
        if (dir !== undefined) return namedShape(dir, name);
        return EXTERNAL.get(`${path}:${name}`) ?? { kind: 'external', id: `${path}:${name}` };
      }
      case 'generic_type':
        return shapeOf(node.childForFieldName('type'), file);
      case 'pointer_type':
        return { kind: 'pointer', elem: shapeOf(node.namedChildren[0], file) };
      case 'slice_type':
      case 'array_type': {
        const elem = shapeOf(node.childForFieldName('element'), file);
        if (node.type === 'slice_type' && elem.kind === 'integer' && elem.byte)
          return { kind: 'string', nilable: true };
        return { kind: 'array', items: elem, nilable: node.type === 'slice_type' };
      }
      case 'map_type':
        return { kind: 'map', values: shapeOf(node.childForFieldName('value'), file), nilable: true };
      case 'interface_type':
        return { kind: 'any' };
      case 'struct_type':
        return structShape(node, file, undefined);
      default:
        return { kind: 'unknown', id: node.type };
    }
  }

  /** A declared type: its underlying shape with `id` (`dir:Name`); structs resolve their fields lazily. */
  function namedShape(dir, name) {
    const id = `${dir}:${name}`;
    if (named.has(id)) return named.get(id);
    const pkg = loadPackage(dir);
    const decl = pkg.types.get(name);
    if (!decl) {
      const missing = { kind: 'unknown', id };
      named.set(id, missing);
      return missing;
    }
    const methods = pkg.methods.get(name);
    if (methods?.has('MarshalJSON') || methods?.has('MarshalText')) {
      const custom = { kind: 'custom', id };
      named.set(id, custom);
      return custom;
    }
    if (decl.node.type === 'struct_type') {
      const shape = structShape(decl.node, decl.file, id);
      named.set(id, shape);
      return shape;
    }
    // Named non-struct types and aliases: a placeholder first, so self-reference cannot loop.
    const holder = { kind: 'unknown', id };
    named.set(id, holder);
    const under = shapeOf(decl.node, decl.file);
    Object.assign(holder, under, { id: under.id ?? id });
    if (under.kind === 'struct')
      Object.defineProperty(holder, 'fields', { enumerable: false, get: () => under.fields });
    return holder;
  }

  function structShape(node, file, id) {
    const shape = { kind: 'struct', id: id ?? `${file.path}:<anonymous>` };
    const views = {};
    // `fields` as encoding/json sees the struct, `bsonFields` as the MongoDB driver stores it.
    for (const [property, tag] of [
      ['fields', 'json'],
      ['bsonFields', 'bson'],
    ]) {
      Object.defineProperty(shape, property, {
        enumerable: false,
        get: () => {
          views[tag] ??= structFields(node, file, tag);
          return views[tag];
        },
      });
    }
    return shape;
  }

  /**
   * The fields of a struct type node under one tag key: for json, embedded structs without a json name are
   * promoted; for bson, only those tagged `bson:",inline"` are (others are stored as a nested document).
   */
  function structFields(node, file, key) {
    const list = node.namedChildren.find((c) => c.type === 'field_declaration_list');
    const out = [];
    const seen = new Set();
    const promoted = [];
    for (const decl of list?.namedChildren ?? []) {
      if (decl.type !== 'field_declaration') continue;
      const typeNode = decl.childForFieldName('type');
      const names = decl.childrenForFieldName('name').map(text);
      const tagNode = decl.childForFieldName('tag');
      const tags = parseStructTag(tagNode ? unquote(text(tagNode)) : '');
      const json = tagOption(tags, 'json');
      const bson = tagOption(tags, 'bson');
      const binding = tags.get('binding') ?? '';
      const own = key === 'bson' ? bson : json;
      if (own?.name === '-' && own.options.length === 0) continue;
      const shape = shapeOf(typeNode, file);
      if (names.length === 0) {
        // Embedded: promoted unless the json tag names it.
        let base = typeNode;
        while (base.type === 'pointer_type') base = base.namedChildren[0];
        const goName = text(base.type === 'qualified_type' ? base.childForFieldName('name') : base);
        const target = shape.kind === 'pointer' ? shape.elem : shape;
        const promote = key === 'bson' ? bson?.options.includes('inline') : !json?.name;
        if (promote && target.kind === 'struct') {
          promoted.push(target);
          continue;
        }
        if (!own?.name && goName[0] !== goName[0].toUpperCase()) continue;
        names.push(goName);
      }
      for (const goName of names) {
        if (goName[0] === '_' || goName[0] !== goName[0].toUpperCase()) continue;
        const field = {
          goName,
          json: json?.name || goName,
          bson: bson?.name || goName.toLowerCase(),
          omitempty: Boolean(json?.options.includes('omitempty') || json?.options.includes('omitzero')),
          bsonOmitempty: Boolean(bson?.options.includes('omitempty')),
          asString: Boolean(json?.options.includes('string')),
          required: binding.split(',').includes('required'),
          dive: binding.split(',').includes('dive'),
          shape,
        };
        out.push(field);
        seen.add(field[key]);
      }
    }
    for (const target of promoted) {
      for (const field of key === 'bson' ? target.bsonFields : target.fields) {
        if (seen.has(field[key])) continue;
        seen.add(field[key]);
        out.push(field);
      }
    }
    return out;
  }

  /**
   * Go field names the methods of type `dir:Name` check: tested in an `if` or `switch`, or read at all by a
   * Validate… method (which returns an error for a bad value, e.g. a regular expression match).
   */
  function checkedFields(id) {
    const [dir, name] = id.split(':');
    const out = new Set();
    for (const [method, { node }] of loadPackage(dir).methods.get(name) ?? []) {
      if (/^Validate/.test(method)) selectedFields(node, out);
      else conditionFields(node, out);
    }
    return out;
  }

  return { module, source, loadPackage, shapeOf, namedShape, importOf, dirOf, checkedFields };
}

/** Adds to `out` every field name selected (x.Name) under `node`. */
function selectedFields(node, out) {
  if (node.type === 'selector_expression') out.add(node.childForFieldName('field').text);
  for (const child of node.namedChildren) selectedFields(child, out);
  return out;
}

/**
 * Adds to `out` what `pick(node)` returns (a name or undefined) for every node inside the conditions of `if`
 * and `switch` statements under `node`.
 */
function conditionNames(node, out, pick) {
  const walk = (n, inCondition) => {
    const name = inCondition ? pick(n) : undefined;
    if (name !== undefined) out.add(name);
    const tested =
      n.type === 'if_statement'
        ? n.childForFieldName('condition')
        : n.type === 'expression_switch_statement'
          ? n.childForFieldName('value')
          : undefined;
    for (const child of n.namedChildren) walk(child, inCondition || Boolean(tested?.equals(child)));
  };
  walk(node, false);
  return out;
}

/** Adds to `out` every identifier tested in an `if` or `switch` under `node`. */
export const conditionIdentifiers = (node, out) =>
  conditionNames(node, out, (n) => (n.type === 'identifier' ? n.text : undefined));

/** Adds to `out` every field name selected (x.Name) in an `if` or `switch` under `node`. */
export const conditionFields = (node, out) =>
  conditionNames(node, out, (n) =>
    n.type === 'selector_expression' ? n.childForFieldName('field').text : undefined,
  );
