// The config reader's shortcut must never disagree with the YAML library: whatever it reads, the library reads
// the same; whatever it cannot read exactly, it leaves to the library.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../src/config/plain-yaml.js';

function library(text: string): { ok: true; value: unknown } | { ok: false } {
  const doc = parseDocument(text);
  return doc.errors.length ? { ok: false } : { ok: true, value: doc.toJS() };
}

const written = `# zadigctl configuration, written by \`zadigctl auth login\`.
# It holds API tokens: keep it private (mode 0600).

defaultProfile: prod
profiles:
  prod:
    url: https://zadig.example.com
    token: eyJhbGciOiJIUzI1NiJ9.e30.sig-_x
    project: shop
    zadigVersion: v5.0.0
    caFile: /etc/ssl/company-ca.pem
  test:
    url: "http://127.0.0.1:8080"
    insecureSkipTlsVerify: true
    project: 'payments'
`;

describe('readPlainYaml', () => {
  it('reads the file zadigctl writes as the YAML library does', () => {
    const value = readPlainYaml(written);
    expect(value).toBeDefined();
    expect(library(written)).toEqual({ ok: true, value });
    expect(value).toMatchObject({ profiles: { test: { insecureSkipTlsVerify: true, project: 'payments' } } });
  });

  it.each([
    ['a value that YAML reads as a number', 'profiles:\n  p:\n    url: x\n    token: 0123\n'],
    ['null', 'defaultProfile: null\n'],
    ['a YAML 1.1 boolean word', 'defaultProfile: yes\n'],
    ['a trailing comment', 'defaultProfile: prod # the one\n'],
    ['a flow mapping', 'profiles: {}\n'],
    ['a list', 'profiles:\n  - a\n'],
    ['an escape in double quotes', 'defaultProfile: "a\\tb"\n'],
    ['a tab', 'profiles:\n\tp: x\n'],
    ['Windows line ends', 'defaultProfile: prod\r\n'],
    ['a duplicate key (an error)', 'defaultProfile: a\ndefaultProfile: b\n'],
    ['an indentation of four', 'profiles:\n    p:\n        url: x\n'],
    ['a continued plain scalar', 'defaultProfile: a\n  b\n'],
    ['a document marker', '---\ndefaultProfile: a\n'],
    ['an anchor', 'defaultProfile: &a x\n'],
    ['an empty document', '# nothing yet\n'],
  ])('leaves %s to the library', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('never disagrees with the library, for any text made of YAML-ish pieces', () => {
    const piece = fc.constantFrom(
      'profiles:',
      'defaultProfile:',
      'url:',
      'token:',
      'p:',
      'a-b:',
      ' ',
      '  ',
      '\n',
      '#',
      ':',
      '"',
      "'",
      'x',
      'v5.0.0',
      'http://h:1/p',
      'true',
      'false',
      'null',
      '~',
      '0',
      '-',
      '[',
      '{',
      '&',
      '!',
      '\\',
      '\t',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const ours = readPlainYaml(text);
        if (ours === undefined) return;
        const theirs = library(text);
        expect(theirs.ok).toBe(true);
        expect(ours).toEqual((theirs as { value: unknown }).value);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every config in its part of YAML as the library does', () => {
    const name = fc
      .stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
      .filter((n) => !['n', 'y', 'no', 'yes', 'on', 'off'].includes(n));
    // (A value ending in `:` would be a nested mapping: YAML refuses it, and so it is left to the library.)
    const plain = fc.stringMatching(/^[A-Za-z/][A-Za-z0-9_./:@%+=~-]{0,20}$/).filter((v) => !v.endsWith(':'));
    const quoted = fc
      .stringMatching(/^[ -~]{0,12}$/)
      .filter((s) => !s.includes('"') && !s.includes('\\'))
      .map((s) => `"${s}"`);
    const value = fc.oneof(plain, quoted, fc.constantFrom('true', 'false'));
    const profile = fc.dictionary(
      fc.constantFrom('url', 'token', 'project', 'zadigVersion', 'caFile'),
      value,
      {
        minKeys: 1,
      },
    );
    const config = fc.record({
      comment: fc.boolean(),
      defaultProfile: fc.option(name, { nil: undefined }),
      profiles: fc.dictionary(name, profile, { minKeys: 1, maxKeys: 4 }),
    });
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(config, ({ comment, defaultProfile, profiles }) => {
        runs++;
        const lines = [
          ...(comment ? ['# a comment', ''] : []),
          ...(defaultProfile ? [`defaultProfile: ${defaultProfile}`] : []),
          'profiles:',
          ...Object.entries(profiles).flatMap(([n, p]) => [
            `  ${n}:`,
            ...Object.entries(p).map(([k, v]) => `    ${k}: ${v}`),
          ]),
        ];
        const text = `${lines.join('\n')}\n`;
        const theirs = library(text);
        const ours = readPlainYaml(text);
        // Plain values the library reads otherwise (say `Null`) are left to it; the rest are read alike.
        if (ours === undefined) return;
        read++;
        expect(theirs).toEqual({ ok: true, value: ours });
      }),
      { numRuns: 500 },
    );
    // Left to the library only for the rare value it reads otherwise: the shortcut is really taken.
    expect(read / runs).toBeGreaterThan(0.9);
  });
});
