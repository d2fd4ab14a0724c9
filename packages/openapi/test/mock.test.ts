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
    const lines: string[] = [];
    const mock = await startMockServer({ warm: true, onLog: (line) => lines.push(line) });
    try {
      const received = lines.join('\n');
      for (const path of [
        '/openapi/workflows/custom/warm/detail',
        '/openapi/workflows/custom/task',
        '/openapi/workflows/custom/warm',
      ])
        expect(received).toContain(path);
    } finally {
      await mock.stop();
    }
  });
});
