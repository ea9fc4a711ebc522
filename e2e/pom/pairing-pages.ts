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
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('pairing-detail');
    this.logVisit = this.root.getByTestId('action-log-visit');
    this.recordTalk = this.root.getByTestId('action-record-talk');
  }

  async pairingId(): Promise<string> {
    await expect(this.root).toBeVisible();
    return (await this.root.getAttribute('data-pairing-id'))!;
  }

  /** 提交评估: the summary, then the confirmation. */
  async submitForReview(summary: string) {
    await this.root.getByTestId('action-submit').click();
    await this.page.getByTestId('submit-text').fill(summary);
    await this.page.getByTestId('submit-confirm').click();
  }
}

/** An antd Select fed by the server's officer search: type, wait for the answer, pick. */
export async function pickOfficer(page: Page, testId: string, search: string, name?: string): Promise<string> {
  const select = page.getByTestId(testId);
  await select.click();
  await select.locator('input').fill(search);
  const options = page.getByTestId(`${testId}-option`);
  const option = name ? options.filter({ hasText: name }).first() : options.first();
  await expect(option).toBeVisible();
  const picked = (await option.getAttribute('data-name')) ?? '';
  await option.click();
  await page.keyboard.press('Escape');
  return picked;
}

/** /pairings/new */
export class CreatePairingPage {
  readonly form: Locator;
  constructor(private readonly page: Page) {
    this.form = page.getByTestId('pairing-form');
  }

  async fillAndSave(opts: { lead: { search: string; name: string }; supportSearch: string; goals: string }) {
    await pickOfficer(this.page, 'field-lead', opts.lead.search, opts.lead.name);
    await expect(this.form.getByTestId('pairing-type-indicator')).toHaveAttribute('data-type', 'ONE_PLUS_ONE');
    const support = await pickOfficer(this.page, 'field-support', opts.supportSearch);
    // "1+X" is shown as soon as a supporting member is added.
    await expect(this.form.getByTestId('pairing-type-indicator')).toHaveAttribute('data-type', 'ONE_PLUS_X');
    await this.form.getByTestId('field-goals').fill(opts.goals);
    await this.form.getByTestId('pairing-submit').click();
    return support;
  }
}
