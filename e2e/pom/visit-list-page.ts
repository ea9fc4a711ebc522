import { expect, type Locator, type Page } from '@playwright/test';

/** /visits: the list with its labelled filters and, for mentors, 记录走访 with a pairing chooser. */
export class VisitListPage {
  readonly root: Locator;
  readonly logVisit: Locator;
  readonly chooser: Locator;
  readonly search: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('visit-list');
    this.logVisit = page.getByTestId('visit-new');
    this.chooser = page.getByTestId('visit-new-chooser');
    this.search = page.getByLabel('帮扶对象');
  }

  async goto() {
    await this.page.goto('/visits');
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('visit-total')).toBeVisible();
  }

  /** The chooser's button for a mentee, by name. */
  pairingButton(menteeName: string): Locator {
    return this.page.locator('[data-testid^="visit-new-pairing-"]').filter({ hasText: menteeName });
  }

  /** The rows currently listed. */
  rows(): Locator {
    return this.root.locator('[data-testid^="visit-row-"]');
  }
}
