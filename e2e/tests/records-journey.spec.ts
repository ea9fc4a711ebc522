import { expect, test } from '@playwright/test';
import { overflowX, phone } from '../pom/device.js';
import { officerOnPhone } from '../pom/home-pages.js';
import { VisitListPage } from '../pom/visit-list-page.js';

// The records lists on a phone (issue 9): a mentor logs a visit from the visits list by picking
// one of their live pairings; the list is searched by the mentee's name; a secretary, who cannot
// log visits, gets no such button. Nothing is written: the demo pairings stay as they are.

test('a mentor opens 记录走访 from the visits list, choosing among their active pairings', async ({ browser }) => {
  test.slow();
  const { name: menteeName } = await officerOnPhone(browser);

  const mentor = await phone(browser, 'mentor');
  const list = new VisitListPage(mentor);
  await list.goto();
  expect(await overflowX(mentor)).toBe(0);

  await list.logVisit.click();
  await expect(list.chooser).toBeVisible();
  const choice = list.pairingButton(menteeName);
  await expect(choice).toBeVisible();
  const pairingId = (await choice.getAttribute('data-testid'))!.replace('visit-new-pairing-', '');
  await choice.click();
  await expect(mentor).toHaveURL(new RegExp(`/visits/new\\?pairingId=${pairingId}$`));
  await expect(mentor.getByTestId('log-visit-form')).toBeVisible();

  // Back on the list: the search finds the mentee's visits and nothing else.
  await list.goto();
  await list.search.fill(menteeName);
  // The list follows once typing pauses: wait for rows that all name the mentee.
  await expect
    .poll(async () => {
      const names = await list.rows().locator('strong').allTextContents();
      return names.length > 0 && names.every((n) => n.includes(menteeName));
    })
    .toBe(true);
  await list.search.fill('无此帮扶对象');
  await expect(list.rows()).toHaveCount(0);
  expect(await overflowX(mentor)).toBe(0);
});

test('a secretary sees the visits list, labelled filters and all, without 记录走访', async ({ browser }) => {
  const secretary = await phone(browser, 'secretary');
  const list = new VisitListPage(secretary);
  await list.goto();
  await expect(secretary.getByLabel('确认状态')).toBeVisible();
  await expect(list.search).toBeVisible();
  await expect(list.logVisit).toHaveCount(0);
  expect(await overflowX(secretary)).toBe(0);
});
