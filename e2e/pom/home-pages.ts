import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell.js';
import { phone } from './device.js';

/** The mentor's home: one card per mentee, each with its one-tap 记录走访. */
export class MentorHomePage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('mentor-home');
  }

  async goto() {
    await new AppShell(this.page).gotoHome('mentor');
    await expect(this.root).toBeVisible();
  }

  card(menteeName: string): Locator {
    return this.root
      .locator('[data-testid^="mentee-card-"]')
      .filter({ has: this.page.getByTestId('mentee-name').getByText(menteeName, { exact: true }) });
  }

  /** The card's 记录走访 button. */
  logVisit(menteeName: string, pairingId: string): Locator {
    return this.card(menteeName).getByTestId(`log-visit-${pairingId}`);
  }

  async pairingIdOf(menteeName: string): Promise<string> {
    const testId = (await this.card(menteeName).getAttribute('data-testid'))!;
    return testId.replace('mentee-card-', '');
  }
}

/** The demo `officer` on a phone, at their home page, with the name it shows (the mentee of `mentor`). */
export async function officerOnPhone(browser: Browser): Promise<{ page: Page; name: string }> {
  const page = await phone(browser, 'officer');
  await new AppShell(page).gotoHome('officer');
  const name = (await page.getByTestId('viewer-name').textContent())!.trim();
  return { page, name };
}
