// What a gin handler reads from the request body and what it answers: the Go types passed to
// c.ShouldBindJSON (and its kin) or json.Unmarshal, and the value assigned to ctx.Resp or written by c.JSON,
// followed into the service function whose first result it is.
import { descendants, text } from './ast.mjs';
import { conditionFields, conditionIdentifiers } from './program.mjs';

const BIND = new Set([
  'ShouldBindJSON',
  'BindJSON',
  'ShouldBind',
  'Bind',
  'ShouldBindWith',
  'BindWith',
  'ShouldBindBodyWith',
]);
const NOT_BODY = new Set(['Query', 'Form', 'FormPost', 'Uri', 'Header', 'FormMultipart']);

/**
 * { request, response } of one handler, each { shape, via } or { why } (why it is not a named struct), or
 * undefined when the handler neither binds a body nor answers one.
 */
export function handlerTypes(program, handler, depth = 0) {
  const pkg = program.loadPackage(handler.dir);
  const fn = pkg.funcs.get(handler.name);
  if (!fn) return { missing: `${handler.dir}: no func ${handler.name}` };
  const { node, file } = fn;
  const body = node.childForFieldName('body');
  const params = node.childForFieldName('parameters').namedChildren;
  const ginParam = text(params[0]?.childForFieldName('name'));
  const locals = localTypes(body);
  const typeOf = (expr) => expressionType(program, expr, file, locals);
  const helper = usesResponseHelper(body);
  // Every body the handler binds: some bind one of two structs chosen by a query parameter.
  const requests = [];
  const assigned = [];
  let response;
  for (const n of descendants(body)) {
    if (n.type === 'call_expression') {
      const callee = n.childForFieldName('function');
      const args = n.childForFieldName('arguments').namedChildren;
      if (callee.type !== 'selector_expression') continue;
      const operand = text(callee.childForFieldName('operand'));
      const field = text(callee.childForFieldName('field'));
      if (operand === ginParam && BIND.has(field)) {
        const how = args[1] && text(args[1].childForFieldName?.('field') ?? args[1]);
        if (how && NOT_BODY.has(how)) continue;
        requests.push(typeOf(args[0]));
      } else if ((operand === 'json' || operand === 'yaml') && field === 'Unmarshal' && args[1]) {
        requests.push(typeOf(args[1]));
      } else if (field === 'Decode' && text(callee.childForFieldName('operand')).includes('Request.Body')) {
        requests.push(typeOf(args[0]));
      } else if (
        !response &&
        operand === ginParam &&
        (field === 'JSON' || field === 'IndentedJSON') &&
        args[1]
      ) {
        response = { ...typeOf(args[1]), helper: false };
      } else if (
        !response &&
        operand === ginParam &&
        (field === 'Data' || field === 'String' || field === 'File')
      ) {
        response = { why: `raw passthrough (c.${field})` };
      }
    } else if (n.type === 'assignment_statement') {
      const left = n.childForFieldName('left').namedChildren;
      const right = n.childForFieldName('right').namedChildren;
      const at = left.findIndex(
        (l) => l.type === 'selector_expression' && text(l.childForFieldName('field')) === 'Resp',
      );
      if (at < 0) continue;
      const expr = right.length === left.length ? right[at] : right[0];
      assigned.push({ ...(right.length === left.length ? typeOf(expr) : typeOf(expr, 0)), helper });
    }
  }
  // Of several ctx.Resp assignments the last is the main answer; earlier ones are early exits (an empty list
  // for a caller without projects), unless only they name a type.
  response ??= assigned.findLast((a) => a.shape) ?? assigned[assigned.length - 1];
  // Fields tested in an if or switch by the handler or by the module functions it calls, two calls deep
  // (service-side validation).
  const checked = conditionFields(body, new Set());
  const visited = new Set([node]);
  const callees = (fnNode, fnFile, level) => {
    if (level > 2) return;
    for (const n of descendants(fnNode)) {
      if (n.type !== 'call_expression') continue;
      const target = functionOf(program, n.childForFieldName('function'), fnFile);
      if (!target) continue;
      // ApproveStage(args.WorkflowName, …) testing `workflowName == ""` checks the field passed to it.
      const tested = conditionIdentifiers(target.node.childForFieldName('body') ?? target.node, new Set());
      const params = target.node
        .childForFieldName('parameters')
        .namedChildren.flatMap((p) => p.childrenForFieldName('name').map(text));
      n.childForFieldName('arguments').namedChildren.forEach((arg, i) => {
        if (arg.type === 'selector_expression' && tested.has(params[i]))
          checked.add(text(arg.childForFieldName('field')));
      });
      if (visited.has(target.node)) continue;
      visited.add(target.node);
      conditionFields(target.node, checked);
      callees(target.node, target.file, level + 1);
    }
  };
  callees(body, file, 1);
  if ((requests.length === 0 || !response) && depth < 3) {
    // Handlers that hand the gin context to a shared implementation (openAPIListServicePods(c, false)).
    for (const n of descendants(body)) {
      if (n.type !== 'call_expression') continue;
      const first = n.childForFieldName('arguments').namedChildren[0];
      if (text(first) !== ginParam) continue;
      const target = functionOf(program, n.childForFieldName('function'), file);
      if (!target) continue;
      const inner = handlerTypes(
        program,
        { dir: target.file.pkg.dir, name: text(target.node.childForFieldName('name')) },
        depth + 1,
      );
      for (const f of inner.checked ?? []) checked.add(f);
      if (requests.length === 0) requests.push(...inner.requests);
      response ??= inner.response;
      if (requests.length && response) break;
    }
  }
  return { request: requests[0], requests, response, file: file.path, checked };
}

