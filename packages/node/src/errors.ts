/** Exit codes a command line gives these errors, as zadigctl documents them (2 usage, 1 failure). */
export const CONFIG_USAGE = 2;
export const CONFIG_FAILURE = 1;

/**
 * The config file (or a setting drawn from it) is unusable: unreadable, malformed, a named profile that does
 * not exist, a CA file that cannot be read. The message names the file and the key, line or flag at fault;
 * `hint` says what to do; `exitCode` is what a command line should exit with.
 */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = CONFIG_USAGE,
  ) {
    super(message);
  }
}
