import { fileURLToPath } from 'node:url';
import { startSimulator } from '@zadig-ts/simulator';
import { type FaultServer, refusedUrl } from '@zadig-ts/testing';
import { describeInBrowser, type StaticServer, serveStatic } from '@zadig-ts/testing/browser';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from './browser.js';
import { startCorsFaultServer } from './cors-fault-server.js';

const prismUrl = inject('prismUrl');

describeInBrowser('dashboard in Chromium', () => {
  let browser: Browser;
  let app: StaticServer;
  let page: Page;
  let requests: Request[] = [];
  let pageErrors: string[] = [];
  let fault: FaultServer | undefined;

  beforeAll(async () => {
    app = await serveStatic(fileURLToPath(new URL('../dist/', import.meta.url)));
    browser = await launchChromium();
    // One page for every test, each starting with a fresh load of the app: a new page costs Chromium a
    // window of its own, and CPU is what a 2-core machine runs short of.
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Only the API calls themselves, not Chromium's CORS preflights (OPTIONS).
    page.on('request', (request) => {
      if (request.method() !== 'OPTIONS') requests.push(request);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(query: string): Promise<Page> {
    // Leave the previous app first, so that nothing it still does is counted for this one.
    await page.goto('about:blank');
    requests = [];
    pageErrors = [];
    await page.goto(`${app.url}/?${query}`);
    return page;
  }
  afterEach(async () => {
    await page?.goto('about:blank');
    await fault?.close();
    fault = undefined;
  });

  function apiRequests(path: string): URL[] {
    return requests.map((r) => new URL(r.url())).filter((url) => url.pathname === path);
  }

  const mock = () => `api=${encodeURIComponent(prismUrl)}&token=t`;

  it('loads, picks the first project and lists its versions with status badges', async () => {
    await open(mock());
    const project = page.getByLabel('Project');
    await project.waitFor();
    expect(await project.locator('option').allTextContents()).toEqual([
      'lilian-test (lilian-test)',
      'Release Center (release-center)',
    ]);
    expect(await project.inputValue()).toBe('lilian-test');

    const rows = page.getByRole('region', { name: 'Versions' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(['v13', 'v12']);
    expect(await rows.locator('.badge').allTextContents()).toEqual(['success', 'failed']);
    expect(await rows.nth(1).locator('.badge').getAttribute('class')).toContain('badge-bad');
    expect(await page.locator('.pager-position').textContent()).toBe('Page 1 of 2 · 12 versions');

    const list = requests.find((r) => new URL(r.url()).pathname === '/openapi/delivery/releases');
    expect(new URL(list?.url() ?? '').search).toBe('?projectKey=lilian-test&pageNum=1&pageSize=10');
    expect((await list?.allHeaders())?.authorization).toBe('Bearer t');
    expect(pageErrors).toEqual([]);
    await screenshot(page, '01-versions');
  });

  it('opens a version and shows its services, images and push state', async () => {
    await open(mock());
    await page.getByRole('button', { name: 'v13' }).click();
    const detail = page.getByRole('article', { name: 'Version v7.0.0' });
    await detail.waitFor();
    expect(apiRequests('/openapi/delivery/releases/detail').map((url) => url.search)).toEqual([
      '?projectKey=lilian-test&versionName=v13',
    ]);
    expect(await detail.locator('h4').allTextContents()).toEqual(['service1', 'service2']);
    const service1 = detail.getByRole('region', { name: 'Service service1' });
    expect(await service1.locator('tbody td').allTextContents()).toEqual([
      'service1',
      'koderover.tencentcloudcr.com/test/service1:20250908142239-3-patrick-01',
      '→',
      'koderover.tencentcloudcr.com/test/service1:v2',
      'pushed',
    ]);
    expect(await detail.textContent()).toContain('from_env (environment dev)');
    expect(await detail.locator('.ok-note').textContent()).toBe('No errors.');
    expect(await page.locator('tr.selected td:first-child').textContent()).toBe('v13');
    await screenshot(page, '02-version-detail');
  });

  it('against the simulator, opens the version it lists and shows that version', async () => {
    const sim = await startSimulator();
    try {
      await open(`api=${encodeURIComponent(sim.url)}&token=t&project=storefront`);
      const rows = page.getByRole('region', { name: 'Versions' }).locator('tbody tr');
      await rows.first().waitFor();
      const names = await rows.locator('td:first-child').allTextContents();
      // Newest first, as Zadig lists them.
      const held = sim.state.versions
        .filter((v) => v.projectKey === 'storefront')
        .map((v) => v.name)
        .reverse();
      expect(names).toEqual(held);
      expect(await page.locator('.pager-position').textContent()).toBe(
        `Page 1 of 1 · ${held.length} versions`,
      );
      const first = names[0] as string;
      await page.getByRole('button', { name: first }).click();
      const detail = page.getByRole('article', { name: `Version ${first}` });
      await detail.waitFor();
      expect(await page.locator('tr.selected td:first-child').textContent()).toBe(first);
      expect(pageErrors).toEqual([]);
      await screenshot(page, '09-simulator-version');
    } finally {
      await sim.stop();
    }
  });

  it('paginates: page size, next and previous send the page asked for', async () => {
    await open(mock());
    await page.locator('.pager-position').waitFor();
    await page.getByLabel('Page size').selectOption('5');
    await page.getByText('Page 1 of 3 · 12 versions').waitFor();
    const next = page.getByRole('button', { name: 'Next ›' });
    await next.click();
    await page.getByText('Page 2 of 3 · 12 versions').waitFor();
    await next.click();
    await page.getByText('Page 3 of 3 · 12 versions').waitFor();
    expect(await next.isDisabled()).toBe(true);
    await screenshot(page, '03-versions-page-3');
    await page.getByRole('button', { name: '‹ Prev' }).click();
    await page.getByText('Page 2 of 3 · 12 versions').waitFor();
    expect(apiRequests('/openapi/delivery/releases').map((url) => url.searchParams.toString())).toEqual([
      'projectKey=lilian-test&pageNum=1&pageSize=10',
      'projectKey=lilian-test&pageNum=1&pageSize=5',
      'projectKey=lilian-test&pageNum=2&pageSize=5',
      'projectKey=lilian-test&pageNum=3&pageSize=5',
      'projectKey=lilian-test&pageNum=2&pageSize=5',
    ]);
  });

  it('lists release plans with their status and shows a timeline', async () => {
    await open(mock());
    await page.getByRole('button', { name: 'Release plans' }).click();
    const rows = page.getByRole('region', { name: 'Release plans' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('td').allTextContents()).toEqual([
      '31',
      'test-workflow-0904',
      'planning',
      'admin',
      expect.stringMatching(/^2023-09-0[12] \d\d:\d\d – 2023-09-0[67] \d\d:\d\d$/),
    ]);
    expect(apiRequests('/openapi/release_plan/v1/64f58a7ac573f7325c2744b6')).toHaveLength(1);
    await page.getByRole('button', { name: 'test-workflow-0904' }).click();
    const plan = page.getByRole('article', { name: 'Release plan plan-A' });
    await plan.waitFor();
    const steps = plan.locator('.timeline li');
    expect(await steps.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.state))).toEqual([
      'done',
      'current',
      'pending',
      'pending',
      'pending',
    ]);
    expect(await steps.first().textContent()).toMatch(/^Created2023-09-0[12] \d\d:\d\d$/);
    expect(await plan.textContent()).toContain('native: not started');
    expect(await plan.locator('tbody td').allTextContents()).toEqual(['中间件变更', 'text', 'not run']);
    await screenshot(page, '04-release-plans');
  });

  it('shows the error, its HTTP status and Zadig code when the server fails', async () => {
    await open(`${mock()}&prefer=code%3D500`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.error-title').textContent()).toBe(
      'Could not load projects InternalServerError',
    );
    expect(await alert.locator('.error-message').textContent()).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/openapi\/projects\/project\?pageSize=100&pageNum=1 failed with 500: Internal Error: failed to query the database$/,
    );
    expect(await alert.locator('dd').allTextContents()).toEqual([
      '500',
      '500',
      'failed to query the database',
    ]);
    // The Prefer header went out with the request (that is what made Prism answer 500).
    const projects = requests.find((r) => new URL(r.url()).pathname === '/openapi/projects/project');
    expect((await projects?.allHeaders())?.prefer).toBe('code=500');
    await screenshot(page, '05-error');
  });

  it('shows authentication and connection errors', async () => {
    await open(`api=${encodeURIComponent(prismUrl)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.error-kind').textContent()).toBe('AuthenticationError');
    expect(await alert.locator('dd').allTextContents()).toEqual(['401', '401', 'token is invalid']);

    await open(`api=${await refusedUrl()}&token=t`);
    await page.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await page.locator('.error-kind').textContent()).toBe('ZadigConnectionError');
    expect(await page.locator('.error-message').textContent()).toContain('could not connect');
  });

  it('shows loading and empty states, labels, and the errors of a failed version', async () => {
    // The versions are answered once the loading state has been seen, however slow the machine.
    let loadingSeen = () => {};
    const seen = new Promise<void>((resolve) => {
      loadingSeen = resolve;
    });
    fault = await startCorsFaultServer({
      'GET /openapi/projects/project': [
        {
          body: {
            total: 1,
            projects: [{ project_name: 'Shop', project_key: 'shop', description: '', deploy_type: 'k8s' }],
          },
        },
      ],
      'GET /openapi/delivery/releases': [
        {
          after: seen,
          body: {
            list: [
              {
                id: '1',
                version_name: 'v1.0.0',
                type: 'K8SYaml',
                source: 'from_env',
                status: 'creating',
                labels: ['stable', 'hotfix'],
                created_by: 'ci',
                create_time: 1700000000,
              },
            ],
            total: 1,
          },
        },
      ],
      'GET /openapi/delivery/releases/detail': [
        {
          body: {
            version: 'v1.0.0',
            project_name: 'shop',
            type: 'K8SYaml',
            source: 'from_env',
            env_name: 'prod',
            production: true,
            labels: ['stable', 'hotfix'],
            status: 'failed',
            error: 'failed to push images',
            services: [
              {
                service_name: 'api',
                error: '',
                images: [
                  {
                    container_name: 'api',
                    image_name: 'api',
                    source_image: 'dev.example.com/shop/api:1',
                    target_image: 'registry.example.com/shop/api:v1.0.0',
                    push_image: true,
                    status: 'failed',
                    error: 'unauthorized: authentication required',
                  },
                  {
                    container_name: 'sidecar',
                    image_name: 'sidecar',
                    source_image: 'dev.example.com/shop/sidecar:3',
                    target_image: 'dev.example.com/shop/sidecar:3',
                    push_image: false,
                  },
                ],
              },
            ],
          },
        },
      ],
      'GET /openapi/release_plan/v1': [{ body: { list: [], total: 0 } }],
    });
    await open(`api=${encodeURIComponent(fault.url)}&token=t`);
    await page.getByRole('status').filter({ hasText: 'Loading versions…' }).waitFor();
    loadingSeen();
    const row = page.getByRole('region', { name: 'Versions' }).locator('tbody tr');
    await row.waitFor();
    expect(await row.locator('.label').allTextContents()).toEqual(['stable', 'hotfix']);
    expect(await row.locator('.badge').getAttribute('class')).toContain('badge-busy');
    expect(await page.locator('.pager-position').textContent()).toBe('Page 1 of 1 · 1 version');
    await page.getByRole('button', { name: 'v1.0.0' }).click();
    const detail = page.getByRole('article', { name: 'Version v1.0.0' });
    await detail.waitFor();
    expect(await detail.getByRole('alert').locator('li').allTextContents()).toEqual([
      'Version: failed to push images',
      'api/api: unauthorized: authentication required',
    ]);
    expect(await detail.locator('tbody tr td:last-child').allTextContents()).toEqual([
      'push failed',
      'not pushed',
    ]);
    expect(await detail.textContent()).toContain('from_env (production environment prod)');
    await screenshot(page, '06-failed-version');
    await page.getByRole('button', { name: 'Release plans' }).click();
    await page.getByText('No release plans yet.').waitFor();
    await screenshot(page, '07-empty-plans');
  });
});
