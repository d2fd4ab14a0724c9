import {
  availableIn,
  createZadigClient,
  type OperationId,
  SUCCESS_STATUS,
  streamLogLines,
  type TrackedRelease,
  UnsupportedOperationError,
  type ZadigClient,
  ZadigError,
  ZadigWaitTimeoutError,
} from '@zadig-ts/client';
import type { GlobalFlags } from '../cli.js';
import { clientIO } from '../client-io.js';
import { type Connection, connect } from '../config/context.js';
import { defaultProject, type Setting, trackedRelease } from '../config/profile-settings.js';
import { resolveTarget } from '../config/resolve.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import type { WorkflowDefinition } from '../input/workflow-run.js';
import { type IO, tableView } from '../io.js';
import { parseDuration } from '../model/duration.js';
import type { FlagValue } from '../model/parse.js';
import { formatDryRun, type PlannedRequest, shownUrl } from '../output/dry-run.js';
import { pickFields, render } from '../output/render.js';
import { progressReporter } from '../wait/progress.js';
import { WAIT_TARGETS } from '../wait/targets.js';
import { cliErrorOf } from './api-error.js';
import type { Command, OperationParameter } from './catalog.js';
import { confirmDestructive } from './confirm.js';
import { argumentFlag, boundParameters, isPaging, PROJECT_FLAG, positionHint } from './flags.js';
import { routedCommand } from './moved-route.js';
import { preparedRequest, UNSENT_BASE } from './prepared.js';
import { collectBody } from './request-body.js';
import { checkWaitable } from './wait-check.js';

export interface OperationArgs {
  io: IO;
  flags: GlobalFlags;
  values: Record<string, FlagValue | undefined>;
  /** Positional words after module and command. */
  extra: string[];
}

type ParamValue = string | number | boolean | Array<string | number | boolean>;

interface RequestParts {
  path: Record<string, ParamValue>;
  query: Record<string, ParamValue>;
  body?: unknown;
  /** Flags not given but filled from a default (the project), with where the value came from. */
  defaulted: Record<string, Setting>;
}

const PAGE_DEFAULTS: Record<string, number> = { pageNum: 1, pageSize: 20 };

/** The operation each waiter polls (the wait target that `polls`): its response is what --wait prints. */
const POLLED: Record<string, string> = Object.fromEntries(
  Object.entries(WAIT_TARGETS)
    .filter(([, target]) => target.polls)
    .map(([operationId, target]) => [target.waiter, operationId]),
);

function coerce(p: OperationParameter, raw: string, flag: string, type = p.type): string | number | boolean {
  if (p.enum && !p.enum.map(String).includes(raw)) {
    throw new UsageError(`${flag}: ${JSON.stringify(raw)} is not one of ${p.enum.join(', ')}`);
  }
  if (type === 'integer' || type === 'number') {
    const value = Number(raw);
    if (raw.trim() === '' || Number.isNaN(value) || (type === 'integer' && !Number.isInteger(value))) {
      throw new UsageError(
        `${flag}: expected ${type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`,
      );
    }
    return value;
  }
  if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      throw new UsageError(`${flag}: expected true or false, got ${JSON.stringify(raw)}`);
    return raw === 'true';
  }
  return raw;
}

/** The flags as given, with positional arguments mapped to the flags of the identifiers they stand for. */
function givenValues(command: Command, args: OperationArgs): Record<string, FlagValue | undefined> {
  const where = `zadigctl ${command.module} ${command.verb}`;
  // Main identifiers given as arguments fill their flags in order (`workflow task deploy 42`).
  const given: Record<string, FlagValue | undefined> = { ...args.values };
  const extra = [...args.extra];
  for (const name of command.args) {
    const flag = argumentFlag(command, name);
    // Given as a flag: the argument goes to the next identifier.
    if (!flag || !extra.length || given[flag] !== undefined) continue;
    given[flag] = extra.shift();
  }
  if (extra.length) {
    throw new UsageError(
      `unexpected argument ${JSON.stringify(extra[0])} for \`${where}\``,
      command.args.length
        ? `It takes ${command.args.length === 1 ? 'one argument' : `${command.args.length} arguments`}: ${command.args
            .map((name) => `<${argumentFlag(command, name) ?? name}>`)
            .join(' ')}.`
        : `It takes no arguments; run \`${where} --help\` for its flags.`,
    );
  }
  return given;
}

