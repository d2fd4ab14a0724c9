// The command line of `zadigctl api`: flags, method and path, headers.
import { pathParameterProblem } from '@zadig-ts/client';
import { UsageError } from '../../exit-codes.js';
import { type GlobalFlags, globalFlags } from '../../globals.js';
import { GLOBAL_FLAGS } from '../../model/global-flags.js';
import { pick } from '../../model/options.js';
import type { ParsedLine } from '../../model/parse.js';
import type { FlagSpec } from '../../model/types.js';
import type { FieldArg } from './fields.js';

export const WHERE = 'zadigctl api';

/** The flags of `zadigctl api`, listed once: parsing, help and completion derive from them. */
export const API_FLAGS: FlagSpec[] = [
  {
    name: 'method',
    short: 'X',
    type: 'string',
    value: '<METHOD>',
    description: 'the method, as an alternative to the first argument',
  },
  {
    name: 'raw-field',
    short: 'f',
    type: 'string',
    value: '<key=value>',
    multiple: true,
    description: 'a string field',
  },
  {
    name: 'field',
    short: 'F',
    type: 'string',
    value: '<key=value>',
    multiple: true,
    description:
      'a typed field: true, false, null and numbers become JSON values; @file sends a file, @- stdin',
  },
  {
    name: 'input',
    type: 'string',
    value: '<file|->',
    description:
      'the request body from a file or stdin, YAML or JSON, sent as JSON; fields then go to the query',
    files: true,
  },
  {
    name: 'header',
    short: 'H',
    type: 'string',
    value: '<Name: value>',
    multiple: true,
    description:
      'an extra request header; not Authorization (the token comes from ZADIG_TOKEN or the profile)',
  },
  {
    name: 'paginate',
    type: 'boolean',
    description: 'GET every page and print the merged items as one JSON array',
  },
  {
    name: 'jq',
    short: 'q',
    type: 'string',
    value: '<filter>',
    description: 'filter the JSON response with jq (built in); strings print raw',
  },
  {
    name: 'include',
    short: 'i',
    type: 'boolean',
    description: 'print the status line and headers before the body',
  },
  { name: 'silent', type: 'boolean', description: 'do not print the response body' },
  {
    ...(pick(GLOBAL_FLAGS, ['output'])[0] as FlagSpec),
    description:
      'json (indented), yaml, raw (the body as received) or table; default: JSON indented, other text as is',
  },
  {
    name: 'json',
    type: 'string',
    value: '<fields>',
    description: 'print only these fields of the object or of each item (dotted paths reach nested ones)',
  },
  ...pick(GLOBAL_FLAGS, [
    'profile',
    'server',
    'ca-file',
    'zadig-version',
    'mock',
    'dry-run',
    'yes',
    'show-secrets',
    'request-timeout',
    'help',
  ]),
];

/** The values of the flags of `zadigctl api` (the global ones are read by globalFlags). */
interface ApiValues {
  output?: string;
  method?: string;
  header?: string[];
  input?: string;
  paginate?: boolean;
  jq?: string;
  include?: boolean;
  silent?: boolean;
}

/** HTTP methods `zadigctl api` sends. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** How the body is printed: `auto` is pretty JSON for JSON bodies and the text as is otherwise. */
export type BodyFormat = 'auto' | GlobalFlags['output'];

/** `zadigctl api` arguments, checked but not yet read (fields and --input are read later). */
export interface ApiArgs {
  flags: GlobalFlags;
  /** Upper case; undefined when neither given as an argument nor with -X (GET, or POST with a body). */
  method: string | undefined;
  pathname: string;
  /** The query string given in the path. */
  search: string;
  fields: FieldArg[];
  headers: Record<string, string>;
  input: string | undefined;
  paginate: boolean;
  jq: string | undefined;
  include: boolean;
  silent: boolean;
  format: BodyFormat;
}

function parseMethod(word: string, where?: string): string {
  const method = word.toUpperCase();
  if (!METHODS.includes(method)) {
    throw new UsageError(
      `${where ? `${where}: ` : ''}unknown HTTP method ${JSON.stringify(word)}`,
      `Expected one of ${METHODS.join(', ')}.`,
    );
  }
  return method;
}

