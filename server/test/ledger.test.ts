import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionItem } from '../src/modules/action-items/action-item.entity.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../src/modules/reviews/outcome-review.entity.js';
import { Talk } from '../src/modules/talks/talk.entity.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { makeTalk } from './factory.js';
import { documentText, download, EXPORT_LEDGER, workbook } from './ledger-files.js';
import {
  addBranchFixture,
  type BranchFixture,
  FIXTURE_NOW,
  PERIOD,
  PERIOD_END,
  PERIOD_START,
} from './reviews-fixture.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';
import { expectError } from './expect.js';

const SHEETS = ['结对帮扶', '走访记录', '谈心谈话', '整改事项', '成效评估', '座谈会', '征集问题'];
/** Written by the committee about the fixture's secretary: the secretary reads it as its talkee, without the assessment. */
const ABOUT_SECRETARY = '书记本人的谈话评价';

let t: TestApp;
let fx: BranchFixture;
let committee: TestClient;
let secretaryC: TestClient;

const db = () => t.app.orm.em.fork();
const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

beforeAll(async () => {
  t = await initTestApp({ now: FIXTURE_NOW });
  fx = await addBranchFixture(t);
  committee = await t.login('committee');
  secretaryC = await t.login(fx.secretary);
  const em = db();
  const secretary = await em.findOneOrFail(Officer, { username: fx.secretary });
  const talker = await em.findOneOrFail(Officer, { username: 'committee' });
  makeTalk(em, {
    talker,
    talkee: secretary,
    kind: 'ROUTINE',
    occurredAt: new Date('2026-09-20T02:00:00Z'),
    topics: '支部工作谈心',
    assessment: ABOUT_SECRETARY,
  });
  await em.flush();
});
afterAll(() => t?.close());

describe('ledger xlsx', () => {
  it('has one sheet per record kind with Chinese headers, and its rows are the database’s', async () => {
    const { body, file, filename } = await download(committee, { branchId: String(fx.branchId), format: 'XLSX' });
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(filename).toMatch(/^台账_.+_2026-06-01_2026-10-31\.xlsx$/);
    const wb = await workbook(body);
    expect(wb.names).toEqual(SHEETS);
    expect(wb.sheet('走访记录').headers.slice(0, 6)).toEqual(['编号', '结对编号', '支部', '帮扶对象', '方式', '时间']);

    const em = db();
    const inPeriod = { $gte: PERIOD_START, $lt: PERIOD_END };
    const pairings = await em.find(
      Pairing,
      { branch: fx.branchId, startDate: { $lte: PERIOD.to }, plannedEndDate: { $gte: PERIOD.from } },
      { populate: ['mentee'], orderBy: { startDate: 'asc', id: 'asc' } },
    );
    const pairingRows = wb.sheet('结对帮扶').rows;
    expect(pairingRows.map((r) => Number(r['编号']))).toEqual(pairings.map((p) => p.id));
    expect(pairingRows.map((r) => r['帮扶对象'])).toEqual(pairings.map((p) => p.mentee.unwrap().name));
    expect(pairingRows.find((r) => Number(r['编号']) === fx.pairingIds.P1)!['风险提示']).toBe(
      '夜班后情绪波动大（保密）',
    );

    const visits = await em.find(
      Visit,
      { branch: fx.branchId, occurredAt: inPeriod },
      { orderBy: { occurredAt: 'asc', id: 'asc' } },
    );
    const visitRows = wb.sheet('走访记录').rows;
    expect(visitRows.map((r) => Number(r['编号']))).toEqual(visits.map((v) => v.id));
    expect(visitRows.map((r) => r['时间'])).toEqual(visits.map((v) => local(v.occurredAt)));
    expect(visitRows.map((r) => Number(r['结对编号']))).toEqual(visits.map((v) => v.pairing.id));
    expect(visitRows.map((r) => r['保密备注'])).toEqual(visits.map((v) => v.confidentialNotes ?? ''));
    expect(visitRows.filter((r) => r['方式'] === '座谈会')).toHaveLength(3);

    const talks = await em.find(
      Talk,
      { branch: fx.branchId, occurredAt: inPeriod },
      { orderBy: { occurredAt: 'asc', id: 'asc' } },
    );
    const talkRows = wb.sheet('谈心谈话').rows;
    expect(talkRows.map((r) => Number(r['编号']))).toEqual(talks.map((tk) => tk.id));
    expect(talkRows.map((r) => r['谈话评价'])).toEqual(talks.map((tk) => tk.assessment ?? ''));

    const items = await em.find(
      ActionItem,
      { branch: fx.branchId, dueDate: { $gte: PERIOD.from, $lte: PERIOD.to } },
      { orderBy: { dueDate: 'asc', id: 'asc' } },
    );
    const itemRows = wb.sheet('整改事项').rows;
    expect(itemRows.map((r) => Number(r['编号']))).toEqual(items.map((a) => a.id));
    expect(itemRows.map((r) => r['完成期限'])).toEqual(items.map((a) => a.dueDate));
    expect(itemRows.filter((r) => r['按期完成'] === '是')).toHaveLength(2);

    const reviews = await em.find(
      OutcomeReview,
      { branch: fx.branchId, createdAt: inPeriod },
      { orderBy: { createdAt: 'asc' } },
    );
    const reviewRows = wb.sheet('成效评估').rows;
    expect(reviewRows.map((r) => Number(r['编号']))).toEqual(reviews.map((r) => r.id));
    expect(reviewRows.map((r) => r['评估决定'])).toEqual(['结束帮扶', '上报处理', '延长帮扶']);
  });

  it('leaves out what a secretary may not read', async () => {
    const { body } = await download(secretaryC, { format: 'XLSX' });
    const wb = await workbook(body);
    const talkRows = wb.sheet('谈心谈话').rows;
    const all = JSON.stringify(wb.names.map((n) => wb.sheet(n).rows));
    // The committee's confidential talk: not a row, not a word.
    expect(talkRows.map((r) => Number(r['编号']))).not.toContain(fx.talkIds.T2);
    expect(all).not.toContain('家庭矛盾较深');
    // The talk about the secretary: listed as its talkee reads it, without the assessment.
    const aboutMe = talkRows.find((r) => r['谈话主题'] === '支部工作谈心');
    expect(aboutMe).toBeDefined();
    expect(aboutMe!['谈话评价']).toBe('');
    expect(all).not.toContain(ABOUT_SECRETARY);
    // Their own branch only.
    expect(new Set(wb.sheet('结对帮扶').rows.map((r) => r['支部'])).size).toBe(1);

    const committeeBook = await workbook(
      (await download(committee, { branchId: String(fx.branchId), format: 'XLSX' })).body,
    );
    const committeeText = JSON.stringify(committeeBook.sheet('谈心谈话').rows);
    expect(committeeText).toContain('家庭矛盾较深');
    expect(committeeText).toContain(ABOUT_SECRETARY);
  });
});