async function collectParameters(
  command: Command,
  args: OperationArgs,
  given: Record<string, FlagValue | undefined>,
  fromBody: Record<string, string>,
): Promise<RequestParts> {
  const parts: RequestParts = { path: {}, query: {}, defaulted: {} };
  const where = `zadigctl ${command.module} ${command.verb}`;
  for (const { parameter: p, flag } of boundParameters(command)) {
    // A flag, else the body's value for it, else a default.
    let raw = given[flag] ?? fromBody[flag];
    if (raw === undefined && isPaging(command, p.name)) raw = String(PAGE_DEFAULTS[p.name]);
    if (raw === undefined && flag === PROJECT_FLAG && p.required) {
      const fallback = await defaultProject(args.io, args.flags.profile);
      if (fallback) parts.defaulted[flag] = fallback;
      raw = fallback?.value;
    }
    if (raw === undefined) {
      if (p.required) {
        const positional = positionHint(command, p.name);
        const project =
          flag === PROJECT_FLAG
            ? ' Set a default with `zadigctl config set project <key>` or ZADIG_PROJECT.'
            : '';
        const { userText } = await import('../output/user-text.js');
        throw new UsageError(
          `missing required flag --${flag}${positional}: ${userText(p.description).replace(/\s+/g, ' ')}`,
          `Run \`${where} --help\`.${project}`,
        );
      }
      continue;
    }
    const value =
      p.type === 'array'
        ? (Array.isArray(raw) ? raw : [String(raw)]).map((v) =>
            coerce(p, v, `--${flag}`, p.items ?? 'string'),
          )
        : coerce(p, String(raw), `--${flag}`);
    parts[p.in as 'path' | 'query'][p.name] = value;
  }
  return parts;
}

async function dryRun(
  io: IO,
  command: Command,
  parts: RequestParts,
  flags: GlobalFlags,
  release: Setting | undefined,
): Promise<number> {
  // Where it would go, resolved as for a real call (flags, environment, profile), without connecting; the
  // URL is the one the client builds to send.
  const target = await resolveTarget(flags, io.env);
  const known = !target.mock && target.baseUrl !== undefined;
  const request = await preparedRequest(command, parts, {
    ...(known ? { baseUrl: target.baseUrl } : {}),
    zadigVersion: release?.value,
  });
  const planned: PlannedRequest = {
    method: request.method,
    url: known
      ? request.url
      : shownUrl(request.url, UNSENT_BASE, target.mock ? 'http://127.0.0.1:<mock port>' : '$ZADIG_URL'),
    headers: {},
    ...(parts.body === undefined ? {} : { body: parts.body }),
    hasToken: Boolean(target.token || target.mock),
    paginate: false,
  };
  io.stdout.write(formatDryRun(planned, flags));
  return ExitCode.Ok;
}

/** Ctrl-C as an AbortSignal, for the time a long operation runs. */
function interruptSignal(io: IO): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const dispose = io.onInterrupt(() => controller.abort());
  return { signal: controller.signal, dispose };
}

async function streamLines(
  io: IO,
  zadig: ZadigClient,
  command: Command,
  input: Record<string, unknown>,
): Promise<number> {
  const interrupt = interruptSignal(io);
  try {
    const open = async (signal?: AbortSignal) =>
      (await zadig.call(command.operation.operationId as OperationId, input as never, {
        ...(signal ? { signal } : {}),
        maxRetries: 0,
      })) as unknown as ReadableStream<Uint8Array>;
    for await (const line of streamLogLines(open, zadig.options.sleep, { signal: interrupt.signal })) {
      io.stdout.write(`${line}\n`);
    }
    return interrupt.signal.aborted ? ExitCode.Interrupted : ExitCode.Ok;
  } finally {
    interrupt.dispose();
  }
}

