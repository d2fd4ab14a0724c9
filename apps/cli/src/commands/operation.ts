import {
  createZadigClient,
  type OperationId,
  SUCCESS_STATUS,
  streamLogLines,
  type ZadigClient,
  ZadigError,
  ZadigWaitTimeoutError,
} from '@zadig-ts/client';
import type { GlobalFlags } from '../cli.js';
import { clientIO } from '../client-io.js';
import { connect } from '../config/context.js';
import { resolveTarget } from '../config/resolve.js';
import { confirm as ask } from '../config/terminal.js';
import { CliError, ExitCode, UsageError } from '../exit-codes.js';
import { readBody, validateBody } from '../input/body.js';
import { type IO, tableView } from '../io.js';
import { formatDryRun, type PlannedRequest } from '../output/dry-run.js';
import { pickFields, render } from '../output/render.js';
import { parseDuration } from '../wait/duration.js';
import { progressReporter } from '../wait/progress.js';
import { WAIT_TARGETS } from '../wait/targets.js';
import { type Command, kebab, type OperationParameter } from './catalog.js';
import { exitCodeOf } from './exit-code-of.js';

export interface OperationArgs {
  io: IO;
  flags: GlobalFlags;
  values: Record<string, string | boolean | undefined>;
  /** Positional words after module and command. */
  extra: string[];
}

interface RequestParts {
  path: Record<string, string | number | boolean>;
  query: Record<string, string | number | boolean>;
  body?: unknown;
}

const PAGE_DEFAULTS: Record<string, number> = { pageNum: 1, pageSize: 20 };

function coerce(p: OperationParameter, raw: string): string | number | boolean {
  const flag = `--${p.name}`;
  if (p.enum && !p.enum.map(String).includes(raw)) {
    throw new UsageError(`${flag}: ${JSON.stringify(raw)} is not one of ${p.enum.join(', ')}`);
  }
  if (p.type === 'integer' || p.type === 'number') {
    const value = Number(raw);
    if (raw.trim() === '' || Number.isNaN(value) || (p.type === 'integer' && !Number.isInteger(value))) {
      throw new UsageError(
        `${flag}: expected ${p.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`,
      );
    }
    return value;
  }
  if (p.type === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      throw new UsageError(`${flag}: expected true or false, got ${JSON.stringify(raw)}`);
    return raw === 'true';
  }
  return raw;
}

function collectParameters(command: Command, args: OperationArgs): RequestParts {
  const op = command.operation;
  const parts: RequestParts = { path: {}, query: {} };
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const extra = [...args.extra];
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    let raw = (args.values[p.name] ?? args.values[kebab(p.name)]) as string | undefined;
    // Path parameters may also be given as arguments, in the order of the path.
    if (raw === undefined && p.in === 'path' && extra.length) raw = extra.shift();
    if (raw === undefined && op.pagination && p.name in PAGE_DEFAULTS) raw = String(PAGE_DEFAULTS[p.name]);
    if (raw === undefined) {
      if (p.required) {
        const position = pathParams.indexOf(p) + 1;
        const positional = p.in === 'path' ? ` (or as argument ${position} after \`${command.verb}\`)` : '';
        throw new UsageError(
          `missing required flag --${p.name}${positional}: ${p.description.replace(/\s+/g, ' ').trim()}`,
          `Run \`zadigctl ${command.module} ${command.verb} --help\`.`,
        );
      }
      continue;
    }
    parts[p.in as 'path' | 'query'][p.name] = coerce(p, raw);
  }
  if (extra.length) {
    throw new UsageError(
      `unexpected argument ${JSON.stringify(extra[0])} for \`zadigctl ${command.module} ${command.verb}\``,
    );
  }
  return parts;
}

async function collectBody(command: Command, args: OperationArgs): Promise<unknown> {
  const op = command.operation;
  if (!op.requestBody) return undefined;
  const file = args.values.file as string | undefined;
  if (file === undefined) {
    if (!op.requestBody.required) return undefined;
    throw new UsageError(
      `missing request body: pass --file <path> (YAML or JSON), or --file - to read it from stdin`,
      `Run \`zadigctl ${command.module} ${command.verb} --help\`.`,
    );
  }
  const body = await readBody(args.io, file);
  await validateBody(
    op.operationId,
    body,
    file === '-' ? 'stdin' : file,
    `zadigctl ${command.module} ${command.verb}`,
  );
  return body;
}