/** Whether the handler answers through internalhandler.JSONResponse, whose responseHelper turns nil slices and maps into [] and {}. */
function usesResponseHelper(body) {
  for (const n of descendants(body)) {
    if (n.type === 'call_expression' && text(n.childForFieldName('function')).endsWith('.JSONResponse'))
      return true;
  }
  return false;
}

/**
 * Local variable name → its declarations (var and :=) in the function body, each with the block that scopes
 * it, so a name declared in two branches (`args := new(A)` / `args := new(B)`) resolves per use.
 */
function localTypes(body) {
  const locals = new Map();
  const add = (name, decl, entry) => {
    if (!locals.has(name)) locals.set(name, []);
    let scope = decl.parent;
    while (scope && scope.type !== 'block') scope = scope.parent;
    locals.get(name).push({ ...entry, at: decl.startIndex, scope });
  };
  for (const n of descendants(body)) {
    if (n.type === 'var_spec') {
      const type = n.childForFieldName('type');
      const values = n.childForFieldName('value')?.namedChildren ?? [];
      n.childrenForFieldName('name').forEach((name, i) => {
        if (type) add(text(name), n, { typeNode: type });
        else if (values[i]) add(text(name), n, { expr: values[i] });
      });
    } else if (n.type === 'short_var_declaration') {
      const left = n.childForFieldName('left').namedChildren;
      const right = n.childForFieldName('right').namedChildren;
      left.forEach((l, i) => {
        if (right.length === left.length) add(text(l), n, { expr: right[i] });
        else if (right.length === 1) add(text(l), n, { expr: right[0], index: i });
      });
    }
  }
  return {
    /** The declaration of `name` in scope at `use`: the last one before it whose block holds it. */
    get(name, use) {
      const visible = (locals.get(name) ?? []).filter(
        (d) =>
          d.at < use.startIndex &&
          (!d.scope || (d.scope.startIndex <= use.startIndex && use.endIndex <= d.scope.endIndex)),
      );
      return visible[visible.length - 1];
    },
  };
}

/** The shape of an expression's value: { shape, via } or { why }. */
function expressionType(program, expr, file, locals, index = 0, depth = 0) {
  if (!expr || depth > 8) return { why: 'type not found' };
  switch (expr.type) {
    case 'parenthesized_expression':
      return expressionType(program, expr.namedChildren[0], file, locals, index, depth + 1);
    case 'unary_expression':
      if (text(expr.childForFieldName('operator')) === '&' || expr.text.startsWith('&')) {
        return expressionType(program, expr.childForFieldName('operand'), file, locals, 0, depth + 1);
      }
      return { why: 'type not found' };
    case 'identifier': {
      const local = locals.get(text(expr), expr);
      if (!local) return { why: `${text(expr)}: not a local variable` };
      if (local.typeNode) return { shape: program.shapeOf(local.typeNode, file), via: text(expr) };
      return expressionType(program, local.expr, file, locals, local.index ?? 0, depth + 1);
    }
    case 'composite_literal':
      return { shape: program.shapeOf(expr.childForFieldName('type'), file), via: 'literal' };
    case 'call_expression': {
      const callee = expr.childForFieldName('function');
      const args = expr.childForFieldName('arguments').namedChildren;
      if (text(callee) === 'new' || text(callee) === 'make') {
        const arg = args[0];
        const shape = program.shapeOf(arg.type === 'selector_expression' ? selectorAsType(arg) : arg, file);
        return { shape, via: text(callee) };
      }
      const target = functionOf(program, callee, file);
      if (!target) return { why: `${text(callee)}: not a function of the module` };
      const results = target.node.childForFieldName('result');
      if (!results) return { why: `${text(callee)}: returns nothing` };
      const types =
        results.type === 'parameter_list'
          ? results.namedChildren.flatMap((p) => {
              const names = p.childrenForFieldName('name').length || 1;
              return Array(names).fill(p.childForFieldName('type'));
            })
          : [results];
      const type = types[index];
      if (!type) return { why: `${text(callee)}: no result ${index}` };
      return {
        shape: program.shapeOf(type, target.file),
        via: `${target.file.pkg.dir}.${text(target.node.childForFieldName('name'))}`,
      };
    }
    default:
      return { why: `${expr.type}: not followed` };
  }
}

/** `pkg.Name` parsed as an expression inside new(...) is a type. */
function selectorAsType(node) {
  return {
    type: 'qualified_type',
    text: node.text,
    childForFieldName: (f) =>
      f === 'package' ? node.childForFieldName('operand') : node.childForFieldName('field'),
    namedChildren: [],
  };
}

function functionOf(program, callee, file) {
  if (callee.type === 'identifier') return file.pkg.funcs.get(text(callee));
  if (callee.type !== 'selector_expression') return undefined;
  const path = program.importOf(file, text(callee.childForFieldName('operand')));
  const dir = path && program.dirOf(path);
  if (dir === undefined) return undefined;
  return program.loadPackage(dir).funcs.get(text(callee.childForFieldName('field')));
}
