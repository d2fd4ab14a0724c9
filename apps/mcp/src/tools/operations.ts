// The trio that keeps the whole API within a model's context: find operations, describe one, call one.
import { availableIn } from '@zadig-ts/client';
import { MAX_RESULT_CHARS_CAP, MIN_RESULT_CHARS } from '../budget.js';
import type { Json, Operation } from '../catalog.js';
import { ToolFailure } from '../errors.js';
import { errata } from '../generated/errata.js';
import { bodySchema, fieldTree, flattenFields, inputParameters, parameterSchema } from '../schema.js';
import { callChecked, findOperation, routeOnRelease } from './shared.js';
import type { ToolContext, ToolDefinition } from './types.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Where the docs page of an operation is (from the `Docs: … (`file`)` line of its description). */
function docsOf(op: Operation): { section: string; file: string; url: string } | undefined {
  const match = /Docs: (.+?) \(`([^`]+\.md)`\)/s.exec(op.description);
  if (!match) return undefined;
  const [, section = '', file = ''] = match;
  // English pages of these modules exist only for older doc versions (see the spec's README).
  const number = file.slice(0, 2);
  const version = ['11', '12', '13', '14'].includes(number)
    ? 'Zadig v4.3'
    : number === '15'
      ? 'Zadig'
      : 'Zadig v5.0';
  const path = `en/${version}/21.Developer Guide/01.OpenAPI Docs/${file}`;
  return {
    section: section.replace(/\s+/g, ' '),
    file,
    url: `https://github.com/koderover/zadig-doc/blob/main/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}

function withoutDocsLine(description: string): string {
  return description.replace(/\n*Docs: .+$/s, '').trim();
}

function listing(context: ToolContext, op: Operation) {
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    tag: op.tag,
    ...(op.writes ? { writes: true, allowed: context.policy.mayWrite(op) } : {}),
    ...(op.destructive ? { destructive: true } : {}),
    ...(op.deprecated ? { deprecated: true } : {}),
    ...(op.responseType === 'text/event-stream' ? { stream: true } : {}),
  };
}

