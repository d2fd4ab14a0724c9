// JUnit XML for CI test reports: a testsuite per spec tag, a testcase per operation, with <failure> and
// <skipped> elements carrying the reason and the violations.
import type { CheckResult } from './result.js';

/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(result: CheckResult): string {
  const attributes = `classname="${xmlEscape(`zadig.${result.tag}`)}" name="${xmlEscape(
    `${result.operationId} (${result.method} ${result.path})`,
  )}" time="${seconds(result.durationMs)}"`;
  if (result.result === 'PASS') return `    <testcase ${attributes}/>`;
  const message = xmlEscape(result.reason ?? '');
  if (result.result === 'SKIP') {
    return `    <testcase ${attributes}>\n      <skipped message="${message}"/>\n    </testcase>`;
  }
  const lines = [
    `${result.method} ${result.url ?? result.path}${result.status === null ? '' : ` -> ${result.status}`}`,
    ...(result.reason ? [result.reason] : []),
    ...result.violations.map((v) => `${v.pointer || '/'}: ${v.message}`),
  ];
  return [
    `    <testcase ${attributes}>`,
    `      <failure message="${message}" type="ContractViolation">${xmlEscape(lines.join('\n'))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** The JUnit XML document for a run. */
export function junitXml(results: CheckResult[], name = 'zadigctl contract'): string {
  const byTag = new Map<string, CheckResult[]>();
  for (const result of results) byTag.set(result.tag, [...(byTag.get(result.tag) ?? []), result]);
  const counts = (list: CheckResult[]) =>
    `tests="${list.length}" failures="${list.filter((r) => r.result === 'FAIL').length}" errors="0" skipped="${
      list.filter((r) => r.result === 'SKIP').length
    }" time="${seconds(list.reduce((sum, r) => sum + r.durationMs, 0))}"`;
  const suites = [...byTag].map(([tag, list]) =>
    [`  <testsuite name="${xmlEscape(tag)}" ${counts(list)}>`, ...list.map(testcase), '  </testsuite>'].join(
      '\n',
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(name)}" ${counts(results)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
