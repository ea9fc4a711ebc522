import { expect, test } from '@playwright/test';
import { PHONE } from '../pom/device.js';

// Issue 16, the installable shell: a web app manifest with the Chinese name and icons, and a service
// worker that precaches the portal, so that a phone which opened it once opens it with no signal.
// The API is never answered from the worker's caches. (Offline data and the outbox have their own
// journeys.)

test('the portal installs as 同心 and opens with no connection after one visit; the API is never cached', async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByTestId('page-login')).toBeVisible();

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ short_name: '同心', lang: 'zh-CN', display: 'standalone', start_url: '/' });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');

  // The worker is active once every file of the shell is precached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('page-login')).toBeVisible();
  await expect(page.getByTestId('login-submit')).toBeVisible();

  // Offline, the API fails as the network does: nothing answers it from a cache.
  const api = await page.evaluate(() =>
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    }).then(
      () => 'answered',
      () => 'failed',
    ),
  );
  expect(api).toBe('failed');
  const cached = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
  expect(cached).toContain('/index.html');
  expect(cached.filter((p) => !/^\/(index\.html|manifest\.webmanifest|assets\/|icons\/)/.test(p))).toEqual([]);
  await context.close();
});
