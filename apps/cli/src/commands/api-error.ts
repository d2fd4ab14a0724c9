// A client error as the CLI reports it: a message to act on, the exit code, and for `-o json` the
// server's status, Zadig code, message, description and request id.
import { ZadigApiError, type ZadigError, ZadigRedirectError } from '@zadig-ts/client';
import { CliError } from '../exit-codes.js';
import { exitCodeOf } from './exit-code-of.js';

/**
 * A redirect zadigctl did not follow. The common one is the address itself moving (http to https, another
 * host): the hint names where to point zadigctl instead.
 */
function redirectError(error: ZadigRedirectError, code: number): CliError {
  let target: string | undefined;
  try {
    target = error.location === undefined ? undefined : new URL(error.location, error.url).origin;
  } catch {
    target = undefined;
  }
  const moved = target !== undefined && target !== new URL(error.url).origin;
  return new CliError(
    error.message,
    code,
    moved
      ? `If ${target} is the Zadig address, use it: --server ${target}, ZADIG_URL, or \`zadigctl auth login\`.`
      : undefined,
    {
      method: error.method,
      url: error.url,
      status: error.status,
      ...(error.location === undefined ? {} : { location: error.location }),
    },
  );
}

/** The CliError for a client error. `what` names the request (`GET /openapi/...`) for 403 hints. */
export function cliErrorOf(error: ZadigError, project?: string): CliError {
  const code = exitCodeOf(error);
  if (error instanceof ZadigRedirectError) return redirectError(error, code);
  if (!(error instanceof ZadigApiError)) return new CliError(error.message, code);
  const path = (() => {
    try {
      return new URL(error.url).pathname;
    } catch {
      return error.url;
    }
  })();
  const details: Record<string, unknown> = {
    status: error.status,
    ...(error.code ? { code: error.code } : {}),
    ...(typeof (error.body as { message?: unknown } | undefined)?.message === 'string'
      ? { message: (error.body as { message: string }).message }
      : {}),
    ...(error.description ? { description: error.description } : {}),
    ...(error.requestId ? { requestId: error.requestId } : {}),
    method: error.method,
    path,
  };
  // What Zadig said, beside the CLI's own words: a 401's description says whether the token expired, was
  // malformed or belongs to a deleted user, which `-o json` shows and text must not hide.
  const serverMessage = typeof details.message === 'string' ? details.message.trim() : '';
  const said = [serverMessage, error.description?.trim()]
    .filter((part, i, all): part is string => Boolean(part) && all.indexOf(part) === i)
    .join(': ');
  const saying = said ? ` (Zadig: ${said})` : '';
  if (error.status === 403) {
    return new CliError(
      `permission denied: the token's user may not ${error.method} ${path} (HTTP 403)${saying}`,
      code,
      `Check the user's roles${project ? ` in project ${project}` : ''} (Zadig: Project › Settings › Members, or System Settings › Users for system roles), and that the token belongs to the user you think (\`zadigctl auth status\`).`,
      { ...details, message: 'permission denied' },
    );
  }
  if (error.status === 401) {
    return new CliError(
      `the server rejected the token (HTTP 401) for ${error.method} ${path}${saying}`,
      code,
      'Log in again with `zadigctl auth login`, or check ZADIG_TOKEN (Zadig: Account Settings › API Token).',
      details,
    );
  }
  return new CliError(error.message, code, undefined, details);
}
