import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { useDemoApp } from './demo-suite.js';
import { expectError } from './expect.js';
import { daysAgo, expectOk } from './visits-fixture.js';

// Issue 12, found by attacking a fresh server: restricted fields on related records, crafted
// cursors, control characters, absurd dates, nulls and no-op updates. Each answers a coded error
// naming the field (or null), never INTERNAL_SERVER_ERROR, and writes nothing it should not.

const { t, d } = useDemoApp({ now: new Date('2026-11-20T02:00:00Z') });
const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

describe('fields the viewer may not read on a related record', () => {
  it('are null, not an internal error: the mentee reads their mentor by name only', async () => {
    const res = await d.as.officer.gql(`{ me { officer { currentPairing { mentors { officer {
      id name createdAt updatedAt version isMentor disabled nameInitials activeMentoringCount
      currentPairing { id } branch { id name createdAt bureau { id } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const [mentor] = res.data!.me.officer.currentPairing.mentors;
    expect(mentor.officer).toMatchObject({
      name: expect.any(String),
      createdAt: null,
      updatedAt: null,
      version: null,
      isMentor: null,
      disabled: null,
      nameInitials: null,
      activeMentoringCount: null,
      currentPairing: null,
    });
  });
});

describe('cursors', () => {
  const ALL = ['visits', 'talks', 'actionItems', 'pairings', 'officers'];
  it.each([
    ['W3siJG5lIjpudWxsfSwxXQ', 'an operator object', ALL],
    ['WzEsMiwzXQ', 'too many values', ALL],
    ['WyJ4IiwieCJd', 'an id that is not a number', ALL],
    ['WyJub3QgYSBkYXRlIiwxXQ', 'a time that is not one', ['visits', 'talks']],
    ['bm9wZQ', 'not JSON', ALL],
  ])('%s (%s) is BAD_USER_INPUT naming after', async (after, _what, lists) => {
    for (const list of lists) {
      const res = await d.as.committee.gql(`query($a: String) { ${list}(after: $a) { totalCount } }`, { a: after });
      expectError(res, 'BAD_USER_INPUT', { field: 'after', reason: 'INVALID_CURSOR' });
    }
  });

  it('a cursor the server gave still pages', async () => {
    const first = expectOk(
      await d.as.committee.gql('{ visits(first: 2) { pageInfo { endCursor } edges { node { id } } } }'),
    );
    const res = await d.as.committee.gql(
      'query($a: String) { visits(first: 2, after: $a) { edges { node { id } } } }',
      {
        a: first.visits.pageInfo.endCursor,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.visits.edges).toHaveLength(2);
  });
});

describe('text with control characters', () => {
  it('is refused naming the field, in inputs, filters and nested items', async () => {
    const upd = await d.as.secretary.gql(
      'mutation($i: UpdatePairingInput!) { updatePairing(input: $i) { pairing { id } } }',
      { i: { id: d.pairingA, version: 1, goals: '\u0000' } },
    );
    expectError(upd, 'BAD_USER_INPUT', { field: 'goals', reason: 'CONTROL_CHARACTERS' });
    const search = await d.as.committee.gql('query($s: String) { visits(filter: { search: $s }) { totalCount } }', {
      s: 'a\u0000b',
    });
    expectError(search, 'BAD_USER_INPUT', { field: 'filter.search', reason: 'CONTROL_CHARACTERS' });
    const log = await d.as.mentor.gql('mutation($i: LogVisitInput!) { logVisit(input: $i) { id } }', {
      i: {
        pairingId: d.pairingA,
        kind: 'HOME_VISIT',
        occurredAt: daysAgo(t.clock.now(), 1),
        summary: 'a\u0000b',
      },
    });
    expectError(log, 'BAD_USER_INPUT', { field: 'summary', reason: 'CONTROL_CHARACTERS' });
    const item = await d.as.mentor.gql('mutation($i: LogVisitInput!) { logVisit(input: $i) { id } }', {
      i: {
        pairingId: d.pairingA,
        kind: 'HOME_VISIT',
        occurredAt: daysAgo(t.clock.now(), 1),
        summary: '走访',
        actionItems: [{ ownerId: d.id.officer, description: 'x\u001bx', dueDate: '2026-12-01' }],
      },
    });
    expectError(item, 'BAD_USER_INPUT', { field: 'actionItems.0.description', reason: 'CONTROL_CHARACTERS' });
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const res = await d.as.mentor.gql('mutation($i: LogVisitInput!) { logVisit(input: $i) { summary } }', {
      i: { pairingId: d.pairingA, kind: 'HOME_VISIT', occurredAt: daysAgo(t.clock.now(), 1), summary: '一\n二\t三' },
    });
    expect(expectOk(res).logVisit.summary).toBe('一\n二\t三');
  });
});

describe('dates out of range', () => {
  it('a pairing starting in year 0000 or ending in 2099 is refused naming the field', async () => {
    const em = t.app.orm.em.fork();
    const pairings = await em.count(Pairing, {});
    const create = (startDate: string, plannedEndDate: string) =>
      d.as.secretary.gql('mutation($i: CreatePairingInput!) { createPairing(input: $i) { pairing { id } } }', {
        i: {
          menteeId: d.id.secretary,
          leadMentorId: d.id.mentor,
          reason: 'OTHER',
          goals: '目标',
          startDate,
          plannedEndDate,
        },
      });
    expectError(await create('0000-01-01', '2027-01-01'), 'BAD_USER_INPUT', {
      field: 'startDate',
      reason: 'DATE_OUT_OF_RANGE',
    });
    expectError(await create('2026-11-01', '2099-01-01'), 'BAD_USER_INPUT', {
      field: 'plannedEndDate',
      reason: 'DATE_OUT_OF_RANGE',
    });
    expect(await t.app.orm.em.fork().count(Pairing, {})).toBe(pairings);
  });

  it('a filter date in year 0000 is refused, not a database error', async () => {
    const res = await d.as.committee.gql('{ visits(filter: { from: "0000-01-01" }) { totalCount } }');
    expectError(res, 'BAD_USER_INPUT', { field: 'from', reason: 'DATE_OUT_OF_RANGE' });
  });
});

describe('updates', () => {
  const UPDATE = 'mutation($i: UpdateVisitInput!) { updateVisit(input: $i) { id version } }';

  async function freshVisit() {
    const res = await d.as.mentor.gql('mutation($i: LogVisitInput!) { logVisit(input: $i) { id version } }', {
      i: { pairingId: d.pairingA, kind: 'HOME_VISIT', occurredAt: daysAgo(t.clock.now(), 1), summary: '走访' },
    });
    return expectOk(res).logVisit as { id: string; version: number };
  }
  const auditCount = (id: string) => t.app.orm.em.fork().count(AuditEvent, { action: 'updateVisit', subjectId: id });

  it('null for a column that cannot be empty is BAD_USER_INPUT naming it, and writes nothing', async () => {
    const v = await freshVisit();
    for (const field of ['kind', 'occurredAt', 'summary']) {
      const res = await d.as.mentor.gql(UPDATE, { i: { id: v.id, version: v.version, [field]: null } });
      expectError(res, 'BAD_USER_INPUT', { field, reason: 'REQUIRED' });
    }
    const talk = await d.as.committee.gql('mutation($i: UpdateTalkInput!) { updateTalk(input: $i) { id } }', {
      i: { id: '1', version: 1, kind: null },
    });
    expectError(talk, 'BAD_USER_INPUT', { field: 'kind', reason: 'REQUIRED' });
    const pairing = await d.as.secretary.gql(
      'mutation($i: UpdatePairingInput!) { updatePairing(input: $i) { pairing { id } } }',
      { i: { id: d.pairingA, version: 1, goals: null } },
    );
    expectError(pairing, 'BAD_USER_INPUT', { field: 'goals', reason: 'REQUIRED' });
    const item = await d.as.mentor.gql('mutation($i: EditActionItemInput!) { editActionItem(input: $i) { id } }', {
      i: { id: '1', version: 1, ownerId: null },
    });
    expectError(item, 'BAD_USER_INPUT', { field: 'ownerId', reason: 'REQUIRED' });
    expect((await t.app.orm.em.fork().findOneOrFail(Visit, Number(v.id))).version).toBe(v.version);
    expect(await auditCount(v.id)).toBe(0);
  });

  it('an update that changes nothing writes no version and no audit event', async () => {
    const v = await freshVisit();
    const res = await d.as.mentor.gql(UPDATE, {
      i: { id: v.id, version: v.version, kind: 'HOME_VISIT', summary: '走访' },
    });
    expect(expectOk(res).updateVisit.version).toBe(v.version);
    expect(await auditCount(v.id)).toBe(0);
    const changed = await d.as.mentor.gql(UPDATE, { i: { id: v.id, version: v.version, summary: '再次走访' } });
    expect(expectOk(changed).updateVisit.version).toBe(v.version + 1);
    expect(await auditCount(v.id)).toBe(1);
  });
});

describe('no internal errors', () => {
  it('none of the probes above answered INTERNAL_SERVER_ERROR', async () => {
    const res = await d.as.committee.gql('{ visits(filter: { search: "\\u0000" }) { totalCount } }');
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
  });
});