function methodAndPath(words: string[], flag: string | undefined): { method?: string; path: string } {
  const [first, second, extra] = words;
  if (extra !== undefined)
    throw new UsageError(`unexpected argument ${JSON.stringify(extra)} for \`${WHERE}\``);
  if (first === undefined || (second === undefined && METHODS.includes(first.toUpperCase()))) {
    throw new UsageError(
      `missing the path: \`${WHERE} [METHOD] <path>\``,
      `Run \`${WHERE} --help\` for examples.`,
    );
  }
  if (second === undefined)
    return { ...(flag ? { method: parseMethod(flag, '--method') } : {}), path: first };
  if (flag) throw new UsageError(`the method is given twice: ${JSON.stringify(first)} and --method ${flag}`);
  return { method: parseMethod(first), path: second };
}

function splitPath(raw: string): { pathname: string; search: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw new UsageError(
      `the path must be relative to the server, got ${JSON.stringify(raw)}`,
      'Pass the address with --server or ZADIG_URL, and the path alone: /openapi/projects/project.',
    );
  }
  const withSlash = raw.startsWith('/') ? raw : `/${raw}`;
  const hash = withSlash.indexOf('#');
  const bare = hash === -1 ? withSlash : withSlash.slice(0, hash);
  const q = bare.indexOf('?');
  const pathname = q === -1 ? bare : bare.slice(0, q);
  const placeholder = /\{[^}]*\}/.exec(pathname)?.[0];
  if (placeholder) {
    throw new UsageError(
      `the path still has the placeholder ${placeholder}: fill it in, e.g. /openapi/projects/project/detail?projectKey=demo`,
    );
  }
  checkSegments(pathname);
  return { pathname, search: q === -1 ? '' : bare.slice(q + 1) };
}

/**
 * Refuses a path whose segments would not reach the server as given: `.` and `..` (which the URL parser
 * folds, also as `%2e`, with tabs or newlines inside, which it drops, or after a `\`, which it reads as
 * `/`), and escapes that decode to them or to a `/` (the server routes on the decoded path).
 */
function checkSegments(pathname: string): void {
  for (const segment of pathname.split(/[/\\]/)) {
    if (segment === '') continue;
    const problem = pathParameterProblem(segment.replace(/[\t\n\r]/g, ''));
    if (problem) {
      throw new UsageError(
        `the path ${JSON.stringify(pathname)}: segment ${JSON.stringify(segment)} ${problem}`,
        'Give the path of the resource itself, without `.` or `..` segments.',
      );
    }
  }
}

function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(':');
  const name = colon === -1 ? '' : text.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new UsageError(`flag -H needs 'Name: value', got ${JSON.stringify(text)}`);
  }
  if (/^(proxy-)?authorization$/i.test(name)) {
    throw new UsageError(
      `-H ${name}: the token is never passed as an argument`,
      'Set ZADIG_TOKEN (or use a profile); zadigctl sends it as the Authorization header.',
    );
  }
  return [name, text.slice(colon + 1).trim()];
}

/** Checks `zadigctl api` arguments, parsed by API_FLAGS; errors name the flag or argument at fault. */
export function parseApiArgs(parsed: ParsedLine): ApiArgs {
  const { positionals } = parsed;
  const values = parsed.values as Record<string, unknown> & ApiValues;
  const flags = globalFlags(values);
  // -f and -F in their command-line order: a later field of the same key comes after an earlier one.
  const fields: FieldArg[] = parsed.tokens
    .filter((t) => t.name === 'raw-field' || t.name === 'field')
    .map((t) => ({ flag: t.typed, typed: t.name === 'field', text: String(t.value) }));
  const format: BodyFormat = typeof values.output === 'string' || flags.fields ? flags.output : 'auto';
  const jq = values.jq;
  if (jq !== undefined) {
    if (!jq.trim()) throw new UsageError('--jq needs a filter, e.g. --jq .list');
    if (flags.fields) throw new UsageError('--jq and --json cannot be combined: select fields in the filter');
    if (format === 'yaml' || format === 'table') {
      throw new UsageError(`--jq prints JSON or raw text; it cannot be combined with -o ${format}`);
    }
  }
  const { method, path } = methodAndPath(positionals, values.method);
  return {
    flags,
    method,
    ...splitPath(path),
    fields,
    headers: Object.fromEntries((values.header ?? []).map(parseHeader)),
    input: values.input,
    paginate: Boolean(values.paginate),
    jq,
    include: Boolean(values.include),
    silent: Boolean(values.silent),
    format,
  };
}