async function waitForFinal(
  zadig: ZadigClient,
  command: Command,
  args: OperationArgs,
  parts: RequestParts,
  data: unknown,
  baseUrl: string | undefined,
): Promise<{ code: number; state: unknown }> {
  const target = WAIT_TARGETS[command.operation.operationId];
  if (!target) throw new UsageError(`\`zadigctl ${command.module} ${command.verb}\` cannot --wait`);
  const params = { ...parts.path, ...parts.query };
  const input = target.input(
    params,
    (parts.body ?? {}) as Record<string, unknown>,
    (data ?? {}) as Record<string, unknown>,
  );
  if (!input || Object.values(input).some((v) => v === undefined || v === '')) {
    throw new CliError('cannot tell what to wait for from the response', ExitCode.Failure);
  }
  const what = Object.values(input).join(' ');
  const { io } = args;
  const reporter = progressReporter(
    what,
    io.stderr.isTTY,
    (text) => io.stderr.write(text),
    () => io.now(),
  );
  const started = io.now();
  const stopTicking = io.stderr.isTTY && io.every ? io.every(1000, () => reporter.tick()) : () => {};
  const timeout =
    typeof args.values.timeout === 'string' ? parseDuration('--timeout', args.values.timeout) : undefined;
  const interrupt = interruptSignal(io);
  try {
    const state = await zadig.waitFor[target.waiter](input as never, {
      signal: interrupt.signal,
      ...(timeout !== undefined ? { timeoutMs: timeout } : {}),
      onProgress: (p) => reporter.update(p),
    });
    stopTicking();
    reporter.done();
    const status = String((state as { status?: unknown }).status ?? '');
    const { genericSummary, workflowSummary } = await import('../wait/summary.js');
    const elapsed = io.now() - started;
    const lines =
      target.waiter === 'workflowTask'
        ? workflowSummary(state as Record<string, unknown>, elapsed, baseUrl)
        : genericSummary(what, state as Record<string, unknown>, elapsed);
    io.stderr.write(`${lines.join('\n')}\n`);
    return { code: SUCCESS_STATUS.has(status) ? ExitCode.Ok : ExitCode.Failure, state };
  } catch (error) {
    stopTicking();
    reporter.done();
    if (interrupt.signal.aborted) {
      throw new CliError(
        `stopped waiting for ${what}; it goes on on the server`,
        ExitCode.Interrupted,
        `Resume with: ${target.resume(input)}`,
      );
    }
    if (error instanceof ZadigWaitTimeoutError) {
      throw new CliError(error.message, ExitCode.Network, `Resume with: ${target.resume(input)}`);
    }
    throw error;
  } finally {
    interrupt.dispose();
  }
}

/** `--json` alone: the fields there are, one per line. */
async function listFields(
  io: IO,
  command: Command,
  operationId: string,
  listField: string | undefined,
): Promise<number> {
  const { availableFields } = await import('../output/fields.js');
  const fields = availableFields(operationId, listField);
  if (!fields.length) {
    io.stderr.write(`the response of \`zadigctl ${command.module} ${command.verb}\` has no named fields\n`);
    return ExitCode.Usage;
  }
  io.stdout.write(`${fields.join('\n')}\n`);
  return ExitCode.Ok;
}

async function printExample(io: IO, command: Command): Promise<number> {
  const { exampleBody } = await import('../output/body-fields.js');
  const example = exampleBody(command.operation.operationId);
  if (!example) throw new UsageError(`\`zadigctl ${command.module} ${command.verb}\` takes no request body`);
  const { stringify } = await import('../output/yaml.js');
  const where = `zadigctl ${command.module} ${command.verb}`;
  io.stdout.write(
    `# ${example.documented ? 'The documented example' : 'An example built from the schema'} for \`${where}\`.\n# Edit it, then: ${where} --file body.yaml   (or pipe it in)\n${stringify(example.value, { lineWidth: 0 })}`,
  );
  return ExitCode.Ok;
}

