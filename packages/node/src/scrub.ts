// The token never leaves the process: every tool result, error and log line a surface prints can pass
// through here.

export const REDACTED = '[redacted]';

/** Replaces each occurrence of the secrets in `text`, as they are and as they appear inside JSON strings. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    // Short strings would match ordinary words; Zadig tokens are long JWTs.
    if (!secret || secret.length < 6) continue;
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
      out = out.split(form).join(REDACTED);
  }
  return out;
}

/** `value` with the secrets replaced in every string (keys included). */
export function scrubDeep<T>(value: T, secrets: readonly (string | undefined)[]): T {
  if (!secrets.some((s) => s && s.length >= 6)) return value;
  return JSON.parse(scrub(JSON.stringify(value) ?? 'null', secrets)) as T;
}
