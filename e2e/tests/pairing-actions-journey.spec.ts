import { expect, test } from '@playwright/test';
import { AppShell } from '../pom/app-shell.js';
import { overflowX, phone } from '../pom/device.js';
import { PairingDetailView, PairingsListPage } from '../pom/pairing-pages.js';

// Issue 9 on the pairing page, on a phone: a mentor records a visit or a talk from the pairing
// itself (not only from the home cards), and an officer who is only a mentee opens 结对帮扶 straight
// onto their own pairing. Nothing here writes: the forms are opened, not submitted.

test('a mentor opens a pairing from the list and goes from it to the visit form and the talk form', async ({
  browser,
}) => {
  test.slow();
  const page = await phone(browser, 'mentor');
  const list = new PairingsListPage(page);
  await list.goto();
  const row = list.withStatus('ACTIVE').first();
  await expect(row).toBeVisible();
  const pairingId = (await row.getAttribute('data-pairing-id'))!;
  expect(await overflowX(page)).toBeLessThanOrEqual(0);

  // The whole row opens the pairing, not only the name.
  await row.getByTestId('pairing-status').click();
  await expect(page).toHaveURL(new RegExp(`/pairings/${pairingId}$`));
  const detail = new PairingDetailView(page);
  expect(await detail.pairingId()).toBe(pairingId);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);

  await expect(detail.logVisit).toHaveText('记录走访');
  await detail.logVisit.click();
  await expect(page).toHaveURL(new RegExp(`/visits/new\\?pairingId=${pairingId}$`));
  await expect(page.getByTestId('log-visit-form')).toBeVisible();

  await page.goBack();
  await expect(detail.root).toBeVisible();
  await expect(detail.recordTalk).toHaveText('记录谈话');
  await detail.recordTalk.click();
  await expect(page).toHaveURL(new RegExp(`/talks/new\\?pairingId=${pairingId}&talkeeId=\\d+$`));
  await expect(page.getByTestId('talk-form')).toBeVisible();
  await page.context().close();
});

test('an officer who is only a mentee opens 结对帮扶 onto their own pairing', async ({ browser }) => {
  const page = await phone(browser, 'officer');
  await page.goto('/');
  await expect(new AppShell(page).home('officer')).toBeVisible();
  await new AppShell(page).openSection('pairings');
  await expect(page).toHaveURL(/\/pairings$/);
  const detail = new PairingDetailView(page);
  await expect(detail.root).toBeVisible();
  await expect(page.getByTestId('pairings-search')).toHaveCount(0);
  // Their own pairing offers them no recording (mentors and cadres record).
  await expect(detail.logVisit).toHaveCount(0);
  await expect(detail.recordTalk).toHaveCount(0);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await page.context().close();
});

test('the committee’s list names each row’s branch and still fits a phone', async ({ browser }) => {
  const page = await phone(browser, 'committee');
  const list = new PairingsListPage(page);
  await list.goto();
  await expect(list.rows.first()).toBeVisible();
  await expect(list.rows.first().getByTestId('pairing-branch')).not.toBeEmpty();
  // Live pairings only, unless a closed status is picked.
  await expect(list.withStatus('CONCLUDED')).toHaveCount(0);
  await expect(list.withStatus('CANCELLED')).toHaveCount(0);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await page.context().close();
});
