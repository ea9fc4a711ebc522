import { expect, test } from '@playwright/test';
import { overflowX, phone } from '../pom/device.js';
import { mentorAtVisitForm, mentorsMentee, outboxBadge, TalkForm, toasts, yesterdayAt } from '../pom/record-forms.js';

// Drafts and the outbox on a phone (375×812), issue 9: a discarded draft leaves nothing behind;
// a record submitted offline waits visibly at the button and in the header and is sent once when
// the connection returns; a talk keeps its draft and outbox entry like a visit does.

test('discarding a visit draft empties the form, and nothing typed in it goes out with the next visit', async ({
  browser,
}) => {
  test.slow();
  const { mentor, form } = await mentorAtVisitForm(browser);
  await form.field('summary').fill('将被清空的草稿内容');
  await form.field('location').fill('草稿里的地点');
  await form.field('confidential').fill('不应发出的保密备注');
  await form.addItem('草稿里的整改事项');
  await mentor.reload();
  await expect(form.form.getByTestId('visit-draft-restored')).toBeVisible();
  await expect(form.field('summary')).toHaveValue('将被清空的草稿内容');

  await form.form.getByTestId('visit-discard-draft').click();
  await expect(form.form.getByTestId('visit-draft-restored')).toHaveCount(0);
  for (const name of ['summary', 'location', 'confidential'] as const) await expect(form.field(name)).toHaveValue('');
  await expect(form.form.locator('[data-testid^="visit-item-description-"]')).toHaveCount(0);
  // Nor does it come back with a reload.
  await mentor.reload();
  await expect(form.form).toBeVisible();
  await expect(form.field('summary')).toHaveValue('');
  await expect(form.form.getByTestId('visit-draft-restored')).toHaveCount(0);

  await form.field('summary').fill('清空草稿后重新填写的走访');
  await form.submit();
  const detail = mentor.getByTestId('visit-detail');
  await expect(detail.getByTestId('visit-summary-text')).toHaveText('清空草稿后重新填写的走访');
  await expect(detail.getByTestId('visit-confidential-notes')).toHaveCount(0);
  await expect(detail.getByText('草稿里的整改事项')).toHaveCount(0);
  await expect(detail.getByText('草稿里的地点')).toHaveCount(0);
});

test('a visit submitted offline shows as pending at the button and in the header, and is sent once with one toast', async ({
  browser,
}) => {
  test.slow();
  const { mentor, form } = await mentorAtVisitForm(browser);
  const summary = `离线提交的走访 ${Date.now()}`;
  await form.field('summary').fill(summary);
  await form.addItem('离线时布置的事项');

  await mentor.context().setOffline(true);
  await form.submitButton.click();
  // Said where the thumb is, not at the top of a long form.
  await expect(form.pending).toBeInViewport();
  await expect(form.submitButton).toBeDisabled();
  await expect(form.submitButton).toContainText('待发送');
  await expect(outboxBadge(mentor)).toBeVisible();
  await expect(outboxBadge(mentor)).toContainText('1');
  await expect(outboxBadge(mentor)).toBeInViewport();
  expect(await overflowX(mentor)).toBe(0);

  await mentor.context().setOffline(false);
  await expect(mentor).toHaveURL(/\/visits\/\d+$/);
  await expect(mentor.getByTestId('visit-summary-text')).toHaveText(summary);
  await expect(toasts(mentor, '已提交')).toHaveCount(1);
  await expect(toasts(mentor, '待发送的走访记录已提交')).toHaveCount(1);
  await expect(outboxBadge(mentor)).toHaveCount(0);
  await mentor.goto('/visits');
  await expect(mentor.getByTestId('visit-list').getByText(summary)).toHaveCount(1);
});

test('a talk typed offline survives a reload as draft and outbox entry, and is recorded once when back online', async ({
  browser,
}) => {
  test.slow();
  const { name, officerId, pairingId } = await mentorsMentee(browser);
  const mentor = await phone(browser, 'mentor');
  const form = new TalkForm(mentor);
  await form.goto(officerId, pairingId);
  await expect(form.form).toContainText(name);
  const topics = `离线记录的谈心谈话 ${Date.now()}`;

  await mentor.context().setOffline(true);
  const occurredAt = yesterdayAt('09:30');
  await form.typeOccurredAt(occurredAt);
  await form.topics.fill(topics);
  await form.submitButton.click();
  await expect(form.pending).toBeInViewport();
  await expect(outboxBadge(mentor)).toContainText('1');
  await expect(mentor.getByText(/Network|Failed to fetch/)).toHaveCount(0);

  // The server stays unreachable for this record while the page reloads.
  await mentor.route('**/graphql', (route) =>
    (route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'RecordTalk'
      ? route.abort('internetdisconnected')
      : route.continue(),
  );
  await mentor.context().setOffline(false);
  await mentor.reload();
  await expect(form.form).toBeVisible();
  await expect(form.topics).toHaveValue(topics);
  await expect(form.form.getByTestId('talk-occurred-at')).toHaveValue(occurredAt);
  await expect(form.pending).toBeVisible();
  await expect(outboxBadge(mentor)).toContainText('1');
  await expect(mentor.getByText(/Network|Failed to fetch/)).toHaveCount(0);

  // Reachable again: the sender's next retry records it, once.
  await mentor.unroute('**/graphql');
  await expect(mentor).toHaveURL(/\/talks\/\d+$/, { timeout: 40_000 });
  await expect(mentor.getByTestId('talk-detail')).toContainText(topics);
  await expect(mentor.getByTestId('talk-detail')).toContainText(occurredAt);
  await expect(toasts(mentor, '待发送的谈话记录已提交')).toHaveCount(1);
  await expect(outboxBadge(mentor)).toHaveCount(0);
  await mentor.goto('/talks');
  await expect(mentor.getByTestId('talk-list').getByText(topics)).toHaveCount(1);
});