/** Scaling a workload to zero stops it: as destructive as a delete. */
function scalesToZero(command: Command, body: unknown): boolean {
  return (
    command.operation.operationId === 'scaleEnvironmentWorkload' &&
    (body as { target_replicas?: unknown } | undefined)?.target_replicas === 0
  );
}

async function confirm(io: IO, command: Command, parts: RequestParts, yes: boolean): Promise<void> {
  if (yes || !(command.destructive || scalesToZero(command, parts.body))) return;
  const target = Object.values(parts.path).join(' ');
  if (!io.stdin.isTTY || !io.stderr.isTTY) {
    throw new UsageError(
      `refusing to ${command.verb} without confirmation: \`zadigctl ${command.module} ${command.verb}\` is destructive`,
      'Pass --yes to confirm when not running in a terminal.',
    );
  }
  if (!(await ask(io, `${command.operation.summary} ${target}? This cannot be undone.`))) {
    throw new CliError('cancelled', ExitCode.Usage);
  }
}

function requestUrl(baseUrl: string, path: string, parts: RequestParts): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(parts.path[name] ?? '')),
  );
  const query = new URLSearchParams(Object.entries(parts.query).map(([k, v]) => [k, String(v)])).toString();
  return `${baseUrl.replace(/\/+$/, '')}${filled}${query ? `?${query}` : ''}`;
}

async function dryRun(io: IO, command: Command, parts: RequestParts, flags: GlobalFlags): Promise<number> {
  // Where it would go, resolved as for a real call (flags, environment, profile), without connecting.
  const target = await resolveTarget(flags, io.env);
  const baseUrl = target.mock ? 'http://127.0.0.1:<mock port>' : (target.baseUrl ?? '$ZADIG_URL');
  const request: PlannedRequest = {
    method: command.operation.method,
    url: requestUrl(baseUrl, command.operation.path, parts),
    headers: {},
    ...(parts.body === undefined ? {} : { body: parts.body }),
    hasToken: Boolean(target.token || target.mock),
    paginate: false,
  };
  io.stdout.write(formatDryRun(request, flags));
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
  const reporter = progressReporter(what, io.stderr.isTTY, (text) => io.stderr.write(text));
  const timeout =
    typeof args.values.timeout === 'string' ? parseDuration('--timeout', args.values.timeout) : undefined;
  const interrupt = interruptSignal(io);
  try {
    const state = await zadig.waitFor[target.waiter](input as never, {
      signal: interrupt.signal,
      ...(timeout !== undefined ? { timeoutMs: timeout } : {}),
      onProgress: (p) => reporter.update(p),
    });
    reporter.done();
    const status = String((state as { status?: unknown }).status ?? '');
    return { code: SUCCESS_STATUS.has(status) ? ExitCode.Ok : ExitCode.Failure, state };
  } catch (error) {
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

/** Runs one API operation from parsed command-line arguments; resolves to the exit code. */
export async function runOperation(command: Command, args: OperationArgs): Promise<number> {
  const { io } = args;
  const parts = collectParameters(command, args);
  parts.body = await collectBody(command, args);
  if (args.flags.dryRun) return await dryRun(io, command, parts, args.flags);
  await confirm(io, command, parts, args.flags.yes);

  const connection = await connect(args.flags, true, io);
  try {
    const zadig = createZadigClient({
      baseUrl: connection.baseUrl,
      token: connection.token,
      ...clientIO(io),
    });
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
      ({ code, state: data } = await waitForFinal(zadig, command, args, parts, data));
    }
    const view = tableView(io);
    const listField = command.operation.pagination?.list;
    const shown = args.flags.fields ? pickFields(data, args.flags.fields, listField) : data;
    io.stdout.write(await render(shown, { format: args.flags.output, view, listField }));
    if (view.tty && listField && args.flags.output === 'table' && !args.flags.fields) {
      const page = data as Record<string, unknown>;
      const count = Array.isArray(page[listField]) ? (page[listField] as unknown[]).length : 0;
      io.stderr.write(
        `Showing ${count} of ${page.total ?? '?'} (page ${parts.query.pageNum}, --pageNum for more)\n`,
      );
    }
    return code;
  } catch (error) {
    if (error instanceof ZadigError) throw new CliError(error.message, exitCodeOf(error));
    throw error;
  } finally {
    await connection.close();
  }
}
