import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Forum } from '../src/modules/forums/forum.entity.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';
import { daysAgo, expectOk } from './visits-fixture.js';

// A forum (座谈会) is one record: its attendees, minutes and problems. Every attending mentee of a
// live pairing gets a FORUM contact on that pairing from it (last/next contact, timeline,
// acknowledgment), kept in step when the host edits the forum or marks attendance.

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

const CREATE = `mutation($input: CreateForumInput!) { createForum(input: $input) {
  id title version branch { id } host { id } attendeeCount presentCount editable locked hasConfidentialMinutes
  confidentialMinutes
  attendances { officer { id } present }
  problems { id status text anonymous raisedBy { id } ownerBranch { id } category { name } history { type } }
} }`;
const UPDATE = `mutation($input: UpdateForumInput!) { updateForum(input: $input) { id version occurredAt presentCount } }`;
const MARK = `mutation($input: MarkForumAttendanceInput!) { markForumAttendance(input: $input) { id version presentCount } }`;
const FORUM = `query($id: ID!) { forum(id: $id) { id title minutes confidentialMinutes hasConfidentialMinutes
  attendances { officer { id name } present } problems { id } } }`;
const PAIRING = `query($id: ID!) { pairing(id: $id) { id version lastContactAt nextContactDue
  visits { id kind summary forum { id title } editable acknowledgedAt }
  timeline { kind type summary } } }`;
const CATEGORIES = `{ problemCategories { id name position } }`;

async function branchOfficers(count: number): Promise<string[]> {
  const res = expectOk(await d.as.secretary.gql(`{ officers(first: 30) { edges { node { id } } } }`)) as {
    officers: { edges: { node: { id: string } }[] };
  };
  const skip = new Set([d.id.officer, d.id.secretary, d.id.mentor]);
  return res.officers.edges
    .map((e) => e.node.id)
    .filter((id) => !skip.has(id))
    .slice(0, count);
}

