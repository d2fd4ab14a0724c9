// The request an operation command sends, built by the client's own code and not sent: checked before
// anything is confirmed or connected (a value that would change the route is a usage error naming its
// flag), and what --dry-run prints.
import {
  createZadigClient,
  type OperationId,
  prepareRequest,
  ZadigError,
  ZadigInvalidParameterError,
} from '@zadig-ts/client';
import { UsageError } from '../exit-codes.js';
import { cliErrorOf } from './api-error.js';
import type { Command } from './catalog.js';
import { argumentFlag } from './flags.js';

/** Where a request is built when the real address is not known (yet): never contacted. */
export const UNSENT_BASE = 'http://zadig.invalid';

/** The request's input as the client takes it: path and query values by name, and the body. */
export interface PreparedInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}

/**
 * The Request `command` would send with these values to `baseUrl` (default {@link UNSENT_BASE}) on the given
 * Zadig release. A refused parameter is a UsageError (exit 2) naming its flag, with the client's message.
 */
export async function preparedRequest(
  command: Command,
  parts: PreparedInput,
  options: { baseUrl?: string | undefined; zadigVersion?: string | undefined } = {},
): Promise<Request> {
  const zadig = createZadigClient({
    baseUrl: options.baseUrl ?? UNSENT_BASE,
    // An empty token, not undefined: the client would otherwise read ZADIG_TOKEN from the process.
    token: '',
    logLevel: 'off',
    ...(options.zadigVersion ? { zadigVersion: options.zadigVersion } : {}),
  });
  const input: Record<string, unknown> = { ...parts.path, ...parts.query };
  if (parts.body !== undefined) input.body = parts.body;
  try {
    return await prepareRequest(zadig, command.operation.operationId as OperationId, input as never);
  } catch (error) {
    if (error instanceof ZadigInvalidParameterError) {
      const flag = argumentFlag(command, error.parameter);
      throw new UsageError(
        `${flag ? `--${flag}` : error.parameter}: ${error.message}`,
        `Give the ${flag ? `--${flag}` : error.parameter} value itself: a value cannot name another route.`,
      );
    }
    if (error instanceof ZadigError) throw cliErrorOf(error);
    throw error;
  }
}
