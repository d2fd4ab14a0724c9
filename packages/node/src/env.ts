/** The environment as the Node layer reads it (the process's, or a test's). */
export type Env = Readonly<Record<string, string | undefined>>;

/** An environment variable's value, trimmed; undefined when unset or blank. */
export function envValue(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}
