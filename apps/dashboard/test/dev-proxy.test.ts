import { fileURLToPath } from 'node:url';
import { type FaultServer, startFaultServer } from '@zadig-ts/testing';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('vite dev server proxy', () => {
  let zadig: FaultServer;
  let vite: ViteDevServer;
  let url: string;

  beforeAll(async () => {
    zadig = await startFaultServer({
      'GET /openapi/projects/project': [
        {
          body: {
            total: 1,
            projects: [
              { project_name: 'Proxied', project_key: 'proxied', description: '', deploy_type: 'k8s' },
            ],
          },
        },
      ],
      'GET /openapi/delivery/releases': [
        {
          body: {
            list: [
              {
                id: '1',
                version_name: 'through-the-proxy',
                type: 'K8SYaml',
                status: 'success',
                create_time: 1700000000,
              },
            ],
            total: 1,
          },
        },
      ],
    });
    // The config reads ZADIG_URL and ZADIG_TOKEN from the environment, as `pnpm dev` would.
    process.env.ZADIG_URL = zadig.url;
    process.env.ZADIG_TOKEN = 'proxy-secret';
    vite = await createServer({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      mode: 'development',
      logLevel: 'silent',
      // Port 0: the OS picks a free port as Vite binds, and Vite reports it.
      server: { host: '127.0.0.1', port: 0, strictPort: true },
    });
    await vite.listen();
    const address = vite.httpServer?.address();
    if (!address || typeof address !== 'object') throw new Error('Vite is not listening');
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await vite?.close();
    await zadig?.close();
  });

  it('forwards /openapi to ZADIG_URL and adds the token there', async () => {
    const response = await fetch(`${url}/openapi/projects/project?pageNum=1&pageSize=10`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { projects: unknown[] }).projects).toHaveLength(1);
    const seen = zadig.requestsTo('GET /openapi/projects/project').at(-1);
    expect(seen?.headers.authorization).toBe('Bearer proxy-secret');
    expect(seen?.query.toString()).toBe('pageNum=1&pageSize=10');
  });

  describeInBrowser('the dev proxy serving the app to Chromium', () => {
    it('serves the app, which calls its own origin without holding the token', async () => {
      let browser: Browser | undefined;
      try {
        browser = await launchChromium();
        const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
        const sent: Array<Promise<Record<string, string>>> = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/openapi/')) sent.push(request.allHeaders());
        });
        await page.goto(`${url}/`);
        await page.getByRole('button', { name: 'through-the-proxy' }).waitFor();
        expect(await page.locator('.target').textContent()).toBe(url);
        const headers = await Promise.all(sent);
        expect(headers.length).toBeGreaterThanOrEqual(2);
        expect(headers.map((h) => h.authorization)).toEqual(headers.map(() => undefined));
        expect(zadig.requestsTo('GET /openapi/delivery/releases').at(-1)?.headers.authorization).toBe(
          'Bearer proxy-secret',
        );
        await screenshot(page, '08-dev-proxy');
      } finally {
        await browser?.close();
      }
    });
  });
});
