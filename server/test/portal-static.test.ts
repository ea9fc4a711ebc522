import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from './test-app.js';

// A stand-in for client/dist: the headers depend on the file names, not on a real build.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.mkdirSync(path.join(dist, 'icons'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
fs.writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)');
fs.writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"同心"}');
fs.writeFileSync(path.join(dist, 'icons', 'icon-192.png'), 'png');

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ demo: false, env: { CLIENT_DIST: dist } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (pathname: string) => fetch(`${t.url}${pathname}`);

describe('the built portal', () => {
  it('hashed assets are cached for a year as immutable', async () => {
    const res = await get('/assets/index-AbC123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('a missing asset is a 404, not the portal page', async () => {
    const res = await get('/assets/index-Gone99.js');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it('index.html, the service worker and the manifest are revalidated on every load', async () => {
    for (const pathname of ['/', '/visits/new', '/sw.js', '/manifest.webmanifest']) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(200);
      expect(res.headers.get('cache-control'), pathname).toBe('no-cache');
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect((await get('/sw.js')).headers.get('content-type')).toMatch(/javascript/);
    // Client-side routes get the portal page.
    expect(await (await get('/pairings/12')).text()).toContain('id="root"');
  });

  it('other static files (icons) for an hour', async () => {
    const res = await get('/icons/icon-192.png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('API, download, roster and health paths never fall back to the portal page', async () => {
    for (const pathname of ['/ledger/nothing', '/admin/roster/nothing', '/healthz']) {
      const res = await get(pathname);
      expect(await res.text(), pathname).not.toContain('id="root"');
    }
  });
});
