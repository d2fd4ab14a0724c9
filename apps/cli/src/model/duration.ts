// The one duration syntax of every flag that takes a time (--timeout, --idle, contract's --timeout):
// `90` (seconds), `90s`, `5m`, `1h`, `1h30m`, `1500ms`.
import { UsageError } from '../exit-codes.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** How the accepted forms are described in errors and help. */
export const DURATION_FORMS = '90 (seconds), 90s, 5m, 1h or 1h30m';

/** Parses a duration given to `flag` into milliseconds; bad input names the flag and the accepted forms. */
export function parseDuration(flag: string, text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== trimmed) {
    throw new UsageError(
      `${flag}: cannot read ${JSON.stringify(text)} as a duration`,
      `Give a number of seconds or a duration with units: ${DURATION_FORMS}.`,
    );
  }
  return parts.reduce((ms, [, n, unit]) => ms + Number(n) * (UNITS[unit as string] ?? 0), 0);
}
