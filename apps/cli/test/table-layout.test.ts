// Tables as properties over random text: display width (CJK two columns, combining marks none), every line
// of a table as wide as its header, identifiers never cut, and nested values summarised in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, truncateToWidth } from '../src/output/display-width.js';
import { counted, summarise } from '../src/output/summary.js';
import { columnKind, layoutTable, renderTable } from '../src/output/table.js';

const ASCII = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-_0123456789 '.split(''));
const WIDE = fc.constantFrom(...'支付服务订单中心部署构建测试环境ｗｅｂ한국어デプロイ'.split(''));
const COMBINING = fc.constantFrom('\u0301', '\u0308', '\u200b');

/** Text mixing ASCII, wide characters and (after a base character) combining marks. */
const text = fc
  .array(
    fc.oneof(
      ASCII,
      WIDE,
      fc.tuple(ASCII, COMBINING).map(([a, m]) => a + m),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join('').trim());

const row = fc.record({
  name: text.filter((t) => t.length > 0),
  service_key: text,
  status: fc.constantFrom('passed', 'failed', 'running', '部署中'),
  description: text,
  stages: fc.array(fc.record({ name: text, status: fc.constantFrom('passed', 'failed') }), { maxLength: 4 }),
});

describe('display width', () => {
  it('counts ASCII as one column, CJK and fullwidth as two, combining marks as none', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ASCII, WIDE, COMBINING)), (chars) => {
        const expected = chars.reduce(
          (sum, c) =>
            sum + (c.length === 1 && c.charCodeAt(0) < 0x7f ? 1 : /[\u0301\u0308\u200b]/.test(c) ? 0 : 2),
          0,
        );
        expect(displayWidth(chars.join(''))).toBe(expected);
      }),
    );
  });

  it('cuts to at most the width asked, never splitting a wide character, and pads to exactly it', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (t, width) => {
        const cut = truncateToWidth(t, width);
        expect(displayWidth(cut)).toBeLessThanOrEqual(Math.max(width, 0));
        if (displayWidth(t) <= width) expect(cut).toBe(t);
        else expect(cut.endsWith('…') || width === 0).toBe(true);
        expect(displayWidth(padToWidth(cut, width))).toBe(Math.max(width, displayWidth(cut)));
      }),
    );
  });
});

describe('table layout', () => {
  const columns = ['name', 'service_key', 'status', 'description', 'stages'];
  /** Rows and a terminal width, laid out. */
  const laidOut = fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 6 }), fc.integer({ min: 10, max: 200 }))
    .map(([rows, width]) => ({ rows, width, table: layoutTable(rows, columns, width) }));

  it("every line is as wide as the header, whatever the text and the terminal's width", () => {
    fc.assert(
      fc.property(laidOut, ({ table }) => {
        const header = displayWidth(table.header.join('  '));
        for (const cells of table.rows) expect(displayWidth(cells.join('  '))).toBe(header);
      }),
    );
  });

  it('never cuts an identifier, and fits the terminal when the identifiers alone do', () => {
    fc.assert(
      fc.property(laidOut, ({ rows, width, table }) => {
        rows.forEach((r, i) => {
          const line = (table.rows[i] ?? []).join('  ');
          expect(line).toContain(r.name);
          expect(line).toContain(r.service_key);
        });
        // The identifiers' own width: at any terminal at least that wide, nothing else pushes a line past it.
        const identifiers = ['NAME', 'SERVICE_KEY'].map((h, i) =>
          Math.max(h.length, ...rows.map((r) => displayWidth(i ? r.service_key : r.name))),
        );
        const needed = identifiers.reduce((a, b) => a + b + 2, -2);
        if (width >= needed) expect(displayWidth(table.header.join('  '))).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('gives way in order: prose first, then other values, then the status, never identifiers', () => {
    expect(['project_name', 'project_key', 'id', 'env_name', 'field'].map(columnKind)).toEqual(
      Array(5).fill('identifier'),
    );
    expect(['description', 'remark', 'value', 'message'].map(columnKind)).toEqual(Array(4).fill('prose'));
    const rows = [{ name: 'payments-gateway-production', status: 'running', description: 'x'.repeat(60) }];
    const narrow = layoutTable(rows, ['name', 'status', 'description'], 50);
    expect(narrow.header.map((h) => h.trim())).toEqual(['NAME', 'STATUS', 'DESCRIPTION']);
    expect(narrow.rows[0]?.[2]).toMatch(/^x+…$/);
    const narrower = layoutTable(rows, ['name', 'status', 'description'], 30);
    expect(narrower.header.map((h) => h.trim())).toEqual(['NAME']);
  });

  it('pipes stay tab-separated with whole values', () => {
    const piped = renderTable([{ name: '支付服务', status: 'passed' }], ['name', 'status'], {
      tty: false,
      colour: false,
    });
    expect(piped).toBe('支付服务\tpassed\n');
  });
});

describe('nested values in a cell', () => {
  it('counts with the right plural', () => {
    expect(counted(1, 'stages')).toBe('1 stage');
    expect(counted(4, 'stages')).toBe('4 stages');
    expect(counted(1, 'policies')).toBe('1 policy');
    expect(counted(2, 'service_list')).toBe('2 services');
    expect(counted(1, 'data')).toBe('1 item');
    expect(counted(2, 'data')).toBe('2 items');
    expect(counted(1, 'status')).toBe('1 item');
    expect(counted(3, 'address')).toBe('3 items');
  });

  it('summarises stages by status, naming those that did not pass; objects by a meaningful field', () => {
    const stages = [
      { name: 'build', status: 'passed' },
      { name: 'test', status: 'passed' },
      { name: 'scan', status: 'passed' },
      { name: 'deploy', status: 'failed' },
    ];
    expect(summarise('stages', stages)).toBe('4 stages: 3 passed, 1 failed (deploy)');
    expect(summarise('jobs', [{ name: 'build-web' }])).toBe('1 job: build-web');
    expect(summarise('jobs', [{ spec: {} }, { spec: {} }])).toBe('2 jobs');
    expect(summarise('approval', { enabled: true, type: 'native', status: 'approve' })).toBe(
      'native approve',
    );
    expect(summarise('approval', { enabled: false, type: 'native' })).toBe('disabled');
    expect(summarise('settings', { a: 1, b: 2 })).toBe('2 fields');
    expect(summarise('tags', ['a', 'b'])).toBe('a,b');
  });

  it('never prints [n items] or {…} for any nested value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue(), (key, value) => {
        expect(summarise(key, value)).not.toMatch(/^\[\d+ items?\]$|^\{…\}$/);
      }),
    );
  });
});
