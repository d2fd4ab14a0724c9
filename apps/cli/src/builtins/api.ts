// `zadigctl api`: any method and path on the Zadig server, like `gh api`.
import { unwrap, ZadigError } from '@zadig-ts/client';
import { clientIO } from '../client-io.js';
import { exitCodeOf } from '../commands/exit-code-of.js';
import { UNSENT_BASE } from '../commands/prepared.js';
import { connect } from '../config/context.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import { type IO, tableView } from '../io.js';
import { formatDryRun, shownUrl } from '../output/dry-run.js';
import { type ApiArgs, parseApiArgs } from './api/args.js';
import { parseFields } from './api/fields.js';
import { API_HELP } from './api/help.js';
import { contentReader, readInput } from './api/input.js';
import { checkFilter } from './api/jq.js';
import { type Body, formatBody, formatHead, parseBody } from './api/output.js';
import { fetchPages, listFieldOf, pageQuery, pageStart } from './api/paginate.js';
import { appendFields } from './api/query.js';
import { type ApiResponse, createSender, preparedApiRequest } from './api/send.js';
import type { BuiltinContext } from './index.js';

const QUERY_METHODS = new Set(['GET', 'HEAD', 'DELETE']);

/** The request to send, once fields and --input are read. */
interface Planned {
  method: string;
  query: URLSearchParams;
  body?: unknown;
}

/**
 * The method when none is given: GET without fields or a body, and with fields when the spec has a GET for
 * the path (fields are then its query); else the spec's write method for the path, or POST as gh does. A
 * write method chosen this way is said on stderr before anything is sent.
 */
async function inferMethod(io: IO, args: ApiArgs, hasFields: boolean, hasInput: boolean): Promise<string> {
  if (args.paginate || (!hasFields && !hasInput)) return 'GET';
  const { methodsFor } = await import('../audit/operation-of.js');
  const methods = methodsFor(args.pathname);
  if (!hasInput && methods.some((m) => m.method === 'GET')) return 'GET';
  const writes = methods.filter((m) => m.method !== 'GET');
  const chosen = writes.length === 1 ? (writes[0] as { method: string; operationId: string }) : undefined;
  const method = chosen?.method ?? 'POST';
  io.stderr.write(
    `zadigctl api: sending ${method} ${args.pathname} (${chosen ? `the spec's only method for it with a body: ${chosen.operationId}` : `${hasInput ? '--input' : '-f/-F fields'} and no GET in the spec for this path`}); pass -X to choose\n`,
  );
  return method;
}

async function plan(io: IO, args: ApiArgs): Promise<Planned> {
  const read = contentReader(io);
  const fields = await parseFields(args.fields, read);
  const input = args.input === undefined ? undefined : await readInput(args.input, read);
  const hasFields = Object.keys(fields).length > 0;
  const method = args.method ?? (await inferMethod(io, args, hasFields, input !== undefined));
  const query = new URLSearchParams(args.search);
  if (args.paginate && method !== 'GET')
    throw new UsageError(`--paginate works with GET only, not ${method}`);
  if (input !== undefined && (method === 'GET' || method === 'HEAD')) {
    throw new UsageError(
      `--input: a ${method} request cannot carry a body`,
      'Give the method, e.g. `zadigctl api POST <path> --input body.yaml`.',
    );
  }
  if (input !== undefined || QUERY_METHODS.has(method)) {
    appendFields(query, fields);
    return { method, query, ...(input === undefined ? {} : { body: input }) };
  }
  return { method, query, ...(hasFields ? { body: fields } : {}) };
}

