import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Options for {@link startMockServer}. */
export interface MockServerOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on. Default 0: the OS picks a free port as Prism binds, and Prism reports it. */
  port?: number;
  /**
   * OpenAPI document to serve. Default: the bundled Zadig spec shipped in this package, served from a private
   * copy. Prism reloads a file it serves when it changes, and binds a new port when none was given.
   */
  specPath?: string;
  /** Generate responses from schemas instead of returning the documented examples. Default `false`. */
  dynamic?: boolean;
  /** Milliseconds to wait for Prism to start. Default 60 000. */
  startTimeoutMs?: number;
  /** Receives each line Prism logs (for debugging); lines are discarded when absent. */
  onLog?: (line: string) => void;
  /**
   * Send each workflow operation one request before resolving. Prism compiles an operation's schemas on its
   * first request, and the workflow job unions take it seconds during which it answers nothing else (sockets
   * kept alive meanwhile are reset); warmed, they answer in milliseconds. Default `false`.
   */
  warm?: boolean;
}

// The operations whose schemas hold the workflow job unions (WorkflowJob, WorkflowTaskJob). The bodies are
// invalid on purpose: Prism compiles the request schema to reject them, which is the slow part.
const WARM_UP: Array<[method: string, path: string]> = [
  ['GET', '/openapi/workflows/custom/warm/detail?projectKey=warm'],
  ['GET', '/openapi/workflows/custom/task?taskId=1&workflowKey=warm'],
  ['POST', '/openapi/workflows/custom'],
  ['PUT', '/openapi/workflows/custom/warm'],
];

async function warmUp(url: string): Promise<void> {
  for (const [method, path] of WARM_UP) {
    const body = method === 'GET' ? undefined : '{}';
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: 'Bearer warm', 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
  }
}

/** A running Prism mock server. */
export interface MockServer {
  /** Base URL to give a client, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server and waits for its process to exit. */
  stop(): Promise<void>;
}

/** Raised when Prism is not installed; the message says how to add it. */
export class PrismNotInstalledError extends Error {
  constructor() {
    super(
      'The mock server needs @stoplight/prism-cli, which is not installed. Add it with `npm install --save-dev @stoplight/prism-cli@5.14` (or pnpm/yarn add).',
    );
    this.name = 'PrismNotInstalledError';
  }
}

/** Absolute path of the bundled spec (`openapi.json`) in this package. */
export const bundledSpecPath: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi.json');

function prismBin(): string {
  const require = createRequire(import.meta.url);
  let pkgJson: string;
  try {
    pkgJson = require.resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new PrismNotInstalledError();
  }
  const { bin } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(pkgJson), typeof bin === 'string' ? bin : (bin.prism ?? Object.values(bin)[0] ?? ''));
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts Prism serving the Zadig spec on 127.0.0.1 and resolves once it accepts requests.
 * Prism validates every request against the spec and answers with the documented examples.
 *
 * @example
 * const mock = await startMockServer();
 * const zadig = createZadigClient({ baseUrl: mock.url, token: 'any' });
 * // …
 * await mock.stop();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const bin = prismBin();
  // Prism watches the file it serves and restarts when it changes, on a new port when given port 0: a
  // rebuild of this package during a test run would move the mock away from its URL. A copy never changes.
  const copyDir = options.specPath ? undefined : mkdtempSync(join(tmpdir(), 'zadig-mock-'));
  const specPath = copyDir ? join(copyDir, 'openapi.json') : (options.specPath as string);
  if (copyDir) copyFileSync(bundledSpecPath, specPath);
  const removeCopy = () => {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  };
  const args = [bin, 'mock', specPath, '-h', host, '-p', String(options.port ?? 0)];
  if (options.dynamic) args.push('--dynamic');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (error: Error) => {
      removeCopy();
      reject(error);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(`Prism did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${log.join('\n')}`),
      );
    }, options.startTimeoutMs ?? 60_000);
    // Lines may arrive split across chunks: keep the unfinished tail for the next one.
    let pending = '';
    const onData = (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        log.push(line);
        options.onLog?.(line);
        const listening = /Prism is listening on (https?:\/\/\S+)/.exec(line)?.[1];
        if (listening) {
          clearTimeout(timer);
          resolve(listening.replace(/\/+$/, ''));
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Prism exited with code ${code} before it was ready:\n${log.slice(-20).join('\n')}`));
    });
  });

  if (options.warm) {
    try {
      await warmUp(url);
    } catch (error) {
      child.kill('SIGTERM');
      await waitForExit(child);
      removeCopy();
      throw error;
    }
  }
  return {
    url,
    port: Number(new URL(url).port),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await waitForExit(child);
      removeCopy();
    },
  };
}
