// zadig-mcp's command line: flags, credentials, then stdio (default) or Streamable HTTP.
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { detectZadigVersion, normalizeBaseUrl, ZadigConfigError } from '@zadig-ts/client';
import { checkZadigVersion, createNodeFetch, type NodeFetch, planConnection, scrub } from '@zadig-ts/node';
import { DEFAULT_MAX_RESULT_CHARS, MAX_RESULT_CHARS_CAP, MIN_RESULT_CHARS } from './budget.js';
import { type Credentials, resolveCredentials } from './credentials.js';
import { DEFAULT_CALL_TIMEOUT_SECONDS } from './deadline.js';
import { startHttpServer } from './http.js';
import { ConfigurationError } from './policy.js';
import { createZadigMcpServer, prepareZadigMcp } from './server.js';
import { VERSION } from './version.js';

export const USAGE = `Usage: zadig-mcp [options]

An MCP server for the Zadig CI/CD API. Read-only unless --allow-writes names operations or tags; a write
then runs only when the call says "confirm": true (otherwise the tool returns a preview of the request).

Options:
  --allow-writes <ids|tags>   allow these writes (operationIds or tags, comma-separated, repeatable),
                              e.g. --allow-writes executeWorkflow,"Release Plan"
  --tools core|all            core (default): find/describe/call operations plus task tools;
                              all: also one tool per operation
  --tags <tags>               with --tools all: only operations of these tags (comma-separated)
  --profile <name>            use this zadigctl profile (default: ZADIG_PROFILE, then the default profile)
  --mock                      serve the Zadig simulator (a small company in memory whose answers agree
                              with each other) instead of a server: no ZADIG_URL or token needed
  --ca-file <pem>             CA certificates to trust for the server, e.g. a company CA (default:
                              the profile's caFile; NODE_EXTRA_CA_CERTS is trusted too)
  --zadig-version <release>   the server's Zadig release (e.g. 5.0.0; detect: ask the server, which
                              tells administrators' tokens): operations it lacks are hidden
  --max-items <n>             most list items in a result (default 50)
  --max-result-chars <n>      most characters of a result (default 16000; a call may ask for up to
                              100000 with maxChars); what is cut is said, with how to get it
  --call-timeout <seconds>    deadline of one tool call, retries and waits included (default 45)
  --http                      serve Streamable HTTP at /mcp instead of stdio; each request's
                              "Authorization: Bearer <token>" is the Zadig token
  --host <address>            with --http: address to listen on (default 127.0.0.1)
  --port <n>                  with --http: port (default 8765; 0 picks a free one, printed on start)
  --allowed-hosts <hosts>     with --http: Host headers accepted besides loopback ones (comma-separated);
                              required with a --host that is not loopback
  --allowed-origins <origins> with --http: browser Origins accepted (e.g. https://app.example.com);
                              required with a --host that is not loopback
  -h, --help                  show this help
  -v, --version               show the version

Environment: ZADIG_URL (the Zadig address), ZADIG_TOKEN (API token; stdio only), ZADIG_VERSION,
ZADIG_PROFILE. Without ZADIG_URL/ZADIG_TOKEN, zadigctl's profile file is read (zadigctl auth login).
HTTPS_PROXY, HTTP_PROXY and NO_PROXY choose the proxy; NODE_EXTRA_CA_CERTS adds trusted CAs.`;

export interface CliIO {
  env: Readonly<Record<string, string | undefined>>;
  /** The stdio transport's input (default: the process's stdin). */
  stdin?: Readable;
  stderr: { write(text: string): unknown };
  stdout: { write(text: string): unknown };
}

/** A usage problem: printed with a hint, exit code 2. */
class UsageError extends Error {}

