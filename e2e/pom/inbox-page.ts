import { expect, type Locator, type Page } from '@playwright/test';

// The header's bell and the inbox (提醒) it opens.

export class NotificationBell {
  readonly button: Locator;
  constructor(private readonly page: Page) {
    this.button = page.getByTestId('app-shell').getByTestId('notification-bell');
  }

  /** The unread count on the bell (0 when the badge shows none). */
  async count(): Promise<number> {
    const sup = this.button.getByTestId('notification-bell-count').locator('sup');
    if ((await sup.count()) === 0) return 0;
    return Number((await sup.getAttribute('title')) ?? '0');
  }
}

export class InboxPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('page-inbox');
  }

  async goto() {
    await this.page.goto('/inbox');
    await expect(this.root).toBeVisible();
  }

  group(kind: string): Locator {
    return this.root.getByTestId(`inbox-group-${kind}`);
  }

  /** The entry of a kind whose link opens `path`. */
  entry(kind: string, path: string): Locator {
    return this.group(kind)
      .getByTestId('inbox-entry')
      .filter({ has: this.page.locator(`a[href="${path}"]`) });
  }
}
