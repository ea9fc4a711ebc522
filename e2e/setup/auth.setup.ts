import { expect, test as setup } from '@playwright/test';
import { AppShell } from '../pom/app-shell.js';
import { LoginPage } from '../pom/login-page.js';
import { DEMO_ACCOUNTS, authFile } from './accounts.js';

// One session per demo account, logged in through the portal's form, saved for the journeys.
for (const account of DEMO_ACCOUNTS) {
  setup(`log in as ${account.username}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.login(account.username);
    await expect(new AppShell(page).home(account.role)).toBeVisible();
    await page.context().storageState({ path: authFile(account.username) });
  });
}
