// The server's Zadig release as the surfaces take it: a version someone typed (`5.0`, `v5.0.0`) checked
// against the releases the spec tracks, and a release the server reports (`server_version`) written as a tag.
import { normalizeZadigVersion, ZadigConfigError } from '@zadig-ts/client';

/** The tracked release a version stands for (`5.0` → `v5.0.0`), or the reason it is not a version. */
export function checkZadigVersion(version: string): { release: string } | { error: string } {
  try {
    return { release: normalizeZadigVersion(version) };
  } catch (error) {
    if (error instanceof ZadigConfigError) return { error: error.message };
    throw error;
  }
}

/** A release the server reports (`5.0.0`, `v5.0.0`) written as its tag (`v5.0.0`); undefined when blank. */
export function releaseTag(reported: string | undefined): string | undefined {
  const text = reported?.trim();
  if (!text) return undefined;
  return /^\d/.test(text) ? `v${text}` : text;
}
