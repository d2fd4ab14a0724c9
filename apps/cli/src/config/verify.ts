// One call of getCliContext (GET /openapi/system/cli/context): the server's check of a token, which also
// names its user and, for administrators, the server version.
import {
  type components,
  createZadigClient,
  unwrap,
  ZadigApiError,
  ZadigError,
  ZadigInvalidResponseError,
} from '@zadig-ts/client';
import { type NodeFetch, releaseTag } from '@zadig-ts/node';
import { clientIO } from '../client-io.js';
import type { IO } from '../io.js';

/** What getCliContext answers: the caller, and for system administrators the server. */
export type CliContext = components['schemas']['CLIContext'];

/** The outcome of one getCliContext call. */
export interface Probe {
  /** Time from sending to having the whole answer (or the failure). */
  elapsedMs: number;
  /** Local time halfway through the call, to compare with the server's `Date`. */
  localMidpoint: number;
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The server's `Date` response header, when it answered. */
  date?: string;
  /** Set when the token works (status 200). */
  context?: CliContext;
  /** Set otherwise: a `ZadigApiError` (it answered) or a connection, timeout or response error. */
  error?: ZadigError;
  /**
   * The server has no getCliContext (Zadig before v5.0.0 answers 404): the token was checked with a project
   * list instead, which says nothing about the user or the release.
   */
  legacy?: true;
}

/** The release as reported by the server (`server_version`, administrators only), as a tag. */
export function reportedRelease(probe: Probe | undefined): string | undefined {
  return releaseTag(probe?.context?.server_version);
}

/**
 * Calls getCliContext once (no retries, so the time measured is one request's) with `fetch` (the transport
 * for the server). Never throws client errors.
 */
export async function probeCliContext(
  io: IO,
  baseUrl: string,
  token: string | undefined,
  fetch: NodeFetch,
  timeoutMs = 10_000,
): Promise<Probe> {
  // An empty token, not undefined: the client would otherwise fall back to ZADIG_TOKEN.
  const zadig = createZadigClient({
    ...clientIO(io),
    baseUrl,
    token: token ?? '',
    maxRetries: 0,
    timeoutMs,
    fetch,
  });
  const started = io.now();
  const begin = performance.now();
  const done = (rest: Omit<Probe, 'elapsedMs' | 'localMidpoint'>): Probe => {
    const elapsedMs = performance.now() - begin;
    return { elapsedMs, localMidpoint: started + elapsedMs / 2, ...rest };
  };
  try {
    const result = await zadig.GET('/openapi/system/cli/context');
    const date = result.response.headers.get('date') ?? undefined;
    if (result.response.status === 404) return done(await legacyProbe(zadig));
    const context = await unwrap(result);
    return done({ status: result.response.status, context, ...(date ? { date } : {}) });
  } catch (error) {
    if (error instanceof ZadigApiError) {
      const date = error.headers.get('date') ?? undefined;
      return done({ status: error.status, error, ...(date ? { date } : {}) });
    }
    // A 2xx that is not JSON (a proxy's HTML page): the server answered, but not as Zadig.
    if (error instanceof ZadigInvalidResponseError) return done({ status: error.status, error });
    if (error instanceof ZadigError) return done({ error });
    throw error;
  }
}

/** Checks a token on a server older than v5.0.0 with the smallest project list (every release has it). */
async function legacyProbe(
  zadig: ReturnType<typeof createZadigClient>,
): Promise<Omit<Probe, 'elapsedMs' | 'localMidpoint'>> {
  const result = await zadig.GET('/openapi/projects/project', {
    params: { query: { pageNum: 1, pageSize: 1 } },
  });
  const date = result.response.headers.get('date') ?? undefined;
  try {
    await unwrap(result);
  } catch (error) {
    if (error instanceof ZadigApiError) return { status: error.status, error, ...(date ? { date } : {}) };
    throw error;
  }
  const context = { user: { uid: '', name: '', account: '', identity_type: '' } } as unknown as CliContext;
  return { status: result.response.status, context, legacy: true, ...(date ? { date } : {}) };
}

/** One line about the caller: `admin (account admin)`. */
export function describeUser(context: CliContext): string {
  const { name, account } = context.user;
  if (!name && !account) return 'a user the server does not name (Zadig before v5.0.0)';
  return name && name !== account ? `${name} (account ${account})` : account || name;
}
