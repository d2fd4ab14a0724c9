// The built reference (dist/, from `build`) as a reader opens it from a static host in Chromium: the index
// lists every tracked release, a release's page documents the operations that release routes (and not those
// it lacks), and the client's API docs document its exports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describeInBrowser, launchChromium, type StaticServer, serveStatic } from '@zadig-ts/testing/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const index = JSON.parse(readFileSync(require.resolve('@zadig-ts/openapi/operations.json'), 'utf8')) as {
  releases: { release: string }[];
  operations: {
    operationId: string;
    summary: string;
    tag: string;
    path: string;
    since: string;
    until?: string;
  }[];
};

// A ceiling for a machine that is really stuck (Redoc renders a section after a click), not a wait.
const POLL = { timeout: 60_000 };

describeInBrowser('the reference in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the API reference', () => {
    it('lists every tracked release, and the whole spec', async () => {
      await page.goto(`${server.url}/index.html`);
      const links = await page
        .locator('#releases a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        'api/all/index.html',
        ...index.releases.map(({ release }) => `api/${release}/index.html`),
      ]);
    });

    it('documents, on a release page, the operations that release routes and not the others', async () => {
      const release = 'v5.0.0';
      const bundle = JSON.parse(
        readFileSync(require.resolve(`@zadig-ts/openapi/releases/${release}.json`), 'utf8'),
      ) as {
        paths: Record<string, unknown>;
      };
      const routed = index.operations.find((op) => op.operationId === 'listReleases');
      // An operation v5.0.0 lacks, whose route is no prefix of one v5.0.0 has.
      const unreleased = index.operations.find(
        (op) =>
          op.since === 'unreleased' && !Object.keys(bundle.paths).some((path) => path.startsWith(op.path)),
      );
      expect(routed?.path).toBeDefined();
      expect(unreleased?.path).toBeDefined();
      // As a reader does: open the module in the side menu, then look for the operation's route.
      const openModule = async (url: string, tag: string) => {
        await page.goto(url);
        await page.getByText(tag, { exact: true }).first().click();
        await page.waitForURL(/#\/./);
      };
      const listed = (path: string) => page.getByText(path, { exact: true }).count();
      await openModule(`${server.url}/api/${release}/index.html`, routed?.tag ?? '');
      await expect.poll(() => listed(routed?.path ?? ''), POLL).toBeGreaterThan(0);
      // The page holds the document it renders: not the operation v5.0.0 lacks; the whole spec's page has it.
      expect(await page.content()).not.toContain(unreleased?.path);
      await openModule(`${server.url}/api/all/index.html`, unreleased?.tag ?? '');
      expect(await page.content()).toContain(unreleased?.path);
    });
  });

  describe("the client's API docs", () => {
    it('document createZadigClient and the operation groups', async () => {
      await page.goto(`${server.url}/index.html`);
      await page.locator('#client').click();
      await page.waitForURL(/client\/index\.html$/);
      await page.goto(`${server.url}/client/functions/createZadigClient.html`);
      await expect.poll(() => page.locator('h1').textContent(), POLL).toContain('createZadigClient');
      await page.goto(`${server.url}/client/interfaces/OperationGroups.html`);
      await expect.poll(() => page.getByText('delivery', { exact: true }).count(), POLL).toBeGreaterThan(0);
    });
  });
});