function list(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function integer(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new UsageError(`${flag}: expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

/** What a running server offers to stop it. */
export interface Running {
  /** Resolves when the server has stopped (stdin closed, or close() called). */
  done: Promise<void>;
  /** The HTTP address, with --http. */
  url?: string;
  close(): Promise<void>;
}

/** Parses flags and starts the server; throws UsageError/ConfigurationError for bad flags or config. */
export async function start(argv: string[], io: CliIO): Promise<Running | undefined> {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    // parseArgs names the flag: "Unknown option '--foo'", "Option '--port <value>' argument missing".
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return undefined;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return undefined;
  }
  if (values.tools !== undefined && values.tools !== 'core' && values.tools !== 'all') {
    throw new UsageError(`--tools: expected core or all, got ${JSON.stringify(values.tools)}`);
  }
  if (values.tags && values.tools !== 'all') throw new UsageError('--tags applies to --tools all');
  if (!values.http) {
    const httpOnly = (['host', 'port', 'allowed-hosts', 'allowed-origins'] as const).find(
      (flag) => values[flag] !== undefined,
    );
    if (httpOnly) throw new UsageError(`--${httpOnly} applies to --http`);
  }
  const port = integer('--port', values.port, 8765, 0, 65535);
  const maxItems = integer('--max-items', values['max-items'], 50, 1, 500);
  const maxResultChars = integer(
    '--max-result-chars',
    values['max-result-chars'],
    DEFAULT_MAX_RESULT_CHARS,
    MIN_RESULT_CHARS,
    MAX_RESULT_CHARS_CAP,
  );
  const callTimeoutSeconds = integer(
    '--call-timeout',
    values['call-timeout'],
    DEFAULT_CALL_TIMEOUT_SECONDS,
    1,
    3600,
  );
  const secrets: (string | undefined)[] = [];
  const log = (line: string) => io.stderr.write(`zadig-mcp: ${scrub(line, secrets)}\n`);
  let simulator: { stop(): Promise<void> } | undefined;
  let credentials: Credentials;
  if (values.mock) {
    const conflicting = (['profile', 'ca-file'] as const).find((flag) => values[flag] !== undefined);
    if (conflicting) throw new UsageError(`--${conflicting} does not apply to --mock`);
    // Loaded only here: a server for a real Zadig never loads the simulator.
    const { startSimulator } = await import('@zadig-ts/simulator');
    const release = values['zadig-version'];
    const sim = await startSimulator(release && release !== 'detect' ? { release } : {});
    simulator = sim;
    credentials = {
      baseUrl: sim.url,
      token: 'zadig-mcp-mock-token',
      zadigVersion: release,
      tls: {},
      sources: {
        baseUrl: '--mock',
        token: '--mock',
        ...(release ? { zadigVersion: '--zadig-version' } : {}),
      },
    };
  } else {
    credentials = await resolveCredentials(
      { profile: values.profile, zadigVersion: values['zadig-version'], caFile: values['ca-file'] },
      io.env,
    );
  }
  secrets.push(credentials.token);
  if (!credentials.baseUrl) {
    throw new UsageError(
      'no Zadig address: set ZADIG_URL (e.g. https://zadig.example.com) or use a zadigctl profile (--profile)',
    );
  }
  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(credentials.baseUrl);
  } catch (error) {
    if (error instanceof ZadigConfigError)
      throw new UsageError(`${credentials.sources.baseUrl}: ${error.message}`);
    throw error;
  }
  const fetch = nodeTransport(baseUrl, credentials, io);
  if (credentials.zadigVersion === 'detect') {
    if (values.http)
      throw new UsageError('--zadig-version detect needs the token at start; with --http, name the release');
    credentials.zadigVersion = await detectRelease(baseUrl, credentials.token, fetch, (line) =>
      io.stderr.write(`zadig-mcp: ${scrub(line, [credentials.token])}\n`),
    );
    credentials.sources.zadigVersion = 'the server';
  }
  if (credentials.zadigVersion) {
    const checked = checkZadigVersion(credentials.zadigVersion);
    if ('error' in checked) throw new UsageError(`${credentials.sources.zadigVersion}: ${checked.error}`);
    credentials.zadigVersion = checked.release;
  }
  const setup = prepareZadigMcp({
    baseUrl,
    token: values.http ? undefined : credentials.token,
    allowWrites: list(values['allow-writes']),
    tools: values.tools === 'all' ? 'all' : 'core',
    tags: list(values.tags),
    zadigVersion: credentials.zadigVersion,
    maxItems,
    maxResultChars,
    callTimeoutSeconds,
    // Calls that were cancelled or failed are worth an operator's line; each finished call is not.
    log: (level, line) => {
      if (level !== 'debug') log(line);
    },
    client: { fetch },
  });
  const writes = setup.policy.writes.size;
  const hidden = setup.catalog.operations.filter((op) => setup.policy.unavailable(op)).length;
  log(
    `${VERSION}, Zadig at ${baseUrl} (from ${credentials.sources.baseUrl}); ` +
      `${writes ? `writes allowed for ${writes} operation${writes === 1 ? '' : 's'} (each needs confirm)` : 'read-only'}; ` +
      `${setup.tools.length} tools` +
      (credentials.zadigVersion
        ? `; Zadig ${credentials.zadigVersion} (from ${credentials.sources.zadigVersion}), ${hidden} operations it lacks hidden`
        : ''),
  );
  if (values.http) {
    if (credentials.sources.token) {
      log(
        `over HTTP the token comes from each request's Authorization header; the one from ${credentials.sources.token} is not used`,
      );
    }
    const http = await startHttpServer(setup, {
      host: values.host ?? '127.0.0.1',
      port,
      allowedHosts: list(values['allowed-hosts']),
      allowedOrigins: list(values['allowed-origins']),
      log,
    });
    log(`listening on ${http.url}`);
    let stopped: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      stopped = resolve;
    });
    return {
      done,
      url: http.url,
      close: async () => {
        await http.close();
        await simulator?.stop();
        stopped();
      },
    };
  }
  const stdin = io.stdin ?? process.stdin;
  // main.ts passes the process's stdout; in-process callers pass a Writable too when they use stdio.
  const stdout = io.stdout as unknown as Writable;
  if (!credentials.token) log('no API token (ZADIG_TOKEN or a profile): calls will be unauthenticated');
  else log(`token from ${credentials.sources.token}`);
  const server = createZadigMcpServer(setup);
  const transport = new StdioServerTransport(stdin, stdout);
  const done = new Promise<void>((resolve) => {
    server.onclose = () => {
      if (simulator) void simulator.stop().finally(resolve);
      else resolve();
    };
  });
  // The client ends the session by closing our stdin: stop then, so the process exits cleanly.
  stdin.once('end', () => void server.close());
  await server.connect(transport);
  return { done, close: () => server.close() };
}

