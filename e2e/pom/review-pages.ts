import { expect, type Locator, type Page } from '@playwright/test';

/** 统计分析: the bureau's figures (the committee's home is their to-do list). */
export class CommitteeDashboard {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('dashboard');
  }

  async goto() {
    await this.page.goto('/dashboard');
    // The charts' chunk loads with the first visit: allow a slow machine its time.
    await expect(this.root.getByTestId('kpi-active')).toBeVisible({ timeout: 60_000 });
  }

  /** A KPI card's number. */
  async figure(testId: string): Promise<number> {
    const text = await this.root.getByTestId(testId).locator('.ant-statistic-content-value').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  async expectFigure(testId: string, value: number) {
    await expect(this.root.getByTestId(testId).locator('.ant-statistic-content-value')).toHaveText(String(value));
  }
}

/** /reviews/:pairingId: evidence and timeline beside the review form. */
export class ReviewPage {
  readonly root: Locator;
  readonly form: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('review-detail');
    this.form = page.getByTestId('review-form');
  }

  async review(opts: { rating: string; decision: string; comments: string; newPlannedEndDate?: string }) {
    await this.form.getByTestId(`review-rating-${opts.rating}`).click();
    await this.form.getByTestId(`review-decision-${opts.decision}`).click();
    if (opts.newPlannedEndDate) {
      const picker = this.form.getByTestId('review-new-end-date');
      const input = picker.locator('xpath=self::input|.//input').first();
      await input.click();
      await input.fill(opts.newPlannedEndDate);
      await input.press('Enter');
    }
    await this.form.getByTestId('review-comments').fill(opts.comments);
    await this.form.getByTestId('review-submit').click();
  }
}
