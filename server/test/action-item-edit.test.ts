import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { counts, daysAgo, expectOk, logVisitWithItems } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

// editActionItem: the mentor or the secretary corrects an open item's text, due date or owner.

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

const EDIT = `mutation($input: EditActionItemInput!) { editActionItem(input: $input) {
  id description dueDate version status owner { id } } }`;
const CLOSE = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id status version } }`;

async function item(): Promise<{ id: string; version: number }> {
  const [first] = await logVisitWithItems(d, {
    kind: 'HOME_VISIT',
    occurredAt: daysAgo(t.clock.now(), 2),
    summary: '走访',
    actionItems: [{ ownerId: d.id.officer, description: '提交学习心得', dueDate: '2026-12-01' }],
  });
  return first;
}

describe('editActionItem', () => {
  it('lets the mentor correct text, due date and owner, audited', async () => {
    const it1 = await item();
    const res = await d.as.mentor.gql(EDIT, {
      input: {
        id: it1.id,
        version: it1.version,
        description: ' 提交两篇学习心得 ',
        dueDate: '2026-12-20',
        ownerId: d.id.mentor,
      },
    });
    expect(expectOk(res).editActionItem).toMatchObject({
      description: '提交两篇学习心得',
      dueDate: '2026-12-20',
      owner: { id: d.id.mentor },
      status: 'OPEN',
      version: it1.version + 1,
    });
    const events = await t.app.orm.em.fork().find(AuditEvent, { action: 'editActionItem', subjectId: it1.id });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ changed: ['description', 'dueDate', 'ownerId'] });
    // The secretary of the branch may too; the closing contract is unchanged afterwards.
    const bySecretary = await d.as.secretary.gql(EDIT, {
      input: { id: it1.id, version: it1.version + 1, ownerId: d.id.officer },
    });
    expect(expectOk(bySecretary).editActionItem.owner.id).toBe(d.id.officer);
    const done = await d.as.officer.gql(CLOSE, { input: { id: it1.id, status: 'DONE', version: it1.version + 2 } });
    expect(expectOk(done).updateActionItem.status).toBe('DONE');
  });

  it('gives CONFLICT on a stale version and BAD_USER_INPUT naming the field, writing nothing', async () => {
    const it1 = await item();
    expectOk(await d.as.mentor.gql(EDIT, { input: { id: it1.id, version: it1.version, description: '新' } }));
    const before = await counts(t);
    expectError(
      await d.as.secretary.gql(EDIT, { input: { id: it1.id, version: it1.version, description: '旧' } }),
      'CONFLICT',
    );
    const v = it1.version + 1;
    // Not a person of this pairing: another branch's mentee, the branch secretary.
    for (const ownerId of [d.id.officer2, d.id.secretary]) {
      expectError(
        await d.as.mentor.gql(EDIT, { input: { id: it1.id, version: v, ownerId } }),
        'BAD_USER_INPUT',
        'ownerId',
      );
    }
    expectError(
      await d.as.mentor.gql(EDIT, { input: { id: it1.id, version: v, ownerId: 'x' } }),
      'BAD_USER_INPUT',
      'ownerId',
    );
    expectError(
      await d.as.mentor.gql(EDIT, { input: { id: it1.id, version: v, description: '  ' } }),
      'BAD_USER_INPUT',
      'description',
    );
    for (const dueDate of ['2026-02-30', '2026-11-01']) {
      expectError(
        await d.as.mentor.gql(EDIT, { input: { id: it1.id, version: v, dueDate } }),
        'BAD_USER_INPUT',
        'dueDate',
      );
    }
    expect(await counts(t)).toEqual(before);
  });

  it('is FORBIDDEN on a closed item, to the owner and the committee; NOT_FOUND out of scope', async () => {
    const it1 = await item();
    const input = { id: it1.id, version: it1.version, description: '改' };
    const before = await counts(t);
    expectError(await d.as.officer.gql(EDIT, { input }), 'FORBIDDEN');
    expectError(await d.as.committee.gql(EDIT, { input }), 'FORBIDDEN');
    for (const who of ['mentor2', 'secretary2', 'officer2'] as const) {
      expectError(await d.as[who].gql(EDIT, { input }), 'NOT_FOUND');
    }
    expect(await counts(t)).toEqual(before);
    expectOk(await d.as.officer.gql(CLOSE, { input: { id: it1.id, status: 'DONE' } }));
    const closed = await d.as.mentor.gql(EDIT, { input: { ...input, version: it1.version + 1 } });
    expectError(closed, 'FORBIDDEN', { reason: 'ACTION_ITEM_CLOSED' });
  });
});