describe('forums', () => {
  let forumId = '';
  let categoryId = '';
  let others: string[] = [];

  it('lists the bureau’s seven problem categories', async () => {
    const { problemCategories } = expectOk(await d.as.secretary.gql(CATEGORIES));
    expect(problemCategories).toHaveLength(7);
    categoryId = problemCategories[0].id;
  });

  it('a secretary records a forum with attendees and two problems, one fixed on the spot', async () => {
    others = await branchOfficers(2);
    const before = expectOk(await d.as.mentor.gql(PAIRING, { id: d.pairingA })).pairing;
    const occurredAt = daysAgo(t.clock.now(), 0.1);
    const created = expectOk(
      await d.as.secretary.gql(CREATE, {
        input: {
          kind: 'ASSISTANCE',
          title: '结对帮扶座谈会',
          occurredAt,
          place: '所会议室',
          minutes: '大家畅所欲言',
          confidentialMinutes: '个别民警家庭困难',
          attendees: [{ officerId: d.id.officer }, { officerId: others[0] }, { officerId: others[1] }],
          problems: [
            { categoryId, text: '警车老化', raisedById: others[0], fixedOnTheSpot: true, resolution: '当场协调' },
            { categoryId, text: '加班调休难落实', anonymous: true },
          ],
        },
      }),
    ).createForum;
    forumId = created.id;
    expect(created).toMatchObject({
      attendeeCount: 3,
      presentCount: 3,
      editable: true,
      locked: false,
      host: { id: d.id.secretary },
      confidentialMinutes: '个别民警家庭困难',
    });
    expect(created.problems.map((p: any) => [p.status, p.anonymous, p.raisedBy?.id ?? null])).toEqual([
      ['FIXED_ON_THE_SPOT', false, others[0]],
      ['OPEN', true, null],
    ]);
    expect(created.problems[0].history.map((h: any) => h.type)).toEqual(['RAISED', 'FIXED_ON_THE_SPOT']);

    // The mentee's mentor sees the forum as a contact on the pairing.
    const after = expectOk(await d.as.mentor.gql(PAIRING, { id: d.pairingA })).pairing;
    // The mentor did not attend: the forum itself stays closed to them, its contact does not.
    const contact = after.visits.find((v: any) => v.kind === 'FORUM' && v.summary === '结对帮扶座谈会');
    expect(contact).toMatchObject({ forum: null, editable: false, acknowledgedAt: null });
    expect(new Date(after.lastContactAt).toISOString()).toBe(occurredAt);
    expect(after.version).toBe(before.version);
    expect(
      after.timeline.some((e: any) => e.kind === 'VISIT' && e.type === 'FORUM' && e.summary === '结对帮扶座谈会'),
    ).toBe(true);

    // The mentee acknowledges it like any visit.
    const ack = await d.as.officer.gql(`mutation($id: ID!) { acknowledgeVisit(id: $id) { id acknowledgedAt } }`, {
      id: contact.id,
    });
    expect(ack.errors).toBeUndefined();
  });

  it('shows the attendee the forum without the confidential minutes; the other branch sees nothing', async () => {
    const seen = expectOk(await d.as.officer.gql(FORUM, { id: forumId })).forum;
    expect(seen).toMatchObject({ minutes: '大家畅所欲言', confidentialMinutes: null, hasConfidentialMinutes: true });
    expect(expectOk(await d.as.secretary2.gql(FORUM, { id: forumId })).forum).toBeNull();
    expect(expectOk(await d.as.committee.gql(FORUM, { id: forumId })).forum.confidentialMinutes).toBe(
      '个别民警家庭困难',
    );
    // Reads of the confidential minutes are in the audit log (the host's when recording, the
    // committee's); the attendee, who reads the forum without them, leaves no such trace.
    const reads = await t.app.orm.em
      .fork()
      .find(AuditEvent, { action: 'read:Forum.confidentialMinutes', subjectId: forumId });
    expect(reads.map((e) => e.actor?.id)).toEqual([Number(d.id.secretary), Number(d.id.committee)]);
  });

  it('marking the mentee absent takes the contact away and puts the pairing’s dates back', async () => {
    const read = async () => expectOk(await d.as.mentor.gql(PAIRING, { id: d.pairingA })).pairing;
    const marked = expectOk(
      await d.as.secretary.gql(MARK, { input: { forumId, officerId: d.id.officer, present: false } }),
    ).markForumAttendance;
    expect(marked).toMatchObject({ presentCount: 2 });
    const after = await read();
    const isContact = (v: any) => v.kind === 'FORUM' && v.summary === '结对帮扶座谈会';
    expect(after.visits.some(isContact)).toBe(false);
    expect(new Date(after.lastContactAt).getTime()).toBeLessThan(t.clock.now().getTime() - 0.1 * 86_400_000 + 1);

    // Present again: the contact is back.
    expectOk(await d.as.secretary.gql(MARK, { input: { forumId, officerId: d.id.officer, present: true } }));
    expect((await read()).visits.some(isContact)).toBe(true);
  });

  it('refuses others than the host, someone not listed, and edits after 7 days', async () => {
    expectError(
      await d.as.committee.gql(MARK, { input: { forumId, officerId: d.id.officer, present: false } }),
      'FORBIDDEN',
      { reason: 'FORUM_HOST_ONLY' },
    );
    expectError(
      await d.as.secretary.gql(MARK, { input: { forumId, officerId: d.id.mentor, present: false } }),
      'BAD_USER_INPUT',
      { field: 'officerId', reason: 'NOT_AN_ATTENDEE' },
    );
    expectError(
      await d.as.secretary2.gql(MARK, { input: { forumId, officerId: d.id.officer, present: false } }),
      'NOT_FOUND',
    );
    const { forum } = expectOk(
      await d.as.secretary.gql(`query($id: ID!) { forum(id: $id) { version } }`, { id: forumId }),
    );
    t.clock.advanceDays(8);
    const secretary = await t.login('secretary');
    expectError(
      await secretary.gql(UPDATE, { input: { id: forumId, version: forum.version, title: '改' } }),
      'FORBIDDEN',
      { reason: 'FORUM_LOCKED' },
    );
    t.clock.advanceDays(-8);
  });

  it('a forum sent twice with one client key is recorded once, also when the two sends race', async () => {
    const input = {
      kind: 'GROUP',
      title: '群体座谈会',
      occurredAt: daysAgo(t.clock.now(), 0.2),
      attendees: [{ officerId: others[1] }],
      clientKey: 'forum-resend-1',
    };
    const send = async () => expectOk(await d.as.secretary.gql(CREATE, { input })).createForum.id;
    const [first, second] = await Promise.all([send(), send()]);
    expect(second).toBe(first);
    expect(await send()).toBe(first);
    expect(await t.app.orm.em.fork().count(Forum, { clientKey: 'forum-resend-1' })).toBe(1);
  });
});
