// How a command's requests are sent: the connection's transport, each write recorded in the audit log (not on
// the mock), the answers' secrets redacted unless --show-secrets, and a slow answer shown on a terminal. One
// place for `api` and every operation.
import type { Connection } from '../config/context.js';
import type { IO } from '../io.js';

type Fetch = (request: Request) => Promise<Response>;

export async function commandFetch(
  io: IO,
  connection: Connection,
  showSecrets: boolean,
  operationOf: (method: string, path: string) => string | undefined,
  /** Whether a slow answer shows its waiting line (not while --wait draws its own progress line). */
  showWaiting = true,
): Promise<Fetch> {
  const { auditingFetch } = await import('../audit/log.js');
  const { redactingFetch } = await import('../secrets/fetch.js');
  const sent = connection.mock
    ? connection.fetch
    : auditingFetch(
        io,
        { profile: connection.profile, server: connection.baseUrl },
        operationOf,
        connection.fetch,
      );
  const redacted = redactingFetch(io, showSecrets, connection.baseUrl, sent);
  if (!showWaiting) return redacted;
  const { showingSlowAnswers } = await import('../request-wait.js');
  return showingSlowAnswers(io, redacted);
}