/**
 * The transport to the server: proxies from the environment, the CA from --ca-file or the profile. Says how
 * it connects on stderr, and warns when the profile turns certificate checks off.
 */
function nodeTransport(baseUrl: string, credentials: Credentials, io: CliIO): NodeFetch {
  const { tls } = credentials;
  const options = {
    env: io.env,
    caFile: tls.caFile,
    caFileSource: tls.caFileSource,
    insecureSkipTlsVerify: Boolean(tls.insecureSkipTlsVerify),
  };
  let planned: { proxy: string; trust: string };
  let fetch: NodeFetch;
  try {
    planned = planConnection(baseUrl, options);
    fetch = createNodeFetch(options);
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
  io.stderr.write(`zadig-mcp: connection: proxy: ${planned.proxy}; CAs: ${planned.trust}\n`);
  if (tls.insecureSkipTlsVerify) {
    io.stderr.write(
      `zadig-mcp: warning: profile ${tls.insecureSkipTlsVerify.profile} has insecureSkipTlsVerify: the certificate of ${baseUrl} is not checked, so anyone on the way can read the token\n`,
    );
  }
  return fetch;
}

/** The release the server reports (system administrators' tokens only), or undefined with the reason logged. */
async function detectRelease(
  baseUrl: string,
  token: string | undefined,
  fetch: NodeFetch,
  log: (line: string) => void,
) {
  try {
    const release = await detectZadigVersion({
      baseUrl,
      fetch,
      token: token ?? '',
      maxRetries: 0,
      timeoutMs: 15_000,
    });
    if (!release)
      log(
        "the server did not tell its release (older than v5.0.0, or not an administrator's token): every operation is offered",
      );
    return release;
  } catch (error) {
    log(`could not ask the server for its release (${(error as Error).message}): every operation is offered`);
    return undefined;
  }
}

function parseFlags(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'allow-writes': { type: 'string', multiple: true },
      tools: { type: 'string' },
      tags: { type: 'string', multiple: true },
      profile: { type: 'string' },
      mock: { type: 'boolean' },
      'ca-file': { type: 'string' },
      'zadig-version': { type: 'string' },
      'max-items': { type: 'string' },
      'max-result-chars': { type: 'string' },
      'call-timeout': { type: 'string' },
      'allowed-hosts': { type: 'string', multiple: true },
      'allowed-origins': { type: 'string', multiple: true },
      http: { type: 'boolean' },
      host: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Runs zadig-mcp; resolves to the exit code once the server stops (or at once for --help or an error). */
export async function main(
  argv: string[],
  io: CliIO,
  onStarted: (running: Running) => void = () => {},
): Promise<number> {
  try {
    const running = await start(argv, io);
    if (!running) return 0;
    onStarted(running);
    await running.done;
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigurationError) {
      io.stderr.write(`zadig-mcp: ${error.message}\nRun zadig-mcp --help for the options.\n`);
      return 2;
    }
    io.stderr.write(`zadig-mcp: ${(error as Error).message}\n`);
    return 1;
  }
}
