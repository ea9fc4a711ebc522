import { expect, test } from '@playwright/test';
import { authFile } from '../setup/accounts.js';
import { MentorHomePage } from '../pom/home-pages.js';
import { gql, OfflinePhone } from '../pom/offline-device.js';
import { LogVisitForm, outboxBadge, toasts } from '../pom/record-forms.js';

// Issue 16: a visit logged offline for a pairing that the secretary cancels before the phone is
// back online is refused by the server. It is never dropped: it comes back as a draft with the
// reason, at the form, in the header, and after a reload (IndexedDB), until the mentor discards it.

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

test('offline: a visit refused when sent (its pairing was cancelled meanwhile) comes back as a draft with the reason', async ({
  launchOptions,
  baseURL,
  playwright,
}) => {
  test.slow();
  // A pairing of its own, so that cancelling it leaves the demo pairings to the other journeys.
  const secretary = await playwright.request.newContext({ baseURL, storageState: authFile('secretary') });
  const mentorApi = await playwright.request.newContext({ baseURL, storageState: authFile('mentor') });
  const { me } = await gql<{ me: { id: string } }>(mentorApi, '{ me { id } }');
  await mentorApi.dispose();
  const { officers } = await gql<{ officers: { edges: { node: { id: string; name: string } }[] } }>(
    secretary,
    '{ officers(first: 100) { edges { node { id name } } } }',
  );
  let pairing: { id: string; mentee: string } | null = null;
  for (const { node } of officers.edges) {
    if (node.id === me.id || pairing) continue;
    const res = await secretary.post('/graphql', {
      data: {
        query: 'mutation ($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } } }',
        variables: {
          input: {
            menteeId: node.id,
            leadMentorId: me.id,
            reason: 'WELLBEING',
            goals: '离线退回旅程的结对',
            startDate: day(0),
            plannedEndDate: day(180),
          },
        },
      },
    });
    const body = (await res.json()) as { data?: { createPairing: { pairing: { id: string } } } };
    // An officer already paired (or otherwise not pairable) is refused; try the next one.
    if (body.data) pairing = { id: body.data.createPairing.pairing.id, mentee: node.name };
  }
  expect(pairing).not.toBeNull();
  const { id: pairingId, mentee } = pairing!;

  const phone = new OfflinePhone({ browserType: playwright.chromium, launchOptions, baseURL: baseURL! });
  const page = await phone.open();
  await phone.logIn('mentor');
  const home = new MentorHomePage(page);
  await expect(home.card(mentee)).toBeVisible();
  await phone.waitForServiceWorker();
  await expect.poll(() => phone.keptAnswers()).toContain(`LogVisitPairing {"id":"${pairingId}"}`);

  await phone.context.setOffline(true);
  await home.logVisit(mentee, pairingId).click();
  const form = new LogVisitForm(page);
  await expect(form.form).toBeVisible();
  const summary = `结对取消前离线记录的走访 ${Date.now()}`;
  await form.field('summary').fill(summary);
  await form.submitButton.click();
  await expect(form.pending).toBeVisible();

  // Meanwhile the secretary cancels the pairing.
  await gql(secretary, 'mutation ($id: ID!) { cancelPairing(id: $id, reason: "离线退回旅程") { id } }', {
    id: pairingId,
  });
  await secretary.dispose();

  // Back online: the server refuses it; the form says why and keeps what was typed.
  await phone.context.setOffline(false);
  await expect(toasts(page, '待发送的走访记录未能提交')).toHaveCount(1);
  const returned = form.form.getByTestId('visit-returned');
  await expect(returned).toContainText('结对不在进行中');
  await expect(form.pending).toHaveCount(0);
  await expect(form.field('summary')).toHaveValue(summary);
  await expect(outboxBadge(page)).toHaveAttribute('data-returned', '1');
  await outboxBadge(page).click();
  await expect(page.getByTestId('outbox-returned-item')).toContainText('结对不在进行中');
  expect(await phone.storedOutbox('mentor')).toEqual([]);
  await expect.poll(() => phone.storedReturned('mentor')).toHaveLength(1);

  // A reload (the pairing is no longer active, so no form): the reason and the text are still there.
  await page.reload();
  await expect(page.getByTestId('log-visit-not-active')).toBeVisible();
  await expect(page.getByTestId('visit-returned')).toContainText('结对不在进行中');
  await expect(page.getByTestId('visit-returned-content')).toContainText(summary);

  // Only the mentor's decision drops it.
  await page.getByTestId('visit-returned-discard').click();
  await expect(page.getByTestId('visit-returned')).toHaveCount(0);
  await expect(outboxBadge(page)).toHaveCount(0);
  await expect.poll(() => phone.storedReturned('mentor')).toEqual([]);
  await phone.discard();
});
