import { UsageError } from '../exit-codes.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `90s`, `30m`, `1h30m`, `1500ms` or a number of seconds into milliseconds. */
export function parseDuration(flag: string, text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text) {
    throw new UsageError(
      `${flag}: cannot read ${JSON.stringify(text)} as a duration; use e.g. 90s, 30m, 1h30m`,
    );
  }
  return parts.reduce((ms, [, n, unit]) => ms + Number(n) * (UNITS[unit as string] ?? 0), 0);
}

/** 65_000 -> `01:05`, 3_725_000 -> `1:02:05`. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
