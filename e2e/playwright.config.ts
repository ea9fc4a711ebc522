import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const e2eRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(e2eRoot, '..');

// The config is evaluated again in every worker; values chosen once go through the environment,
// which the workers inherit, so they all talk to the same server and database.
process.env.E2E_PORT ??= execFileSync(process.execPath, [path.join(e2eRoot, 'setup', 'free-port.mjs'), '4180'], {
  encoding: 'utf8',
});
process.env.E2E_DB_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-e2e-'));

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two cores run the server and the browser; more workers only contend for them.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Generous: the machine's two cores are shared with the server and, often, other test runs; a
  // starved first render of the portal can take well over ten seconds.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  globalTeardown: './setup/global-teardown.ts',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: nothing is downloaded (never run `npx playwright install`).
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testDir: './setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testDir: './tests', dependencies: ['setup'] },
  ],
  webServer: {
    // The real built server and portal (`npm run test:e2e` builds them first) on a fresh SQLite file
    // with the demo bureau.
    command: 'node server/dist/main.js',
    cwd: repoRoot,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(process.env.E2E_DB_DIR, 'e2e.sqlite')}`,
      DEMO_SEED: 'true',
      // A digest landing mid-journey would add an unread entry to the bell the reminders journey
      // counts; the digest has its own suite (server/test/reminders/digest.test.ts).
      DIGEST_SCHEDULER: 'false',
    },
  },
});