function target(pathname: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

async function dryRun(io: IO, args: ApiArgs, planned: Planned): Promise<number> {
  const connection = args.flags.mock
    ? { baseUrl: undefined, token: 'mock', close: async () => {} }
    : await connect(args.flags, false, io);
  await connection.close();
  const start = args.paginate ? pageStart(planned.query) : undefined;
  const query = start ? pageQuery(planned.query, start.pageNum, start.pageSize) : planned.query;
  // The URL the client builds to send (the mock's port is chosen when it starts).
  const request = await preparedApiRequest(
    connection.baseUrl ?? UNSENT_BASE,
    connection.token,
    args.headers,
    { logLevel: 'off' },
    { method: planned.method, target: target(args.pathname, query), body: planned.body },
  ).catch((error: unknown) => {
    throw error instanceof ZadigError ? new CliError(error.message, exitCodeOf(error)) : error;
  });
  const text = formatDryRun(
    {
      method: planned.method,
      url: connection.baseUrl
        ? request.url
        : shownUrl(request.url, UNSENT_BASE, 'http://127.0.0.1:<mock port>'),
      headers: args.headers,
      ...(planned.body === undefined ? {} : { body: planned.body }),
      hasToken: Boolean(connection.token),
      paginate: args.paginate,
    },
    args.flags,
  );
  io.stdout.write(text);
  return ExitCode.Ok;
}

/** Prints the failed response's body (as gh does) and throws the client's error for its status. */
async function failWith(io: IO, args: ApiArgs, response: ApiResponse): Promise<never> {
  if (!args.silent) {
    io.stdout.write(await formatBody(parseBody(response), { format: args.format, view: tableView(io) }));
  }
  await unwrap(response.raw);
  throw new CliError(
    `${response.method} ${response.target} failed with ${response.status}`,
    ExitCode.Failure,
  );
}

async function send(io: IO, args: ApiArgs, planned: Planned): Promise<number> {
  const connection = await connect(args.flags, true, io);
  try {
    const { operationOf } = await import('../audit/operation-of.js');
    const { commandFetch } = await import('../commands/command-fetch.js');
    const sender = createSender(
      connection.baseUrl,
      connection.token,
      args.headers,
      clientIO(io, args.flags),
      await commandFetch(io, connection, args.flags.showSecrets, operationOf),
    );
    const printHead = (response: ApiResponse) => {
      if (args.include) io.stdout.write(formatHead(response));
    };
    let body: Body;
    let listField: string | undefined;
    if (args.paginate) {
      const pages = await fetchPages(sender, args.pathname, planned.query, printHead);
      const last = pages.responses[pages.responses.length - 1] as ApiResponse;
      if (!pages.merged) return await failWith(io, args, last);
      body = pages.merged;
    } else {
      const response = await sender(planned.method, target(args.pathname, planned.query), planned.body);
      printHead(response);
      if (!response.ok) return await failWith(io, args, response);
      body = parseBody(response);
      listField = body.json ? listFieldOf(body.value) : undefined;
    }
    if (args.silent) return ExitCode.Ok;
    if (args.jq !== undefined && !body.json) {
      throw new CliError(
        `--jq: the response is not JSON (${body.text.trim() ? 'content type not JSON' : 'empty body'})`,
        ExitCode.Failure,
      );
    }
    io.stdout.write(
      await formatBody(body, {
        format: args.format,
        view: tableView(io),
        ...(args.flags.fields ? { fields: args.flags.fields } : {}),
        ...(args.jq === undefined ? {} : { jq: args.jq }),
        ...(listField ? { listField } : {}),
      }),
    );
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof ZadigError) throw new CliError(error.message, exitCodeOf(error));
    throw error;
  } finally {
    await connection.close();
  }
}

/** Runs `zadigctl api`; resolves to the exit code. */
export async function run(context: BuiltinContext): Promise<number> {
  const { io } = context;
  if (context.help) {
    io.stdout.write(API_HELP);
    return ExitCode.Ok;
  }
  const args = parseApiArgs(context.line);
  // A filter that does not compile is a usage error before anything is read or sent.
  if (args.jq !== undefined) await checkFilter(args.jq);
  const planned = await plan(io, args);
  // Bad page parameters are usage errors before connecting (which may start the mock).
  if (args.paginate) pageStart(planned.query);
  if (args.flags.dryRun) return dryRun(io, args, planned);
  const { confirmApiDelete } = await import('../commands/confirm.js');
  await confirmApiDelete(io, planned.method, target(args.pathname, planned.query), args.flags.yes);
  return send(io, args, planned);
}
