import { expect, test } from '@playwright/test';
import { overflowX, phone } from '../pom/device.js';
import { MentorHomePage, officerOnPhone } from '../pom/home-pages.js';
import { LogVisitForm } from '../pom/record-forms.js';

// The mentor's journey (issue 5), on a phone: `mentor` logs a home visit with a new action item
// and closes an older one; `officer` acknowledges it; the visit is then read-only for `mentor`;
// `mentor2` never sees it. And the draft of the form survives a reload and a dropped connection.

test('a mentor logs a home visit on a phone; the officer acknowledges it; it locks; mentor2 never sees it', async ({
  browser,
}) => {
  // Four accounts and a dozen screens: more than one test's worth of time on a busy machine.
  test.slow();
  const { page: officer, name: menteeName } = await officerOnPhone(browser);
  const mentor = await phone(browser, 'mentor');
  const home = new MentorHomePage(mentor);
  await home.goto();
  const card = home.card(menteeName);
  await expect(card).toBeVisible();
  const pairingId = await home.pairingIdOf(menteeName);

  // An earlier follow-up visit leaves an open item to be closed by the next one.
  await home.logVisit(menteeName, pairingId).click();
  const form = new LogVisitForm(mentor);
  await expect(form.form).toBeVisible();
  await form.form.getByTestId('visit-kind-FOLLOW_UP').click();
  await form.form.getByTestId('visit-summary').fill('回访教育：了解整改进展');
  await form.addItem('每周提交一次学习心得');
  await form.submit();
  await home.goto();
  const older = home.card(menteeName).getByText('每周提交一次学习心得');
  await expect(older).toBeVisible();

  // The home visit: one tap from the mentee's card.
  await home.logVisit(menteeName, pairingId).click();
  await expect(mentor).toHaveURL(new RegExp(`/visits/new\\?pairingId=${pairingId}$`));
  await form.form.getByTestId('visit-kind-HOME_VISIT').click();
  await form.form.getByTestId('visit-location').fill('家中');
  await form.form.getByTestId('visit-summary').fill('上门走访：与家属交流，了解思想动态');
  await form.form.getByTestId('visit-observations').fill('情绪稳定，工作积极');
  await form.form.getByTestId('visit-confidential').fill('家庭经济困难，需关注');
  await form.form.getByTestId('visit-open-items').getByText('每周提交一次学习心得').click();
  await form.addItem('按时参加支部组织生活');
  expect(await overflowX(mentor)).toBe(0);
  const visitId = await form.submit();

  const detail = mentor.getByTestId('visit-detail');
  await expect(detail).toHaveAttribute('data-locked', 'false');
  await expect(detail.getByTestId('visit-confidential-notes')).toContainText('家庭经济困难');
  await expect(detail.getByTestId('visit-edit')).toBeVisible();
  await home.goto();
  await expect(home.card(menteeName).getByText('每周提交一次学习心得')).toHaveCount(0);
  await expect(home.card(menteeName).getByText('按时参加支部组织生活')).toBeVisible();

  // The officer signs it with a comment, never seeing the confidential notes.
  await officer.reload();
  const toAck = officer.getByTestId(`ack-item-${visitId}`);
  await expect(toAck).toContainText('上门走访：与家属交流');
  await expect(officer.getByText('家庭经济困难')).toHaveCount(0);
  await expect(officer.getByTestId('officer-items')).toContainText('按时参加支部组织生活');
  await officer.getByTestId(`ack-comment-${visitId}`).fill('情况属实');
  // Signing cannot be undone: the tap asks first, repeating what is being signed.
  await officer.getByTestId(`ack-visit-${visitId}`).click();
  const confirm = officer.getByTestId(`ack-dialog-${visitId}`);
  await expect(confirm).toContainText('上门走访');
  await expect(confirm).toContainText('上门走访：与家属交流，了解思想动态');
  await expect(confirm).toContainText('情况属实');
  await expect(toAck).toBeVisible();
  await officer.getByTestId(`ack-confirm-${visitId}`).click();
  await expect(toAck).toHaveCount(0);
  await officer.goto(`/visits/${visitId}`);
  await expect(officer.getByTestId('visit-acknowledged')).toBeVisible();
  await expect(officer.getByTestId('visit-confidential-notes')).toHaveCount(0);

  // Now read-only for the mentor.
  await mentor.goto(`/visits/${visitId}`);
  await expect(detail).toHaveAttribute('data-locked', 'true');
  await expect(detail.getByTestId('visit-locked')).toBeVisible();
  await expect(detail.getByTestId('visit-edit')).toHaveCount(0);
  await mentor.goto(`/visits/${visitId}/edit`);
  await expect(mentor.getByTestId('visit-edit-locked')).toBeVisible();

  // The other branch's mentor: not in the list, not by address.
  const mentor2 = await phone(browser, 'mentor2');
  await mentor2.goto('/visits');
  await expect(mentor2.getByTestId('visit-list')).toBeVisible();
  await expect(mentor2.getByTestId('visit-total')).toBeVisible();
  await expect(mentor2.getByTestId(`visit-row-${visitId}`)).toHaveCount(0);
  await mentor2.goto(`/visits/${visitId}`);
  await expect(mentor2.getByTestId('visit-not-found')).toBeVisible();
});

test('the visit draft survives a reload, and a visit submitted offline is sent when the connection returns', async ({
  browser,
}) => {
  test.slow();
  const { name: menteeName } = await officerOnPhone(browser);
  const mentor = await phone(browser, 'mentor');
  const home = new MentorHomePage(mentor);
  await home.goto();
  const pairingId = await home.pairingIdOf(menteeName);
  await home.logVisit(menteeName, pairingId).click();

  const form = new LogVisitForm(mentor);
  await form.form.getByTestId('visit-kind-INDIVIDUAL_TALK').click();
  await form.form.getByTestId('visit-summary').fill('个别谈话：草稿内容不能丢');
  await form.form.getByTestId('visit-location').fill('所内谈话室');
  await mentor.reload();
  await expect(form.form.getByTestId('visit-draft-restored')).toBeVisible();
  await expect(form.form.getByTestId('visit-summary')).toHaveValue('个别谈话：草稿内容不能丢');
  await expect(form.form.getByTestId('visit-location')).toHaveValue('所内谈话室');
  await expect(form.form.locator('input[name="kind"][value="INDIVIDUAL_TALK"]')).toBeChecked();

  // The connection drops: the submission waits, visibly, and goes out once the browser is online.
  await mentor.context().setOffline(true);
  await form.form.getByTestId('visit-submit').click();
  await expect(form.form.getByTestId('visit-submit-pending')).toBeVisible();
  await expect(form.form.getByTestId('visit-submit')).toBeDisabled();
  await expect(mentor.getByTestId('outbox-badge')).toContainText('1');
  await mentor.context().setOffline(false);
  await expect(mentor).toHaveURL(/\/visits\/\d+$/);
  await expect(mentor.getByTestId('visit-summary-text')).toHaveText('个别谈话：草稿内容不能丢');

  // Sent once, and the draft is gone: a new form starts empty.
  await mentor.goto(`/visits/new?pairingId=${pairingId}`);
  await expect(form.form).toBeVisible();
  await expect(form.form.getByTestId('visit-summary')).toHaveValue('');
  await expect(form.form.getByTestId('visit-draft-restored')).toHaveCount(0);
  await mentor.goto('/visits');
  await expect(mentor.getByTestId('visit-list').getByText('个别谈话：草稿内容不能丢')).toHaveCount(1);
});
