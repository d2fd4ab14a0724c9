// The `/openapi` routes of the server and the handler function each one calls, read from the rest routers
// and the `Inject(router *gin.RouterGroup)` methods with tree-sitter.
import { descendants, text, unquote } from './ast.mjs';

const SERVICES = [
  'pkg/microservice/aslan/server/rest/router.go',
  'pkg/microservice/user/server/rest/router.go',
];
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function joinPath(prefix, path) {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '');
  return joined.replace(/\/{2,}/g, '/') || '/';
}

/** Every `/openapi` route: { method, path (OpenAPI `{name}` form), handler: { dir, name } }. */
export function serverRoutes(program, routers = SERVICES) {
  const routes = [];
  for (const routerFile of routers) {
    if (!program.source.exists(routerFile)) continue;
    const dir = routerFile.slice(0, routerFile.lastIndexOf('/'));
    const pkg = program.loadPackage(dir);
    const file = pkg.files.find((f) => f.path === routerFile);
    for (const [, { node }] of pkg.funcs) collectMounts(node, file, routes);
    for (const [, methods] of pkg.methods)
      for (const [, { node }] of methods) collectMounts(node, file, routes);
  }
  return routes;

  function collectMounts(fn, file, out) {
    for (const n of descendants(fn)) {
      if (n.type !== 'keyed_element') continue;
      const [key, value] = n.namedChildren.map((c) => c.namedChildren[0] ?? c);
      if (key?.type !== 'interpreted_string_literal') continue;
      const prefix = unquote(text(key));
      if (!prefix.startsWith('/openapi')) continue;
      // new(alias.Type)
      if (value?.type !== 'call_expression' || text(value.childForFieldName('function')) !== 'new') continue;
      const arg = value.childForFieldName('arguments').namedChildren[0];
      const qualified = arg.type === 'qualified_type' ? arg : undefined;
      const ident = qualified
        ? text(qualified.childForFieldName('package'))
        : text(arg.childForFieldName('operand'));
      const typeName = qualified
        ? text(qualified.childForFieldName('name'))
        : text(arg.childForFieldName('field'));
      const path = program.importOf(file, ident);
      const targetDir = path && program.dirOf(path);
      if (targetDir === undefined) throw new Error(`${file.path}: cannot resolve ${ident}.${typeName}`);
      const inject = program.loadPackage(targetDir).methods.get(typeName)?.get('Inject');
      if (!inject) throw new Error(`${targetDir}: no Inject method on ${typeName}`);
      const param = text(
        inject.node.childForFieldName('parameters').namedChildren[0].childForFieldName('name'),
      );
      walkBlock(inject.node.childForFieldName('body'), [new Map([[param, prefix]])], inject.file, out);
    }
  }

  function walkBlock(block, scopes, file, out) {
    const lookup = (name) => {
      for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name);
      return undefined;
    };
    const statements = block.namedChildren.flatMap((c) =>
      c.type === 'statement_list' ? c.namedChildren : [c],
    );
    for (const st of statements) {
      if (st.type === 'block') {
        walkBlock(st, [...scopes, new Map()], file, out);
        continue;
      }
      if (st.type === 'short_var_declaration' || st.type === 'assignment_statement') {
        const left = st.childForFieldName('left').namedChildren;
        const right = st.childForFieldName('right').namedChildren;
        left.forEach((l, i) => {
          const call = right[i];
          if (call?.type !== 'call_expression') return;
          const fn = call.childForFieldName('function');
          if (fn.type !== 'selector_expression' || text(fn.childForFieldName('field')) !== 'Group') return;
          const base = lookup(text(fn.childForFieldName('operand')));
          const arg = call.childForFieldName('arguments').namedChildren[0];
          if (base === undefined || arg?.type !== 'interpreted_string_literal') return;
          scopes[scopes.length - 1].set(text(l), joinPath(base, unquote(text(arg))));
        });
        continue;
      }
      if (st.type !== 'expression_statement') continue;
      const call = st.namedChildren[0];
      if (call?.type !== 'call_expression') continue;
      const fn = call.childForFieldName('function');
      if (fn.type !== 'selector_expression') continue;
      const method = text(fn.childForFieldName('field'));
      if (!METHODS.has(method)) continue;
      const base = lookup(text(fn.childForFieldName('operand')));
      const args = call.childForFieldName('arguments').namedChildren;
      if (base === undefined || args[0]?.type !== 'interpreted_string_literal') continue;
      const last = args[args.length - 1];
      let handler;
      if (last.type === 'identifier') handler = { dir: file.pkg.dir, name: text(last) };
      else if (last.type === 'selector_expression') {
        const path = program.importOf(file, text(last.childForFieldName('operand')));
        const dir = path && program.dirOf(path);
        if (dir !== undefined) handler = { dir, name: text(last.childForFieldName('field')) };
      }
      out.push({
        method,
        path: joinPath(base, unquote(text(args[0]))).replace(/[:*](\w+)/g, '{$1}'),
        handler,
      });
    }
  }
}
