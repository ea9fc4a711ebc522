import { expect, type Locator, type Page } from '@playwright/test';

/** /pairings: the list of the pairings the viewer may read. */
export class PairingsListPage {
  readonly rows: Locator;
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('pairing-row');
  }

  async goto() {
    await this.page.goto('/pairings');
    await expect(this.page.getByTestId('pairings-list')).toBeVisible();
  }

  /** Rows of pairings in a given status (its tag carries it). */
  withStatus(status: string): Locator {
    return this.rows.filter({ has: this.page.locator(`[data-testid="pairing-status"][data-status="${status}"]`) });
  }
}

/** /pairings/:id, or an officer's own pairing at /pairings. */
export class PairingDetailView {
  readonly root: Locator;
  readonly logVisit: Locator;
  readonly recordTalk: Locator;
  constructor(page: Page) {
    this.root = page.getByTestId('pairing-detail');
    this.logVisit = this.root.getByTestId('action-log-visit');
    this.recordTalk = this.root.getByTestId('action-record-talk');
  }

  async pairingId(): Promise<string> {
    await expect(this.root).toBeVisible();
    return (await this.root.getAttribute('data-pairing-id'))!;
  }
}