export const listOperations: ToolDefinition = {
  name: 'zadig_list_operations',
  title: 'Find Zadig API operations',
  description:
    'Searches the Zadig API (every operation of its OpenAPI spec) by words, tag or method. Returns operationId, ' +
    'method, path, summary and tag; writes are marked (with whether this server allows them) and destructive ' +
    'ones flagged. Without arguments it lists the tags with their operation counts. Next: ' +
    'zadig_describe_operation for the inputs, zadig_call_operation to call.',
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        description:
          'Words that must all appear in the operationId, summary, path or tag, e.g. "release plan".',
      },
      tag: { type: 'string', description: 'Only this tag (module), e.g. "Workflow", "Version Management".' },
      method: { type: 'string', enum: METHODS, description: 'Only this HTTP method.' },
      writes: { type: 'boolean', description: 'true: only writes; false: only reads.' },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 200,
        default: 40,
        description: 'Most operations returned.',
      },
      offset: { type: 'integer', minimum: 0, default: 0, description: 'Skip this many matches (next page).' },
    },
    additionalProperties: false,
  },
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  async run(args, context) {
    const words = String(args.query ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const tag = typeof args.tag === 'string' ? args.tag.toLowerCase().replace(/[\s_-]+/g, '') : undefined;
    const available = context.catalog.operations.filter((op) => !context.policy.unavailable(op));
    const hidden = context.catalog.operations.length - available.length;
    if (!words.length && tag === undefined && args.method === undefined && args.writes === undefined) {
      const tags: Record<string, number> = {};
      for (const op of available) tags[op.tag] = (tags[op.tag] ?? 0) + 1;
      return {
        operations: available.length,
        ...(hidden ? { hiddenForRelease: hidden, zadigVersion: context.policy.zadigVersion } : {}),
        tags,
        next: 'Pass query (words), tag or method to list operations.',
      };
    }
    const matches = available.filter((op) => {
      if (tag !== undefined && op.tag.toLowerCase().replace(/[\s_-]+/g, '') !== tag) return false;
      if (args.method !== undefined && op.method !== args.method) return false;
      if (args.writes !== undefined && op.writes !== args.writes) return false;
      const text = `${op.operationId} ${op.summary} ${op.path} ${op.tag}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    // Hits in the operationId or summary first.
    const score = (op: Operation) =>
      words.filter((w) => `${op.operationId} ${op.summary}`.toLowerCase().includes(w)).length;
    matches.sort((a, b) => score(b) - score(a));
    const limit = Math.min(Number(args.limit ?? 40), context.maxItems * 10, 200);
    const offset = Number(args.offset ?? 0);
    const shown = matches.slice(offset, offset + limit);
    return {
      total: matches.length,
      shown: shown.length,
      offset,
      ...(offset + shown.length < matches.length ? { next: { ...args, offset: offset + shown.length } } : {}),
      ...(hidden ? { hiddenForRelease: hidden } : {}),
      operations: shown.map((op) => listing(context, op)),
    };
  },
};

/** On a release that routes this job the older way: the operation sent instead, and what it needs. */
function sentAs(context: ToolContext, op: Operation) {
  const route = routeOnRelease(context, op);
  if (route === op) return {};
  const own = new Set(op.parameters.map((p) => p.name));
  return {
    sentAs: {
      zadigVersion: context.policy.zadigVersion,
      operationId: route.operationId,
      path: route.path,
      extraParameters: route.parameters.filter((p) => !own.has(p.name)).map((p) => p.name),
    },
  };
}

/** An example body from the spec (the first documented one). */
function exampleBody(context: ToolContext, op: Operation): unknown {
  const body = context.catalog.deref(context.catalog.operationObject(op).requestBody);
  const media = body?.content?.['application/json'];
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values<Json>(media.examples ?? {})[0];
  return first ? context.catalog.deref(first).value : undefined;
}

/** The top-level fields of the 2xx answer, and where its list is. */
function responseOf(context: ToolContext, op: Operation) {
  const responses = context.catalog.operationObject(op).responses ?? {};
  const code = Object.keys(responses).find((c) => c.startsWith('2'));
  const response = code ? context.catalog.deref(responses[code]) : undefined;
  const schema = context.catalog.deref(response?.content?.['application/json']?.schema);
  const tree = schema ? fieldTree(flattenFields(schema), '', 2) : undefined;
  return {
    status: code ? Number(code) : undefined,
    contentType: op.responseType ?? 'application/json',
    ...(op.pagination ? { list: op.pagination.list, paginated: true } : {}),
    // Two levels, as `path: type`; a field with deeper ones says how many (`+N`).
    ...(tree?.fields.length
      ? {
          fields: tree.fields.map(
            (f) => `${f.path}: ${f.type}${f.nestedFields ? ` (+${f.nestedFields} nested)` : ''}`,
          ),
        }
      : {}),
  };
}

export const describeOperation: ToolDefinition = {
  name: 'zadig_describe_operation',
  title: 'Describe a Zadig API operation',
  description:
    "One operation's parameters, body fields (with required ones and allowed values), an example body, its " +
    "answer, the docs section and link, and the errata (where Zadig's docs and server disagree; the spec and " +
    'this server follow the server). Use before zadig_call_operation. Body fields are a tree to `depth` levels; ' +
    'a field with deeper ones says how many (nestedFields): ask for that subtree with `path`.',
  inputSchema: {
    type: 'object',
    properties: {
      operationId: { type: 'string', description: 'From zadig_list_operations, e.g. "listReleases".' },
      path: {
        type: 'string',
        description:
          'Only the body fields under this field, e.g. "stages[].jobs[]" (paths as the fields show them).',
      },
      depth: {
        type: 'integer',
        minimum: 1,
        maximum: 12,
        default: 2,
        description: 'Levels of body fields shown (below `path`).',
      },
      maxChars: maxCharsSchema(),
    },
    required: ['operationId'],
    additionalProperties: false,
  },
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  async run(args, context) {
    const op = findOperation(context, args.operationId, '/operationId');
    const parameters = inputParameters(op).map((p) => {
      const schema = parameterSchema(context.catalog, op, p.name);
      return {
        name: p.name,
        in: p.in,
        required: p.required,
        type: schema.type === 'array' ? `${schema.items?.type ?? 'any'}[]` : schema.type,
        ...(schema.enum ? { enum: schema.enum } : {}),
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        description: p.description,
      };
    });
    const body = bodySchema(context.catalog, op);
    const docs = docsOf(op);
    const notes = errata[op.operationId] ?? [];
    const path = typeof args.path === 'string' ? args.path.replace(/^\.+|\.+$/g, '') : '';
    const bodyView = body ? bodyTree(context, op, body, path, Number(args.depth ?? 2)) : undefined;
    if (path && !body) {
      throw new ToolFailure(
        'invalid_input',
        `/path: ${op.operationId} takes no request body, so it has no body fields.`,
        {
          pointer: '/path',
        },
      );
    }
    const result = (view: Record<string, unknown> | undefined) => ({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      tag: op.tag,
      summary: op.summary,
      description: withoutDocsLine(op.description),
      writes: op.writes,
      ...(op.writes ? { allowed: context.policy.mayWrite(op) } : {}),
      ...(op.destructive ? { destructive: true } : {}),
      ...(op.deprecated ? { deprecated: true } : {}),
      ...(op.undocumented ? { undocumented: true } : {}),
      // The tracked Zadig releases it can be called on (the client reroutes some to an older route).
      releases: availableIn(op.operationId),
      ...sentAs(context, op),
      parameters,
      ...(view ? { body: view } : {}),
      response: responseOf(context, op),
      ...(docs ? { docs } : {}),
      ...(notes.length ? { errata: notes } : {}),
      call: {
        tool: 'zadig_call_operation',
        arguments: {
          operationId: op.operationId,
          input: `{ ${[...parameters.map((p) => p.name), ...(body ? ['body'] : [])].join(', ')} }`,
          ...(op.writes ? { confirm: 'true to send; without it you get a preview' } : {}),
        },
      },
    });
    // Shallower trees until the result fits the budget: never cut silently, say how deep it goes.
    if (!bodyView) return result(undefined);
    for (let depth = bodyView.depth; depth >= 1; depth--) {
      const view = depth === bodyView.depth ? bodyView.view : bodyTree(context, op, body, path, depth).view;
      const out = result(
        depth === bodyView.depth
          ? view
          : { ...view, depthReduced: `from ${bodyView.depth} to fit ${context.maxChars} characters` },
      );
      if (JSON.stringify(out).length <= context.maxChars || depth === 1) return out;
    }
    return result(bodyView.view);
  },
};

/** The body fields under `path` to `depth` levels, what was left out, and how to see it. */
function bodyTree(context: ToolContext, op: Operation, body: Json, path: string, depth: number) {
  const all = flattenFields(body);
  const tree = fieldTree(all, path, depth);
  if (!tree) {
    const parents = all.filter((f) =>
      all.some((g) => g.path.startsWith(`${f.path}.`) || g.path.startsWith(`${f.path}[].`)),
    );
    throw new ToolFailure(
      'invalid_input',
      `/path: ${op.operationId}'s body has no field ${JSON.stringify(path)} with fields under it; fields that have some: ${parents
        .slice(0, 30)
        .map((f) => (all.some((g) => g.path.startsWith(`${f.path}[].`)) ? `${f.path}[]` : f.path))
        .join(', ')}`,
      { pointer: '/path' },
    );
  }
  const example = path ? undefined : exampleBody(context, op);
  const view: Record<string, unknown> = {
    required: op.requestBody?.required ?? false,
    ...(path ? { path } : {}),
    depth,
    totalFields: path
      ? all.filter((f) => f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[].`)).length
      : all.length,
    shownFields: tree.fields.length,
    fields: tree.fields,
    ...(tree.collapsed.length
      ? {
          leftOut: `${tree.collapsed.length} field(s) have nested fields not shown (nestedFields counts them): call again with path set to one of them, e.g. ${JSON.stringify(tree.collapsed[0])}, or a larger depth.`,
          subtrees: tree.collapsed,
        }
      : {}),
    ...(example !== undefined ? { example } : {}),
  };
  return { view, depth };
}

