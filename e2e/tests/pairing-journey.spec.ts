import { expect, test } from '@playwright/test';
import { AppShell } from '../pom/app-shell.js';
import { CreatePairingPage, PairingDetailView } from '../pom/pairing-pages.js';
import { authFile } from '../setup/accounts.js';

// The secretary's journey (issue 4): pair a flagged, unpaired officer of branch A with the demo
// mentor as lead and a supporting member ("1+X") through the portal; the mentor finds the pair on
// their home page and in their list; the other branch's secretary cannot find it; the secretary
// submits it for review.

test('a secretary pairs a flagged officer "1+X"; the mentor sees it, the other branch does not; it goes to review', async ({
  browser,
}) => {
  // Three people and a dozen round trips: a long journey on a two-core machine.
  test.slow();
  const secretary = await browser.newPage({ storageState: authFile('secretary') });
  await new AppShell(secretary).gotoHome('secretary');

  // The home page lists officers flagged but not yet paired, each with a "create pairing" action.
  const flagged = secretary.getByTestId('home-flagged').getByTestId('flagged-officer').first();
  await expect(flagged).toBeVisible();
  const mentee = (await flagged.getAttribute('data-name'))!;
  await flagged.getByTestId('flagged-create-pairing').click();
  await expect(secretary).toHaveURL(/\/pairings\/new\?mentee=\d+$/);

  const form = new CreatePairingPage(secretary);
  await expect(form.form.getByTestId('field-mentee')).toContainText(mentee);
  await form.fillAndSave({
    lead: { search: 'zwd', name: '张卫东' },
    supportSearch: '',
    goals: '帮助其正确认识问题，放下思想包袱，按时到岗',
  });

  const detail = new PairingDetailView(secretary);
  await expect(detail.root).toBeVisible();
  await expect(secretary).toHaveURL(/\/pairings\/\d+$/);
  const pairingUrl = new URL(secretary.url()).pathname;
  const pairingId = pairingUrl.split('/').pop()!;
  await expect(detail.root.getByTestId('pairing-mentee')).toHaveText(mentee);
  await expect(detail.root.getByTestId('pairing-type')).toHaveAttribute('data-type', 'ONE_PLUS_X');
  await expect(detail.root.getByTestId('pairing-status')).toHaveAttribute('data-status', 'ACTIVE');
  await expect(detail.root.getByTestId('pairing-mentors')).toContainText('张卫东');
  await expect(detail.root.getByTestId('timeline-entry').first()).toHaveAttribute('data-type', 'created');

  // The lead mentor finds the new pair on their home page and in their list.
  const mentor = await browser.newPage({ storageState: authFile('mentor') });
  await new AppShell(mentor).gotoHome('mentor');
  await expect(mentor.getByTestId(`mentee-card-${pairingId}`)).toContainText(mentee);
  await mentor.goto('/pairings');
  await expect(mentor.locator(`[data-testid="pairing-row"][data-pairing-id="${pairingId}"]`)).toBeVisible();
  // A mentor reads the pairing but may not run it.
  await mentor.goto(pairingUrl);
  await expect(mentor.getByTestId('pairing-detail')).toBeVisible();
  await expect(mentor.getByTestId('pairing-actions')).toHaveCount(0);

  // Branch B's secretary finds nothing: not in the list, not by address.
  const secretary2 = await browser.newPage({ storageState: authFile('secretary2') });
  await secretary2.goto(`/pairings?q=${encodeURIComponent(mentee)}`);
  await expect(secretary2.getByTestId('pairings-empty')).toBeVisible();
  await secretary2.goto(pairingUrl);
  await expect(secretary2.getByTestId('pairing-not-found')).toBeVisible();

  // The secretary hands it in for review.
  await detail.submitForReview('思想稳定，主动汇报，工作积极性明显提高');
  await expect(detail.root.getByTestId('pairing-status')).toHaveAttribute('data-status', 'IN_REVIEW');
  await expect(detail.root.getByTestId('action-submit')).toHaveCount(0);
  await expect(detail.root.getByTestId('timeline-entry').first()).toHaveAttribute('data-type', 'submitted');
  // …and it waits for the committee on the home page.
  await new AppShell(secretary).gotoHome('secretary');
  await expect(
    secretary.getByTestId('home-in-review').locator(`[data-testid="pairing-row"][data-pairing-id="${pairingId}"]`),
  ).toBeVisible();

  await Promise.all([secretary.close(), mentor.close(), secretary2.close()]);
});

test('the pairing list, form and detail fit a 375 px phone', async ({ browser }) => {
  test.slow();
  const page = await browser.newPage({ storageState: authFile('secretary'), viewport: { width: 375, height: 740 } });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  await page.goto('/pairings');
  const row = page.getByTestId('pairing-row').first();
  await expect(row).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);

  await row.getByTestId('pairing-link').click();
  await expect(page.getByTestId('pairing-detail')).toBeVisible();
  await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.goto('/pairings/new');
  await expect(page.getByTestId('pairing-form')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.close();
});