describe('ledger docx', () => {
  it('is a printable ledger grouped by pairing, each in date order', async () => {
    const { body, file } = await download(committee, { branchId: String(fx.branchId), format: 'DOCX' });
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    const text = await documentText(body);
    expect(text).toContain('结对帮扶工作台账');
    expect(text).toContain('2026-06-01 至 2026-10-31');
    for (const key of ['P1', 'P2', 'P3', 'P4', 'P5', 'P7']) expect(text).toContain(`（结对 #${fx.pairingIds[key]}）`);
    expect(text).not.toContain(`（结对 #${fx.pairingIds.P6}）`);
    // P1's records, in date order, inside P1's section.
    const start = text.indexOf(`（结对 #${fx.pairingIds.P1}）`);
    const section = text.slice(start, text.indexOf('（结对 #', start + 1));
    const order = [
      '2026-06-10 10:00',
      '2026-06-20 10:00',
      '2026-07-01',
      '2026-07-01 01:00',
      '2026-08-20 10:00',
      '2026-09-01 10:00',
    ];
    const positions = order.map((s) => section.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(section).toContain('上门走访');
    expect(section).toContain('回访教育');
    expect(section).toContain('家属反映其饮酒较多');
    // The talk without a pairing comes last.
    expect(text.indexOf('未关联结对')).toBeGreaterThan(text.lastIndexOf('（结对 #'));
  });

  it('keeps confidential content out of a secretary’s ledger', async () => {
    const text = await documentText((await download(secretaryC, { format: 'DOCX' })).body);
    expect(text).toContain('支部工作谈心');
    expect(text).not.toContain('家庭矛盾较深');
    expect(text).not.toContain(ABOUT_SECRETARY);
  });
});

describe('ledger access', () => {
  it('writes an audit event for every export and every download', async () => {
    const count = (action: string) => db().count(AuditEvent, { action });
    const [requested, downloaded] = [await count('exportLedger'), await count('downloadLedger')];
    await download(secretaryC, { format: 'XLSX' });
    expect(await count('exportLedger')).toBe(requested + 1);
    expect(await count('downloadLedger')).toBe(downloaded + 1);
    const last = await db().findOneOrFail(AuditEvent, { action: 'downloadLedger' }, { orderBy: { id: 'desc' } });
    expect(last.actor?.id).toBe((await db().findOneOrFail(Officer, { username: fx.secretary })).id);
    expect(last.detail).toMatchObject({ format: 'XLSX', from: PERIOD.from, to: PERIOD.to, branchId: fx.branchId });
  });

  it('traces a downloaded file with one event naming the confidential records it carries', async () => {
    const committeeId = (await db().findOneOrFail(Officer, { username: 'committee' })).id;
    const events = () => db().count(AuditEvent, { actor: committeeId });
    const visitWithNotes = await db().findOneOrFail(Visit, { branch: fx.branchId, confidentialNotes: { $ne: null } });
    const { url } = await download(committee, { branchId: String(fx.branchId), format: 'DOCX' });
    const before = await events();
    const file = await committee.get(url);
    expect(file.status).toBe(200);
    // The file is one line in the log, whatever the number of confidential records in it.
    expect(await events()).toBe(before + 1);
    const last = await db().findOneOrFail(AuditEvent, { actor: committeeId }, { orderBy: { id: 'desc' } });
    expect(last.action).toBe('downloadLedger');
    const detail = last.detail as {
      confidentialTalkIds: number[];
      confidentialVisitNoteIds: number[];
      confidentialCount: number;
    };
    expect(detail.confidentialTalkIds).toContain(fx.talkIds.T2);
    expect(detail.confidentialVisitNoteIds).toContain(visitWithNotes.id);
    expect(detail.confidentialCount).toBe(detail.confidentialTalkIds.length + detail.confidentialVisitNoteIds.length);
    expect(
      await db().count(AuditEvent, { actor: committeeId, action: { $like: 'read:%' }, id: { $gt: last.id - 1 } }),
    ).toBe(0);
    // The secretary's file carries neither the committee's confidential talk nor a trace of it.
    await download(secretaryC, { format: 'XLSX' });
    const mine = await db().findOneOrFail(
      AuditEvent,
      { action: 'downloadLedger', actor: { username: fx.secretary } },
      { orderBy: { id: 'desc' } },
    );
    expect((mine.detail as { confidentialTalkIds: number[] }).confidentialTalkIds).not.toContain(fx.talkIds.T2);
  });

  it('refuses mentors and officers, and another branch to a secretary', async () => {
    for (const u of ['mentor', 'officer']) {
      const res = await (await t.login(u)).gql(EXPORT_LEDGER, { input: { ...PERIOD, format: 'XLSX' } });
      expectError(res, 'FORBIDDEN');
    }
    const secretaryA = await t.login('secretary');
    const res = await secretaryA.gql(EXPORT_LEDGER, {
      input: { ...PERIOD, format: 'XLSX', branchId: String(fx.branchId) },
    });
    expectError(res, 'NOT_FOUND', { reason: 'BRANCH_NOT_FOUND' });
    const missing = await committee.gql(EXPORT_LEDGER, { input: { from: '', to: PERIOD.to, format: 'DOCX' } });
    expectError(missing, 'BAD_USER_INPUT', { field: 'from', reason: 'START_DATE_REQUIRED' });
  });

  it('serves the link only to a session allowed to export that scope', async () => {
    const { url } = await download(committee, { branchId: String(fx.branchId), format: 'XLSX' });
    expect((await t.client().get(url)).status).toBe(401);
    expect((await (await t.login('mentor')).get(url)).status).toBe(403);
    expect((await (await t.login('secretary')).get(url)).status).toBe(404);
    const pdf = await committee.get(url.replace('format=xlsx', 'format=pdf'));
    expect(pdf.status).toBe(400);
    // The same coded refusal as the GraphQL API: the portal words it from the reason.
    expect(await pdf.json()).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_FORMAT',
      field: 'format',
      message: 'The format is XLSX or DOCX',
    });
    const before = await db().count(AuditEvent, { action: 'downloadLedger' });
    await (await t.login('mentor')).get(url);
    expect(await db().count(AuditEvent, { action: 'downloadLedger' })).toBe(before);
  });
});