export const callOperation = (
  maxItems: number,
  writesAllowed: boolean,
  destructiveAllowed: boolean,
): ToolDefinition => ({
  name: 'zadig_call_operation',
  title: 'Call a Zadig API operation',
  description:
    'Calls one operation by operationId with its path and query parameters by name and "body", checked against ' +
    'the spec first (errors name a JSON pointer). Only reads run unless the server was started with ' +
    '--allow-writes; an allowed write without "confirm": true returns a preview of the request and sends ' +
    'nothing. Answers are trimmed: "jq" filters the answer on the server (a jq program, e.g. ".list[] | {version_name, status}"); ' +
    `"fields" keeps those (dot) paths of each list item; lists are cut at "limit" items (at most ${maxItems}) and to ` +
    'the character budget; "next" holds the exact arguments that continue at the first item not shown.',
  inputSchema: {
    type: 'object',
    properties: {
      operationId: { type: 'string', description: 'From zadig_list_operations, e.g. "listReleases".' },
      input: {
        type: 'object',
        description:
          'Path and query parameters by name, and "body" for the request body (see zadig_describe_operation).',
        additionalProperties: true,
      },
      fields: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Keep only these fields (dot paths) of each list item, or of the answer: ["version", "status"].',
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: maxItems,
        description: `Most list items returned (default and maximum ${maxItems}); pageSize defaults to it.`,
      },
      offset: {
        type: 'integer',
        minimum: 0,
        description:
          'Skip this many items: of the whole list from page pageNum on (paginated operations), else of the list in the answer (with jq: of its output).',
      },
      jq: {
        type: 'string',
        description:
          'A jq program run over the answer before it is trimmed; when its output is an array, limit/offset page through it.',
      },
      maxChars: maxCharsSchema(),
      confirm: {
        type: 'boolean',
        description: 'Send a write. Without it a write returns the request it would send (a dry run).',
      },
    },
    required: ['operationId'],
    additionalProperties: false,
  },
  annotations: {
    readOnlyHint: !writesAllowed,
    destructiveHint: destructiveAllowed,
    idempotentHint: false,
    openWorldHint: true,
  },
  async run(args, context) {
    const op = findOperation(context, args.operationId, '/operationId');
    if (args.jq !== undefined && args.fields !== undefined) {
      throw new ToolFailure('invalid_input', '/fields: use either fields or jq; jq can select fields too.', {
        pointer: '/fields',
      });
    }
    const { input: _input, offset: _offset, ...kept } = args;
    return callChecked(context, op, args.input, {
      at: '/input',
      confirm: args.confirm === true,
      shape: {
        fields: args.fields as string[] | undefined,
        limit: Math.min(Number(args.limit ?? maxItems), maxItems),
        offset: args.offset as number | undefined,
        jq: args.jq as string | undefined,
        nextArguments: (input, offset) => ({ ...kept, input, ...(offset ? { offset } : {}) }),
      },
    });
  },
});

/** The per-call budget argument of the tools whose results can be long. */
export function maxCharsSchema() {
  return {
    type: 'integer',
    minimum: MIN_RESULT_CHARS,
    maximum: MAX_RESULT_CHARS_CAP,
    description: "Most characters of the result (default: the server's budget).",
  };
}
