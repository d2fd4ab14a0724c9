// Tool errors as a model can act on them: what went wrong, where (JSON pointers), and what to do.
import {
  UnsupportedOperationError,
  ZadigApiError,
  ZadigConnectionError,
  ZadigError,
  ZadigInvalidParameterError,
  ZadigRedirectError,
  ZadigTimeoutError,
  ZadigWaitTimeoutError,
} from '@zadig-ts/client';
import type { Violation } from './validate.js';

/** A tool failure with structured details; the handler turns it into an `isError` result. */
export class ToolFailure extends Error {
  override name = 'ToolFailure';
  constructor(
    readonly kind: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The input does not match the schema: one line per violation, each naming its pointer. */
export function invalidInput(what: string, violations: Violation[]): ToolFailure {
  const lines = violations.map((v) => `${v.pointer || '/'}: ${v.message}`);
  return new ToolFailure('invalid_input', `${what}:\n${lines.join('\n')}`, { violations });
}

/**
 * A value the client refused before sending (one that would change the route), as `invalid_input` with the
 * pointer of the parameter under `at`; undefined for any other error.
 */
export function refusedParameter(error: unknown, at = ''): ToolFailure | undefined {
  if (!(error instanceof ZadigInvalidParameterError)) return undefined;
  const failure = invalidInput(`invalid input for ${error.operation}`, [
    { pointer: `${at}/${error.parameter.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: error.message },
  ]);
  Object.assign(failure.details, {
    operation: error.operation,
    parameter: error.parameter,
    value: error.value,
    reason: error.reason,
  });
  return failure;
}

/** The call's overall deadline passed: what happened and what to do next. */
export function timeoutFailure(tool: string, ms: number, sent: boolean): ToolFailure {
  return new ToolFailure(
    'timeout',
    `${tool} did not finish within its deadline of ${ms / 1000} s (retries and waits included), so it was stopped and nothing more is sent.`,
    {
      deadlineSeconds: ms / 1000,
      next:
        'Try once more; if Zadig is slow, ask for less (a smaller pageSize or limit). To wait longer for a task, pass a waitSeconds below the deadline and call again to go on waiting. ' +
        (sent ? 'A write may already have reached Zadig: read its state before sending it again. ' : '') +
        'The deadline is set with --call-timeout.',
    },
  );
}

/** Structured details of an error from the client (never the token: the client keeps it out). */
export function describeError(error: unknown): {
  kind: string;
  message: string;
  details: Record<string, unknown>;
} {
  if (error instanceof ToolFailure)
    return { kind: error.kind, message: error.message, details: error.details };
  const refused = refusedParameter(error);
  if (refused) return { kind: refused.kind, message: refused.message, details: refused.details };
  if (error instanceof ZadigApiError) {
    const hint =
      error.status === 401
        ? 'The token was refused: check ZADIG_TOKEN, the profile, or the bearer token of this connection.'
        : error.status === 403
          ? 'The token lacks the permission for this operation.'
          : undefined;
    return {
      kind: 'api_error',
      // The client's message already names the method, URL and status: one sentence, not two.
      message: error.message,
      details: {
        status: error.status,
        ...(error.code !== undefined ? { code: error.code } : {}),
        ...(error.description ? { description: error.description } : {}),
        ...(error.extra && Object.keys(error.extra).length ? { extra: error.extra } : {}),
        ...(error.requestId ? { requestId: error.requestId } : {}),
        ...(hint ? { hint } : {}),
      },
    };
  }
  if (error instanceof UnsupportedOperationError) {
    return {
      kind: 'unsupported_by_server',
      message: error.message,
      details: {
        operationId: error.operationId,
        zadigVersion: error.zadigVersion,
        availableIn: error.availableIn,
      },
    };
  }
  if (error instanceof ZadigWaitTimeoutError) {
    return { kind: 'wait_timeout', message: error.message, details: { lastStatus: error.lastStatus } };
  }
  if (error instanceof ZadigTimeoutError) return { kind: 'timeout', message: error.message, details: {} };
  if (error instanceof ZadigConnectionError) {
    return { kind: 'connection_error', message: error.message, details: { reason: error.reason } };
  }
  if (error instanceof ZadigRedirectError) {
    return {
      kind: 'redirect_refused',
      message: error.message,
      details: {
        method: error.method,
        status: error.status,
        ...(error.location === undefined ? {} : { location: error.location }),
      },
    };
  }
  if (error instanceof ZadigError) return { kind: 'client_error', message: error.message, details: {} };
  return {
    kind: 'internal_error',
    message: error instanceof Error ? error.message : String(error),
    details: {},
  };
}