/** The number of items on the page, when the response is a page of a list. */
function pageInfo(data: unknown, listField: string | undefined, query: RequestParts['query']) {
  if (!listField || !data || typeof data !== 'object') return undefined;
  const page = data as Record<string, unknown>;
  const list = page[listField];
  if (!Array.isArray(list) || typeof page.total !== 'number') return undefined;
  const pageNum = Number(query.pageNum ?? 1);
  const pageSize = Number(query.pageSize ?? list.length);
  const seen = (pageNum - 1) * pageSize + list.length;
  return { count: list.length, total: page.total, pageNum, more: seen < page.total };
}

async function print(io: IO, command: Command, flags: GlobalFlags, data: unknown, parts: RequestParts) {
  const view = tableView(io);
  const listField = command.listField;
  if (flags.jq !== undefined) {
    const { runFilter } = await import('../builtins/api/jq.js');
    const shown = flags.fields ? pickFields(data, flags.fields, listField) : data;
    io.stdout.write(await runFilter(shown, flags.jq, view.tty || flags.output === 'json'));
    return;
  }
  const shown = flags.fields ? pickFields(data, flags.fields, listField) : data;
  io.stdout.write(await render(shown, { format: flags.output, view, ...(listField ? { listField } : {}) }));
  const page = pageInfo(data, listField, parts.query);
  // The footer only when there is more to see, and only for people (never into a pipe).
  if (view.tty && page?.more && flags.output === 'table' && !flags.fields) {
    io.stderr.write(
      `Showing ${page.count} of ${page.total} (page ${page.pageNum}; --page-num ${page.pageNum + 1} for the next)\n`,
    );
  }
}

/**
 * The server's release (--zadig-version, ZADIG_VERSION, the profile's), checked: a command the release does
 * not have is a usage error (exit 2) before anything is read or sent, naming the releases that have it.
 */
async function checkRelease(
  command: Command,
  args: OperationArgs,
): Promise<{ setting: Setting; tracked: TrackedRelease } | undefined> {
  const named = await trackedRelease(args.io, args.flags);
  if (!named) return undefined;
  const { setting: release, tracked } = named;
  const releases = availableIn(command.operation.operationId);
  if (!releases.length || releases.includes(tracked)) return named;
  throw new CliError(
    `\`zadigctl ${command.module} ${command.verb}\` (${command.operation.operationId}) is not available in Zadig ${release.value} (from ${release.source}); it is in ${releases.join(', ')}`,
    ExitCode.Usage,
    release.source.startsWith('profile')
      ? 'If the server was upgraded, run `zadigctl doctor` to update the profile, or pass --zadig-version.'
      : undefined,
    { operationId: command.operation.operationId, zadigVersion: release.value, availableIn: releases },
  );
}

