// The audit trail: every write request zadigctl sends to a Zadig server (not dry runs, not the mock) is
// appended as one JSON line to $XDG_STATE_HOME/zadigctl/audit.log (mode 0600). Never the token or the body.
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IO } from '../io.js';
import { stateDir } from '../mock/state.js';

/** One line of the audit log. */
export interface AuditEntry {
  time: string;
  profile?: string;
  server: string;
  method: string;
  path: string;
  query?: string;
  /** The HTTP status, or 0 when no answer came (connection failure, timeout). */
  status: number;
  requestId?: string;
  operationId?: string;
}

export function auditPath(env: IO['env']): string {
  return join(stateDir(env), 'audit.log');
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Appends one entry; a log that cannot be written is reported on stderr, never failing the command. */
async function appendAudit(io: IO, entry: AuditEntry): Promise<void> {
  const path = auditPath(io.env);
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await appendFile(path, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    await chmod(path, 0o600);
  } catch (error) {
    io.stderr.write(`warning: cannot write the audit log ${path}: ${(error as Error).message}\n`);
  }
}

type Fetch = (request: Request) => Promise<Response>;

/**
 * A fetch that records write requests in the audit log after they are answered (or fail). `operationOf`
 * names the operation of a method and path, when known.
 */
export function auditingFetch(
  io: IO,
  context: { profile?: string | undefined; server: string },
  operationOf: (method: string, path: string) => string | undefined,
  fetch: Fetch,
): Fetch {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (READS.has(method)) return fetch(request);
    const url = new URL(request.url);
    const base: Omit<AuditEntry, 'status'> = {
      time: new Date(io.now()).toISOString(),
      ...(context.profile ? { profile: context.profile } : {}),
      server: context.server,
      method,
      path: url.pathname,
      ...(url.search ? { query: url.search.slice(1) } : {}),
    };
    const operationId = operationOf(method, url.pathname);
    try {
      const response = await fetch(request);
      const requestId = response.headers.get('x-request-id') ?? undefined;
      await appendAudit(io, {
        ...base,
        status: response.status,
        ...(requestId ? { requestId } : {}),
        ...(operationId ? { operationId } : {}),
      });
      return response;
    } catch (error) {
      await appendAudit(io, { ...base, status: 0, ...(operationId ? { operationId } : {}) });
      throw error;
    }
  };
}
