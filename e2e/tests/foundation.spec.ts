import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { AppShell, HOME_TITLES } from '../pom/app-shell.js';
import { overflowX } from '../pom/device.js';
import { LoginPage } from '../pom/login-page.js';
import { DEMO_ACCOUNTS, authFile } from '../setup/accounts.js';

/** Attaches a full-page screenshot to the report and keeps a copy under e2e/test-results/screenshots/. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true });
  await testInfo.attach(name, { body, contentType: 'image/png' });
  const dir = path.join(testInfo.project.outputDir, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.png`), body);
}

test.describe('login', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} logs in and lands on the ${account.role} home page`, async ({ page }, testInfo) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.login(account.username);

      const shell = new AppShell(page);
      const home = shell.home(account.role);
      await expect(home).toBeVisible();
      await expect(page).toHaveURL(/\/$/);
      await expect(home).toHaveAttribute('data-role', account.role.toUpperCase());
      // In the default language, with the viewer from `me` in the header.
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(shell.homeTitle(account.role)).toHaveText(HOME_TITLES[account.role].zh);
      await expect(shell.root.getByTestId('viewer-name')).not.toBeEmpty();
      await keepScreenshot(page, testInfo, `home-${account.username}`);
    });
  }

  test('a wrong password shows the error and stays on the login page', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.login('secretary', 'not-the-password');
    await expect(login.error).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByTestId('app-shell')).toHaveCount(0);
  });

  test('a logged-out visitor is sent to the login page', async ({ page }) => {
    await page.goto('/');
    await expect(new LoginPage(page).root).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('logout', () => {
  // Logs in through the form: logging out ends the session, so the shared storageState is not used.
  test('logout returns to the login page and the session is gone', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.login('mentor');
    const shell = new AppShell(page);
    await expect(shell.home('mentor')).toBeVisible();

    await shell.logout();
    await expect(login.root).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(login.root).toBeVisible();
  });
});

test.describe('language', () => {
  test.use({ storageState: authFile('officer') });

  test('the language switch turns the portal into English and is remembered', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.gotoHome('officer');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(shell.homeTitle('officer')).toHaveText(HOME_TITLES.officer.zh);

    await shell.switchLanguage();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(shell.homeTitle('officer')).toHaveText(HOME_TITLES.officer.en);
    await expect(shell.logoutButton).toContainText('Sign out');

    await page.reload();
    await expect(shell.homeTitle('officer')).toHaveText(HOME_TITLES.officer.en);
  });

  test('the login page switches to English too', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.langSwitch.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(login.submit).toContainText(/sign in|log in/i);
    await context.close();
  });
});

test.describe('phone (375×812)', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the login page fits without horizontal scroll', async ({ page }, testInfo) => {
    await new LoginPage(page).goto();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await keepScreenshot(page, testInfo, 'phone-login');
  });

  for (const account of DEMO_ACCOUNTS.filter((a) =>
    ['committee', 'secretary', 'mentor', 'officer', 'admin', 'auditor'].includes(a.username),
  )) {
    test.describe(account.username, () => {
      test.use({ storageState: authFile(account.username) });

      test(`the ${account.role} home page fits without horizontal scroll`, async ({ page }, testInfo) => {
        const shell = new AppShell(page);
        await shell.gotoHome(account.role);
        // Below the md breakpoint the side menu becomes a drawer behind the menu button.
        await expect(shell.navToggle).toBeVisible();
        await expect(shell.sideNav).toHaveCount(0);
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await keepScreenshot(page, testInfo, `phone-home-${account.username}`);
      });
    });
  }
});