/** Runs one API operation from parsed command-line arguments; resolves to the exit code. */
export async function runOperation(named: Command, args: OperationArgs): Promise<number> {
  let command = named;
  const { io, flags } = args;
  if (args.values.example) return printExample(io, command);
  if (flags.jq !== undefined) {
    const { checkFilter } = await import('../builtins/api/jq.js');
    await checkFilter(flags.jq);
    if (flags.output === 'yaml' || (flags.output === 'table' && args.values.output !== undefined)) {
      throw new UsageError(`--jq prints JSON or raw text; it cannot be combined with -o ${flags.output}`);
    }
  }
  // With --wait, what is printed is the state waited for: the fields are those of the command that polls it.
  const shownOperation =
    args.values.wait && command.naming.wait
      ? (POLLED[command.naming.wait] ?? command.operation.operationId)
      : command.operation.operationId;
  const shownList = shownOperation === command.operation.operationId ? command.listField : undefined;
  if (flags.listFields) return listFields(io, command, shownOperation, shownList);
  if (flags.fields) {
    const { checkFields, itemSchema } = await import('../output/fields.js');
    checkFields(flags.fields, itemSchema(shownOperation, shownList));
  }
  const release = await checkRelease(command, args);
  // Connected once, when first needed: `workflow run` reads the workflow's definition before it sends.
  let session: Session | undefined;
  const open = async () => {
    session ??= await openSession(io, flags, command, release?.setting, !args.values.wait);
    return session;
  };
  let parts: RequestParts = { path: {}, query: {}, defaulted: {} };
  try {
    const given = givenValues(command, args);
    const collected = await collectBody(command, args, given, async (body) => {
      const { zadig } = await open();
      const name = String(body.workflow_key ?? '');
      if (!name)
        throw new UsageError('missing workflow: give it as the argument, `zadigctl workflow run <workflow>`');
      const project = body.project_key;
      return (await zadig.call('getWorkflow', {
        name,
        ...(project ? { projectKey: String(project) } : {}),
      } as never)) as WorkflowDefinition;
    });
    parts = await collectParameters(command, args, given, collected.fromBody);
    // A project the body took from the default is as unnamed as a defaulted parameter (see confirm.ts).
    if (collected.defaulted && !parts.defaulted[PROJECT_FLAG])
      parts.defaulted[PROJECT_FLAG] = collected.defaulted;
    // A route that moved between releases: the one this release (or these values) call for.
    const routed = routedCommand(
      command,
      { ...parts.path, ...parts.query },
      release,
      (name) => argumentFlag(command, name) ?? name,
    );
    command = routed.command;
    for (const name of routed.unused) {
      delete parts.path[name];
      delete parts.query[name];
    }
    parts.body = collected.body;
    if (args.values.wait) checkWaitable(command, parts);
    if (flags.dryRun) return await dryRun(io, command, parts, flags, release?.setting);
    // Refused values are usage errors before anything is confirmed, connected or sent.
    await preparedRequest(command, parts, { zadigVersion: release?.setting.value });
    await confirmDestructive(io, command, parts, flags.yes);
    const { zadig, connection } = await open();
    const input: Record<string, unknown> = { ...parts.path, ...parts.query };
    if (parts.body !== undefined) input.body = parts.body;
    if (command.operation.responseType === 'text/event-stream')
      return await streamLines(io, zadig, command, input);
    // A status command with --wait: the waiter's first poll is the call itself.
    const pollsItself = args.values.wait && WAIT_TARGETS[command.operation.operationId]?.polls;
    let data: unknown = pollsItself
      ? undefined
      : await zadig.call(command.operation.operationId as OperationId, input as never);
    let code: number = ExitCode.Ok;
    if (args.values.wait) {
      ({ code, state: data } = await waitForFinal(
        zadig,
        command,
        args,
        parts,
        data,
        connection.mock ? undefined : connection.baseUrl,
      ));
    }
    await print(io, command, flags, data, parts);
    return code;
  } catch (error) {
    if (error instanceof UnsupportedOperationError) {
      throw new CliError(error.message, ExitCode.Usage, undefined, {
        operationId: error.operationId,
        zadigVersion: error.zadigVersion,
        availableIn: error.availableIn,
      });
    }
    if (error instanceof ZadigError) {
      const body = (parts.body ?? {}) as Record<string, unknown>;
      const project =
        parts.query.projectKey ?? parts.query.projectName ?? parts.query.namespace ?? body.project_key;
      throw cliErrorOf(error, project === undefined ? undefined : String(project));
    }
    throw error;
  } finally {
    await session?.connection.close();
  }
}

interface Session {
  zadig: ZadigClient;
  connection: Connection;
}

/** The connection and a client on it, as every operation's requests are sent. */
async function openSession(
  io: IO,
  flags: GlobalFlags,
  command: Command,
  release: Setting | undefined,
  /** Show a waiting line while an answer is slow (not under --wait, which draws its own). */
  showWaiting: boolean,
): Promise<Session> {
  const connection = await connect(flags, true, io);
  const { commandFetch } = await import('./command-fetch.js');
  const fetch = await commandFetch(
    io,
    connection,
    flags.showSecrets,
    () => command.operation.operationId,
    showWaiting,
  );
  const zadig = createZadigClient({
    baseUrl: connection.baseUrl,
    token: connection.token,
    ...clientIO(io, flags),
    ...(release ? { zadigVersion: release.value } : {}),
    fetch,
  });
  return { zadig, connection };
}
