// The terminal report: one aligned row per operation (also in CI logs, which are not terminals), each
// schema violation on its own line under its row, and the summary line.
import type { CheckResult } from './result.js';
import { summaryLine } from './result.js';

const COLOURS = { PASS: '32', FAIL: '31', SKIP: '33' } as const;

function detail(result: CheckResult): string {
  if (result.result === 'PASS') return `${result.status} in ${result.durationMs} ms`;
  return result.reason ?? '';
}

/** Renders the results as a table followed by `N passed, N failed, N skipped`; ANSI colours if `colour`. */
export function renderReport(results: CheckResult[], colour: boolean): string {
  const rows = results.map((r) => [r.operationId, `${r.method} ${r.path}`, r.result, detail(r)]);
  const header = ['OPERATION', 'REQUEST', 'RESULT', 'DETAIL'];
  const widths = [0, 1, 2].map((i) =>
    Math.max(header[i]?.length ?? 0, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[], paint?: string) =>
    cells
      .map((cell, i) => {
        const padded = i < 3 ? cell.padEnd(widths[i] ?? 0) : cell;
        return i === 2 && paint && colour ? `\x1b[${paint}m${padded}\x1b[0m` : padded;
      })
      .join('  ')
      .trimEnd();
  const out = [colour ? `\x1b[1m${line(header)}\x1b[0m` : line(header)];
  results.forEach((result, i) => {
    out.push(line(rows[i] ?? [], COLOURS[result.result]));
    for (const v of result.violations) out.push(`    ${v.pointer || '/'}: ${v.message}`);
  });
  out.push('', summaryLine(results));
  return `${out.join('\n')}\n`;
}
