import { expect, type Locator, type Page } from '@playwright/test';
import { pickOfficer } from './pairing-pages.js';

// Page objects of the forums (座谈会) and the problems raised at them.

/** /forums/new: the form a secretary fills while the forum runs, on a phone. */
export class ForumForm {
  readonly form: Locator;
  constructor(private readonly page: Page) {
    this.form = page.getByTestId('forum-form');
  }

  async goto() {
    await this.page.goto('/forums/new');
    await expect(this.form).toBeVisible();
  }

  /** Picks an attendee by what a secretary types (pinyin initials); returns the name picked. */
  async addAttendee(search: string, name: string): Promise<string> {
    return pickOfficer(this.page, 'forum-attendees', search, name);
  }

  /** Adds a problem at the end of the inline list, in the bureau's first category; returns its index. */
  async addProblem(text: string): Promise<number> {
    const index = await this.form.locator('[data-testid^="forum-problem-text-"]').count();
    await this.form.getByTestId('forum-add-problem').click();
    await this.form.getByTestId(`forum-problem-text-${index}`).fill(text);
    await this.form.getByTestId(`forum-problem-category-${index}`).click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    return index;
  }

  /** Hands an open problem to a person, found by pinyin initials. */
  async ownProblem(index: number, search: string, name: string) {
    await this.form.getByTestId(`forum-problem-owner-kind-${index}`).getByText('个人').click();
    await pickOfficer(this.page, `forum-problem-owner-${index}`, search, name);
  }

  /** Submits and waits for the forum's page; returns its id. */
  async submit(): Promise<string> {
    await this.form.getByTestId('forum-submit').click();
    await expect(this.page).toHaveURL(/\/forums\/\d+$/);
    return this.page.url().split('/').pop()!;
  }
}

/** /problems/:id: a problem, its history and what the viewer may do with it. */
export class ProblemPage {
  readonly root: Locator;
  constructor(private readonly page: Page) {
    this.root = page.getByTestId('problem-detail');
  }

  async goto(id: string) {
    await this.page.goto(`/problems/${id}`);
    await expect(this.root).toBeVisible();
  }

  /** 销号 with the note of what was done. */
  async close(note: string) {
    await this.root.getByTestId('problem-close').click();
    await this.page.getByTestId('problem-action-note').fill(note);
    await this.page.getByTestId('problem-action-confirm').click();
    await expect(this.root).toHaveAttribute('data-status', 'CLOSED');
  }
}
