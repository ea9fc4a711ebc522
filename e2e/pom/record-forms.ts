import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell.js';
import { phone } from './device.js';
import { MentorHomePage } from './home-pages.js';

// Page objects of the record forms (log a visit, record a talk) and of what the outbox shows:
// the pending state at the submit button, the header badge and the toasts.

/** The demo mentee of `mentor`: `officer`'s name and officer id, and their live pairing's id. */
export async function mentorsMentee(browser: Browser): Promise<{ name: string; officerId: string; pairingId: string }> {
  const officer = await phone(browser, 'officer');
  await new AppShell(officer).gotoHome('officer');
  const res = await officer.request.post('/graphql', { data: { query: '{ me { officer { id name } } }' } });
  const me = ((await res.json()) as { data: { me: { officer: { id: string; name: string } } } }).data.me.officer;
  await officer.context().close();
  const mentor = await phone(browser, 'mentor');
  const home = new MentorHomePage(mentor);
  await home.goto();
  const pairingId = await home.pairingIdOf(me.name);
  await mentor.context().close();
  return { name: me.name, officerId: me.id, pairingId };
}

/** `mentor` on a phone at the visit form of their demo mentee's pairing. */
export async function mentorAtVisitForm(browser: Browser): Promise<{ mentor: Page; form: LogVisitForm }> {
  const { pairingId } = await mentorsMentee(browser);
  const mentor = await phone(browser, 'mentor');
  const form = new LogVisitForm(mentor);
  await form.goto(pairingId);
  return { mentor, form };
}

/** The header's count of records waiting to be sent. */
export const outboxBadge = (page: Page): Locator => page.getByTestId('app-shell').getByTestId('outbox-badge');

/** The toasts (antd messages) on screen containing `text`. */
export const toasts = (page: Page, text: string): Locator =>
  page.locator('.ant-message-notice').filter({ hasText: text });

/** /visits/new?pairingId=… */
export class LogVisitForm {
  readonly form: Locator;
  readonly submitButton: Locator;
  readonly pending: Locator;
  constructor(private readonly page: Page) {
    this.form = page.getByTestId('log-visit-form');
    this.submitButton = this.form.getByTestId('visit-submit');
    this.pending = this.form.getByTestId('visit-submit-pending');
  }

  async goto(pairingId: string) {
    await this.page.goto(`/visits/new?pairingId=${pairingId}`);
    await expect(this.form).toBeVisible();
  }

  field(name: 'summary' | 'location' | 'observations' | 'confidential'): Locator {
    return this.form.getByTestId(`visit-${name}`);
  }

  async addItem(description: string) {
    const index = await this.form.locator('[data-testid^="visit-item-description-"]').count();
    await this.form.getByTestId('visit-add-item').click();
    await this.form.getByTestId(`visit-item-description-${index}`).fill(description);
  }

  /** Submits and waits for the visit's page; returns its id. */
  async submit(): Promise<string> {
    await this.submitButton.click();
    await expect(this.page).toHaveURL(/\/visits\/\d+$/);
    return this.page.url().split('/').pop()!;
  }
}

/** /talks/new[?talkeeId=…&pairingId=…] */
export class TalkForm {
  readonly form: Locator;
  readonly submitButton: Locator;
  readonly pending: Locator;
  constructor(private readonly page: Page) {
    this.form = page.getByTestId('talk-form');
    this.submitButton = this.form.getByTestId('talk-submit');
    this.pending = this.form.getByTestId('talk-submit-pending');
  }

  async goto(talkeeId: string, pairingId: string) {
    await this.page.goto(`/talks/new?talkeeId=${talkeeId}&pairingId=${pairingId}`);
    await expect(this.form).toBeVisible();
  }

  get topics(): Locator {
    return this.form.getByTestId('talk-topics');
  }

  /** Types `YYYY-MM-DD HH:mm` into the time picker, as a user with a keyboard does. */
  async typeOccurredAt(value: string) {
    await typeIntoPicker(this.form.getByTestId('talk-occurred-at'), value);
  }
}

/** Replaces an antd date picker's text and confirms it with Enter. */
export async function typeIntoPicker(input: Locator, value: string) {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** Yesterday at `time` in the portal's time zone (the e2e browser runs in Asia/Shanghai). */
export function yesterdayAt(time: string): string {
  const day = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return `${day} ${time}`;
}
