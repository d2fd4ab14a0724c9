import type { Violation } from '@zadig-ts/openapi/validator';

/** The outcome of one operation, as reported (`-o json` prints an array of these). */
export interface CheckResult {
  operationId: string;
  tag: string;
  method: string;
  /** The path template of the spec. */
  path: string;
  /** Path and query actually requested; `null` when skipped. */
  url: string | null;
  /** HTTP status received; `null` when skipped or nothing came back. */
  status: number | null;
  result: 'PASS' | 'FAIL' | 'SKIP';
  /** Schema violations of the body, each at a JSON pointer into it. */
  violations: Violation[];
  /** Why it failed (status, content type, body) or was skipped; `null` when it passed. */
  reason: string | null;
  durationMs: number;
}

/** Counts by result. */
export function summarize(results: CheckResult[]): { passed: number; failed: number; skipped: number } {
  const count = (result: CheckResult['result']) => results.filter((r) => r.result === result).length;
  return { passed: count('PASS'), failed: count('FAIL'), skipped: count('SKIP') };
}

/** The summary line: `N passed, N failed, N skipped`. */
export function summaryLine(results: CheckResult[]): string {
  const { passed, failed, skipped } = summarize(results);
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
