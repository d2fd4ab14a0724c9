// The client from its tarball, type-checked with DOM types only and bundled by esbuild for browsers as a web
// app would be, loaded in Chromium from a static server, calling Prism across origins (CORS) as a dashboard
// calls a Zadig server.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describeInBrowser, launchChromium, type StaticServer, serveStatic } from '@zadig-ts/testing/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { installProject, ok, workspaceVersion } from './projects.js';

describeInBrowser('the client bundled for browsers', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let dir = '';

  beforeAll(async () => {
    dir = await installProject(inject('workDir'), 'browser', [
      inject('tarballs')['@zadig-ts/client'] as string,
      `typescript@${workspaceVersion('typescript')}`,
    ]);
    // Type-checked for browsers only: DOM types, no Node types.
    await ok(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
      cwd: dir,
    });
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    await esbuild.build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      outfile: join(dir, 'public', 'app.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(dir, 'public', 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>client</title><pre id="result"></pre><script type="module" src="app.js"></script>',
    );
    server = await serveStatic(join(dir, 'public'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the browser bundle lists projects and gets typed errors', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server?.url}/?api=${encodeURIComponent(inject('prismUrl'))}`);
    const result = page.locator('#result');
    await result.filter({ hasText: '{' }).waitFor();
    const report = JSON.parse((await result.textContent()) ?? '{}');
    expect(errors).toEqual([]);
    expect(report.error).toBeUndefined();
    expect(report.projects).toBeGreaterThan(0);
    expect(typeof report.first).toBe('string');
    expect(report.notFound).toBe(true);
    await page.close();
  });
});
