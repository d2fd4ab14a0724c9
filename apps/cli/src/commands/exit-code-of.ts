import {
  ZadigApiError,
  ZadigConnectionError,
  ZadigInvalidParameterError,
  ZadigTimeoutError,
} from '@zadig-ts/client';
import { ExitCode } from '../exit-codes.js';

/**
 * The exit code for a client error: 2 for a parameter refused before sending, 4 for 401/403, 5 for network
 * failures and timeouts, else 1.
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof ZadigApiError)
    return error.status === 401 || error.status === 403 ? ExitCode.Auth : ExitCode.Failure;
  if (error instanceof ZadigInvalidParameterError) return ExitCode.Usage;
  if (error instanceof ZadigConnectionError || error instanceof ZadigTimeoutError) return ExitCode.Network;
  return ExitCode.Failure;
}
