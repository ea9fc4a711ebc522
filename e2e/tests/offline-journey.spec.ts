import { expect, test } from '@playwright/test';
import { authFile } from '../setup/accounts.js';
import { overflowX } from '../pom/device.js';
import { MentorHomePage } from '../pom/home-pages.js';
import { gql, OfflinePhone } from '../pom/offline-device.js';
import { LogVisitForm, mentorsMentee, outboxBadge, TalkForm, toasts } from '../pom/record-forms.js';

// Issue 16: the portal in the field with no signal, on a 375×812 phone whose browser keeps its
// profile. The mentor opens the portal once online; offline, a reload still shows the app and
// their pairings from the device; a visit (with an action item) and a talk logged offline survive
// the browser being closed and reopened, still offline, and are sent once each when the connection
// returns, and the officer sees them.

test('offline: the portal opens from the device, a visit and a talk wait across a browser restart, and are sent once each', async ({
  browser,
  launchOptions,
  baseURL,
  playwright,
}) => {
  test.slow();
  const { name, officerId, pairingId } = await mentorsMentee(browser);
  const phone = new OfflinePhone({ browserType: playwright.chromium, launchOptions, baseURL: baseURL! });
  const page = await phone.open();
  await phone.logIn('mentor');
  const home = new MentorHomePage(page);
  await expect(home.card(name)).toBeVisible();
  await phone.waitForServiceWorker();
  // The home page fetched what the forms need, so both open offline though never opened here.
  await expect
    .poll(() => phone.keptAnswers())
    .toEqual(
      expect.arrayContaining([
        `LogVisitPairing {"id":"${pairingId}"}`,
        `OfficerById {"id":"${officerId}"}`,
        `TalkeePairings {"menteeId":"${officerId}"}`,
        'TalkeeOptions {"search":null}',
      ]),
    );

  // No signal: a reload still shows the app and the pairings, and says how old the data is.
  await phone.context.setOffline(true);
  await page.reload();
  await expect(home.card(name)).toBeVisible();
  await expect(home.card(name).getByTestId('mentee-open-items')).toBeVisible();
  const indicator = page.getByTestId('offline-indicator');
  await expect(indicator).toHaveText(/^离线 · 数据更新于 \d{2}:\d{2}$/);
  expect(await overflowX(page)).toBe(0);

  const stamp = Date.now();
  const summary = `断网时记录的走访 ${stamp}`;
  const item = `断网时布置的整改事项 ${stamp}`;
  const topics = `断网时记录的谈心谈话 ${stamp}`;
  await home.logVisit(name, pairingId).click();
  const visit = new LogVisitForm(page);
  await expect(visit.form).toBeVisible();
  await visit.field('summary').fill(summary);
  await visit.addItem(item);
  await visit.submitButton.click();
  await expect(visit.pending).toBeVisible();

  await page.goBack();
  await home.card(name).getByTestId(`record-talk-${pairingId}`).click();
  const talk = new TalkForm(page);
  await expect(talk.form).toContainText(name);
  await talk.topics.fill(topics);
  await talk.submitButton.click();
  await expect(talk.pending).toBeVisible();
  await expect(outboxBadge(page)).toContainText('2');
  await expect.poll(() => phone.storedOutbox('mentor')).toHaveLength(2);

  // The browser is closed and opened again, still with no signal.
  await phone.close();
  const reopened = await phone.open({ offline: true });
  await reopened.goto('/');
  await expect(new MentorHomePage(reopened).card(name)).toBeVisible();
  await expect(reopened.getByTestId('offline-indicator')).toBeVisible();
  await expect(outboxBadge(reopened)).toContainText('2');
  await expect(reopened.getByTestId('visit-outbox-pending')).toBeVisible();

  // Back online: both are sent, once each, with one toast each.
  await phone.context.setOffline(false);
  await expect(toasts(reopened, '待发送的走访记录已提交')).toHaveCount(1);
  await expect(toasts(reopened, '待发送的谈话记录已提交')).toHaveCount(1);
  await expect(outboxBadge(reopened)).toHaveCount(0);
  await expect(reopened.getByTestId('offline-indicator')).toHaveCount(0);
  expect(await phone.storedOutbox('mentor')).toEqual([]);
  await phone.discard();

  // The officer (the mentee) sees the visit, its action item, and the talk: each exactly once.
  const officer = await playwright.request.newContext({ baseURL, storageState: authFile('officer') });
  const seen = await gql<{
    visits: { edges: { node: { summary: string; actionItems: { description: string }[] } }[] };
    talks: { edges: { node: { topics: string } }[] };
  }>(
    officer,
    `{ visits(first: 100) { edges { node { summary actionItems { description } } } }
       talks(first: 100) { edges { node { topics } } } }`,
  );
  const visits = seen.visits.edges.filter((e) => e.node.summary === summary);
  expect(visits).toHaveLength(1);
  expect(visits[0].node.actionItems.map((i) => i.description)).toEqual([item]);
  expect(seen.talks.edges.filter((e) => e.node.topics === topics)).toHaveLength(1);
  await officer.dispose();
});
