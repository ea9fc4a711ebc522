import { expect, request as playwrightRequest, test } from '@playwright/test';
import { CommitteeDashboard, ReviewPage } from '../pom/review-pages.js';
import { authFile } from '../setup/accounts.js';

// The committee's journey (issue 6): a secretary hands a pairing in for review, the committee
// extends it with a new end date, the pairing is active again with the review in its timeline, and
// the committee's dashboard moves with it.

/** An ACTIVE pairing of the secretary's branch, found through the API with the secretary's session. */
async function activePairingOf(baseURL: string, username: string): Promise<{ id: string; mentee: string }> {
  const api = await playwrightRequest.newContext({ baseURL, storageState: authFile(username) });
  const res = await api.post('/graphql', {
    data: {
      query: `{ me { officer { id } } pairings(filter: { status: [ACTIVE] }, first: 100, orderBy: START_DATE) {
        edges { node { id mentee { id name } } } } }`,
    },
  });
  const body = (await res.json()) as {
    data: {
      me: { officer: { id: string } };
      pairings: { edges: { node: { id: string; mentee: { name: string } } }[] };
    };
  };
  await api.dispose();
  const nodes = body.data.pairings.edges.map((e) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  // The newest pairing: the demo accounts' own pairings are left to the journeys that log contacts on them.
  return { id: nodes[0].id, mentee: nodes[0].mentee.name };
}

test('a secretary submits a pairing; the committee extends it; the pairing is active again and the dashboard follows', async ({
  browser,
  baseURL,
}) => {
  // Two sessions, seven page loads and a review: more than the default budget on a busy machine.
  test.setTimeout(180_000);
  const pairing = await activePairingOf(baseURL!, 'secretary');
  const committee = await browser.newPage({ storageState: authFile('committee') });
  const secretary = await browser.newPage({ storageState: authFile('secretary') });
  const dashboard = new CommitteeDashboard(committee);

  await test.step('the committee reads the bureau’s figures', async () => {
    await dashboard.goto();
  });
  const active = await dashboard.figure('kpi-active');
  const inReview = await dashboard.figure('kpi-in-review');

  await test.step('the secretary hands the pairing in with a summary', async () => {
    await secretary.goto(`/pairings/${pairing.id}`);
    await expect(secretary.getByTestId('pairing-detail')).toHaveAttribute('data-status', 'ACTIVE');
    await secretary.getByTestId('action-submit').click();
    await secretary.getByTestId('submit-text').fill('帮扶对象思想稳定，整改事项已落实，提请评估。');
    await secretary.getByTestId('submit-confirm').click();
    await expect(secretary.getByTestId('pairing-detail')).toHaveAttribute('data-status', 'IN_REVIEW');
  });

  await test.step('the dashboard counts one more pairing in review', async () => {
    await dashboard.goto();
    await dashboard.expectFigure('kpi-in-review', inReview + 1);
    await dashboard.expectFigure('kpi-active', active - 1);
  });

  const newEnd = new Date(Date.now() + 120 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await test.step('the committee’s to-do page lists it for review', async () => {
    await committee.goto('/');
    await expect(committee.getByTestId('committee-home').getByTestId(`review-queue-item-${pairing.id}`)).toContainText(
      pairing.mentee,
    );
  });

  await test.step('the committee finds it in the queue and extends it with a new end date', async () => {
    await committee.goto('/reviews');
    const item = committee.getByTestId(`review-queue-item-${pairing.id}`);
    await expect(item).toContainText(pairing.mentee);
    await item.click();
    const page = new ReviewPage(committee);
    await expect(page.root).toHaveAttribute('data-status', 'IN_REVIEW');
    await expect(committee.getByTestId('evidence-summary')).toContainText('整改事项已落实');
    await expect(committee.getByTestId('pairing-timeline')).toBeVisible();
    // Extending needs comments: the field says so before anything is sent.
    await page.form.getByTestId('review-decision-EXTEND').click();
    await page.form.getByTestId('review-submit').click();
    await expect(page.form.locator('.ant-form-item-explain-error').first()).toBeVisible();
    await page.review({
      rating: 'IMPROVED',
      decision: 'EXTEND',
      comments: '有进步，延长帮扶期巩固成效。',
      newPlannedEndDate: newEnd,
    });
    await expect(committee).toHaveURL(/\/reviews$/);
    await expect(committee.getByTestId(`review-queue-item-${pairing.id}`)).toHaveCount(0);
  });

  await test.step('the pairing is active again, with the new end date and the review in its timeline', async () => {
    await committee.goto(`/reviews/${pairing.id}`);
    const page = new ReviewPage(committee);
    await expect(page.root).toHaveAttribute('data-status', 'ACTIVE');
    await expect(committee.getByTestId('review-period')).toContainText(newEnd);
    await expect(committee.locator('[data-testid="timeline-entry-REVIEW"][data-type="EXTEND"]')).toHaveCount(1);
    await expect(committee.getByTestId('review-history-item').first()).toHaveAttribute('data-decision', 'EXTEND');
    await expect(page.form).toHaveCount(0);

    await secretary.goto(`/pairings/${pairing.id}`);
    await expect(secretary.getByTestId('pairing-detail')).toHaveAttribute('data-status', 'ACTIVE');
  });

  await test.step('the dashboard counts it as active again', async () => {
    await dashboard.goto();
    await dashboard.expectFigure('kpi-in-review', inReview);
    await dashboard.expectFigure('kpi-active', active);
  });

  await committee.close();
  await secretary.close();
});

test('the committee drills down from the bureau into a branch', async ({ browser }) => {
  const page = await browser.newPage({ storageState: authFile('committee') });
  const dashboard = new CommitteeDashboard(page);
  await dashboard.goto();
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-branch', 'bureau');
  const firstRow = page.locator('[data-testid^="branch-row-"]').first();
  const branchId = (await firstRow.getAttribute('data-testid'))!.replace('branch-row-', '');
  await firstRow.click();
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-branch', branchId);
  await expect(page.locator('[data-testid^="branch-row-"]')).toHaveCount(1);
  // The drill-down is in the address: it can be shared, and the browser's Back returns.
  await expect(page).toHaveURL(new RegExp(`[?&]branch=${branchId}(&|$)`));
  await page.goBack();
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-branch', 'bureau');
  await page.goForward();
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-branch', branchId);
  await page.getByTestId('dashboard-back').click();
  await expect(page.getByTestId('dashboard')).toHaveAttribute('data-branch', 'bureau');
  await page.close();
});

test('a secretary exports the branch ledger and the file downloads', async ({ browser }) => {
  const page = await browser.newPage({ storageState: authFile('secretary'), acceptDownloads: true });
  await page.goto('/ledger');
  await expect(page.getByTestId('ledger-export')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('ledger-submit').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^台账_.+\.xlsx$/);
  await expect(page.getByTestId('ledger-status')).toHaveAttribute('data-phase', 'done');

  // A date typed into the picker and confirmed with Enter: the file's period is the one on screen
  // (the browser submits the form on that Enter, before the picker has committed the range).
  const [from, to] = [page.locator('.ant-picker-range input').first(), page.locator('.ant-picker-range input').nth(1)];
  await from.click();
  await from.fill('2026-01-01');
  const typed = page.waitForEvent('download');
  await from.press('Enter');
  const name = (await typed).suggestedFilename();
  await expect(from).toHaveValue('2026-01-01');
  expect(name).toMatch(new RegExp(`_2026-01-01_${await to.inputValue()}\\.xlsx$`));
  await page.close();
});
