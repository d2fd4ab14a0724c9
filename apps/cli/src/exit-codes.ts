/** Exit codes of zadigctl, documented in `zadigctl --help` and the README. */
export const ExitCode = {
  /** The command succeeded. */
  Ok: 0,
  /** The API answered with an error, or a task ended in failure. */
  Failure: 1,
  /** Wrong usage: unknown command or flag, missing or invalid flag value, invalid request body. */
  Usage: 2,
  /** Authentication or permission failure (HTTP 401/403) or no token configured. */
  Auth: 4,
  /** The server could not be reached, the request timed out, or waiting ran past --timeout. */
  Network: 5,
  /** Interrupted (Ctrl-C) while waiting or streaming; the task itself goes on. */
  Interrupted: 130,
} as const;

/** Wrong usage; the message names the flag or argument at fault. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = ExitCode.Usage;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A failure with its own exit code and message (auth setup, mock unavailable, …). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
    /** What `-o json` errors carry besides the message: HTTP status, Zadig code, request id, … */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
