import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { overflowX, phone } from '../pom/device.js';
import { ForumForm, ProblemPage } from '../pom/forum-pages.js';
import { mentorsMentee } from '../pom/record-forms.js';
import { CommitteeDashboard } from '../pom/review-pages.js';
import { authFile } from '../setup/accounts.js';

// The forum journey (issue 14), on a phone: `secretary` records a forum of their branch with three
// attendees, one of them `officer` (the mentee of `mentor`'s live pairing), and two problems raised
// at it, one fixed on the spot (即知即改). `mentor` sees the forum as a contact on the pairing;
// `mentor`, the owner of the other problem, closes it (销号); the committee's figures move.

interface Person {
  id: string;
  name: string;
  nameInitials: string;
}

async function api(baseURL: string, username: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: authFile(username) });
}

async function gql<T>(ctx: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await ctx.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** What the secretary types to find someone: their pinyin initials, as the server indexes them. */
async function person(ctx: APIRequestContext, id: string): Promise<Person> {
  const { officer } = await gql<{ officer: Person }>(
    ctx,
    'query($id: ID!) { officer(id: $id) { id name nameInitials } }',
    {
      id,
    },
  );
  return officer;
}

test('a secretary records a forum with a mentee and two problems; the mentor sees the contact and closes a problem; the figures move', async ({
  browser,
  baseURL,
}) => {
  // Four accounts, a long form and a dozen screens on a busy machine.
  test.setTimeout(240_000);
  const mentee = await mentorsMentee(browser);
  const secretaryApi = await api(baseURL!, 'secretary');
  const mentorApi = await api(baseURL!, 'mentor');
  const { me: mentorMe } = await gql<{ me: { officer: { id: string } } }>(mentorApi, '{ me { officer { id } } }');
  const { me, officers } = await gql<{
    me: { branch: { id: string } };
    officers: { edges: { node: Person }[] };
  }>(
    secretaryApi,
    `{ me { branch { id } } officers(filter: { paired: false, isMentor: false }, first: 20) {
      edges { node { id name nameInitials } } } }`,
  );
  expect(me.branch.id).toBeTruthy();
  const menteePerson = await person(secretaryApi, mentee.officerId);
  const owner = await person(secretaryApi, mentorMe.officer.id);
  // Two more attendees whose initials pick them out among the first results.
  const others = officers.edges.map((e) => e.node).filter((o) => o.id !== mentee.officerId && o.nameInitials);
  expect(others.length).toBeGreaterThanOrEqual(2);
  await secretaryApi.dispose();
  await mentorApi.dispose();

  const committee = await browser.newPage({ storageState: authFile('committee') });
  const dashboard = new CommitteeDashboard(committee);
  await dashboard.goto();
  const before = {
    forums: await dashboard.figure('kpi-forums'),
    raised: await dashboard.figure('kpi-problems-raised'),
    fixed: await dashboard.figure('kpi-problems-fixed'),
    closed: await dashboard.figure('kpi-problems-closed'),
  };

  const secretary = await phone(browser, 'secretary');
  const form = new ForumForm(secretary);
  let forumId = '';
  await test.step('the secretary records the forum on a phone while it runs', async () => {
    await secretary.goto('/forums');
    await secretary.getByTestId('forum-new').click();
    await expect(form.form).toBeVisible();
    await form.form.getByTestId('forum-kind-GROUP').click();
    await form.form.getByTestId('forum-title').fill('派出所民警思想动态座谈会');
    await form.form.getByTestId('forum-place').fill('所会议室');
    for (const p of [menteePerson, others[0], others[1]]) await form.addAttendee(p.nameInitials, p.name);

    const fixed = await form.addProblem('值班备勤室空调损坏');
    await form.form.getByTestId(`forum-problem-fixed-${fixed}`).click();
    await expect(form.form.getByTestId(`forum-problem-${fixed}`)).toHaveAttribute('data-fixed', 'true');
    const open = await form.addProblem('辅警加班调休落实不到位');
    await form.ownProblem(open, owner.nameInitials, owner.name);
    await form.form.getByTestId('forum-minutes').fill('与会民警反映值班备勤和调休问题，当场解决一项。');
    expect(await overflowX(secretary)).toBe(0);
    forumId = await form.submit();
  });

  const detail = secretary.getByTestId('forum-detail');
  await expect(detail.getByTestId('forum-attendee')).toHaveCount(3);
  const problems = detail.locator('[data-testid^="forum-problem-row-"]');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: '值班备勤室空调损坏' })).toHaveAttribute('data-status', 'FIXED_ON_THE_SPOT');
  const openRow = problems.filter({ hasText: '辅警加班调休落实不到位' });
  await expect(openRow).toHaveAttribute('data-status', 'OPEN');
  await expect(openRow).toContainText(owner.name);
  const problemId = (await openRow.getAttribute('data-problem-id'))!;
  await secretary.goto('/forums');
  await expect(secretary.getByTestId(`forum-row-${forumId}`)).toContainText('派出所民警思想动态座谈会');

  await test.step('the mentor sees the forum as a contact on the pairing', async () => {
    const mentor = await phone(browser, 'mentor');
    await mentor.goto(`/pairings/${mentee.pairingId}`);
    // The forum is a FORUM contact of the pairing, as a visit would be; the mentor was not there, so
    // the contact is what they see, not the forum's minutes.
    const entry = mentor
      .locator('[data-testid="timeline-entry"][data-kind="VISIT"][data-type="FORUM"]')
      .filter({ hasText: '派出所民警思想动态座谈会' });
    await expect(entry).toHaveCount(1);
    await expect(mentor.getByTestId('pairing-last-contact')).toContainText('今天');
    await entry.getByTestId('timeline-forum-link').click();
    await expect(mentor).toHaveURL(/\/visits\/\d+$/);
    await expect(mentor.getByTestId('visit-summary-text')).toHaveText('派出所民警思想动态座谈会');
    await mentor.context().close();
  });

  await test.step('the owner closes the other problem', async () => {
    const mentor = await phone(browser, 'mentor');
    await mentor.goto('/problems');
    await mentor.getByTestId(`problem-row-${problemId}`).click();
    const page = new ProblemPage(mentor);
    await expect(page.root).toHaveAttribute('data-status', 'OPEN');
    await page.close('已协调排班，本月起落实调休');
    await expect(page.root.getByTestId('problem-history')).toContainText('已协调排班');
    expect(await overflowX(mentor)).toBe(0);
    await mentor.context().close();
  });

  await test.step('the committee dashboard counts the forum and its problems', async () => {
    await dashboard.goto();
    await dashboard.expectFigure('kpi-forums', before.forums + 1);
    await dashboard.expectFigure('kpi-problems-raised', before.raised + 2);
    await dashboard.expectFigure('kpi-problems-fixed', before.fixed + 1);
    await dashboard.expectFigure('kpi-problems-closed', before.closed + 1);
  });
});
