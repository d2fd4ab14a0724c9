/**
 * A token as it may be shown: `****` plus its last four characters, or only `****` when the token is too
 * short for four characters to be safe to show.
 */
export function maskToken(token: string | undefined): string | undefined {
  if (!token) return undefined;
  return token.length >= 12 ? `****${token.slice(-4)}` : '****';
}
