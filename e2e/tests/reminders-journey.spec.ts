import { expect, test } from '@playwright/test';
import { overflowX, phone } from '../pom/device.js';
import { InboxPage, NotificationBell } from '../pom/inbox-page.js';
import { PairingDetailView } from '../pom/pairing-pages.js';
import { LogVisitForm } from '../pom/record-forms.js';

// Reminders (issue 15), on a phone: `mentor` supports branch A's overdue pairing in the demo
// bureau. The bell counts it; the inbox links to it; once the visit is logged the reminder is gone.

test('the mentor sees the bell count for an overdue pairing, opens it, logs the visit, and the reminder is gone', async ({
  browser,
}) => {
  test.slow();
  const mentor = await phone(browser, 'mentor');
  await mentor.goto('/');
  const bell = new NotificationBell(mentor);
  await expect(bell.button).toBeVisible();
  await expect.poll(() => bell.count()).toBeGreaterThan(0);
  const before = await bell.count();
  // The home's 待办 counts the same contacts due as the inbox.
  const dueContacts = mentor.getByTestId('home-due-summary').getByTestId('home-due-CONTACT_DUE');
  await expect(dueContacts).toBeVisible();
  const contactsBefore = Number(await dueContacts.getAttribute('data-count'));
  expect(contactsBefore).toBeGreaterThan(0);

  await bell.button.click();
  const inbox = new InboxPage(mentor);
  await expect(inbox.root).toBeVisible();
  expect(await overflowX(mentor)).toBe(0);
  const overdue = inbox.group('CONTACT_DUE').getByTestId('inbox-entry').filter({ hasText: '已逾期' }).first();
  await expect(overdue).toBeVisible();
  const link = overdue.getByTestId('inbox-entry-link');
  const path = (await link.getAttribute('href'))!;
  expect(path).toMatch(/^\/pairings\/\d+$/);

  // Opening it marks it read and shows the pairing.
  await link.click();
  await expect(mentor).toHaveURL(new RegExp(`${path}$`));
  await expect.poll(() => bell.count()).toBe(before - 1);
  const detail = new PairingDetailView(mentor);
  await detail.logVisit.click();
  const form = new LogVisitForm(mentor);
  await expect(form.form).toBeVisible();
  await form.form.getByTestId('visit-kind-HOME_VISIT').click();
  await form.field('summary').fill('上门走访：按提醒补上本月联系');
  await form.submit();

  // The cause is gone, and so is the reminder.
  await inbox.goto();
  await expect(inbox.entry('CONTACT_DUE', path)).toHaveCount(0);
  await expect(inbox.group('CONTACT_DUE').getByTestId('inbox-entry')).toHaveCount(contactsBefore - 1);
  // …and the home's count says one fewer (the kind is gone when it was the last).
  await mentor.goto('/');
  await expect(mentor.getByTestId('home-due-summary')).toBeVisible();
  if (contactsBefore === 1) await expect(dueContacts).toHaveCount(0);
  else await expect(dueContacts).toHaveAttribute('data-count', String(contactsBefore - 1));
  await mentor.context().close();
});
