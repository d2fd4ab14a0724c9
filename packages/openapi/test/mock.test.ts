import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../src/mock.js';

describe('startMockServer', () => {
  it('serves the spec on a free 127.0.0.1 port and stops', async () => {
    const mock = await startMockServer();
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${mock.url}/openapi/release_plan/v1?pageNum=1&pageSize=1`, {
        headers: { authorization: 'Bearer t' },
      });
      expect(response.status).toBe(200);
      expect((await response.json()).total).toBe(26);
    } finally {
      await mock.stop();
    }
    await expect(fetch(`${mock.url}/openapi/release_plan/v1`)).rejects.toThrow();
  });

  it('with warm, has Prism handle each workflow operation once before it resolves', async () => {
    // A tiny document keeps the test about the requests, not about how long Prism takes on the real unions.
    const dir = mkdtempSync(join(tmpdir(), 'zadig-warm-'));
    const specPath = join(dir, 'openapi.json');
    writeFileSync(
      specPath,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'warm', version: '1' },
        paths: { '/ping': { get: { responses: { '204': { description: 'pong' } } } } },
      }),
    );
    const lines: string[] = [];
    const mock = await startMockServer({ specPath, warm: true, onLog: (line) => lines.push(line) });
    try {
      const received = lines.join('\n');
      for (const path of [
        'get /openapi/workflows/custom/warm/detail',
        'get /openapi/workflows/custom/task',
        'post /openapi/workflows/custom',
        'put /openapi/workflows/custom/warm',
      ])
        expect(received.toLowerCase()).toContain(path);
    } finally {
      await mock.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
