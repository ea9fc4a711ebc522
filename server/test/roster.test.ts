import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Branch } from '../src/modules/org/branch.entity.js';
import { PairingEvent } from '../src/modules/pairings/pairing-event.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { runRosterImportCli } from '../src/modules/roster/roster-cli.js';
import type { ImportReport } from '../src/modules/roster/roster-report.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// 花名册导入 over HTTP as the portal sends it, and through the operator's command: the template
// imports as it is, every row's problem names its line and column, an apply writes all or
// nothing, the same file twice changes nothing, and a changed row says and audits what changed.

const HEADER = ['支部', '姓名', '警号', '人员类别', '职务', '手机', '角色'];
const PREFLIGHT = { 'x-tongxin-preflight': '1' };

let t: TestApp;
let admin: TestClient;
let s01: Branch;
let s02: Branch;
beforeAll(async () => {
  t = await initTestApp();
  admin = await t.login('admin');
  s01 = await em().findOneOrFail(Branch, { code: 'YZ-S01' });
  s02 = await em().findOneOrFail(Branch, { code: 'YZ-S02' });
});
afterAll(() => t?.close());

const em = () => t.app.orm.em.fork();

async function xlsx(rows: string[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const csv = (rows: string[][], header = HEADER) =>
  Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n'), 'utf8');

async function post(c: TestClient | null, body: Buffer, mode = 'dry-run', headers: Record<string, string> = PREFLIGHT) {
  return fetch(`${t.url}/admin/roster/import?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers, ...(c?.cookie ? { cookie: c.cookie } : {}) },
    body,
  });
}
async function report(body: Buffer, mode = 'dry-run'): Promise<ImportReport> {
  const res = await post(admin, body, mode);
  const json = (await res.json()) as Record<string, any>;
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json as ImportReport;
}
const reasons = (r: ImportReport, line: number) =>
  r.rows.find((row) => row.line === line)?.problems.map((p) => [p.column, p.reason, p.params]);

describe('template', () => {
  it('downloads as xlsx and csv and imports as it is: one new officer in the bureau', async () => {
    for (const format of ['xlsx', 'csv']) {
      const res = await admin.get(`/admin/roster/template.${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`roster-template.${format}`);
      const body = Buffer.from(await res.arrayBuffer());
      const r = await report(body);
      expect(r).toMatchObject({ format, ok: true, applied: false, totals: { rows: 1, new: 1, error: 0 } });
      expect(r.rows[0]).toMatchObject({ line: 2, badgeNumber: '100100', name: '张三', status: 'new', problems: [] });
    }
  });
});

describe('row problems', () => {
  it('lists each row’s problems with its line and column', async () => {
    const existing = await em().findOneOrFail(Officer, { branch: s01.id, username: null, disabled: false });
    const rows = [
      [s01.name, '', '880001', '民警', '', '', ''], // 2: no name
      [s01.name, '甲', '880002', '民警', '', '', ''], // 3: same badge as line 5
      ['不存在派出所', '乙', '880003', '民警', '', '', ''], // 4: unknown branch
      [s01.name, '丙', '880002', '协警', '', '', ''], // 5: duplicate badge, bad category
      [s01.name, '丁', '880004', '辅警', '', '12345', '队长'], // 6: bad phone, unknown role
      [s01.name, '戊', '88 0005!', '民警', '', '', ''], // 7: bad badge
      [s01.name, '己', '880006', '民警', '', '', '支部书记'], // 8: a role for an account that does not exist
      [
        s01.name,
        existing.name,
        existing.badgeNumber,
        existing.category === 'POLICE' ? '民警' : '辅警',
        '',
        '',
        '系统管理员、帮教责任人',
      ], // 9
      [s01.name, '庚', '880007', '辅警', '', '0574 8765-4321', 'MENTOR'], // 10: fine
    ];
    for (const body of [csv(rows), await xlsx(rows)]) {
      const r = await report(body);
      expect(r.ok).toBe(false);
      expect(reasons(r, 2)).toEqual([['姓名', 'REQUIRED', {}]]);
      expect(reasons(r, 3)).toEqual([['警号', 'BADGE_DUPLICATE_IN_FILE', { line: 5 }]]);
      expect(reasons(r, 4)).toEqual([['支部', 'BRANCH_UNKNOWN', { name: '不存在派出所' }]]);
      expect(reasons(r, 5)).toEqual([
        ['警号', 'BADGE_DUPLICATE_IN_FILE', { line: 3 }],
        ['人员类别', 'CATEGORY_UNKNOWN', { value: '协警' }],
      ]);
      expect(reasons(r, 6)).toEqual([
        ['手机', 'PHONE_INVALID', {}],
        ['角色', 'ROLE_UNKNOWN', { value: '队长' }],
      ]);
      expect(reasons(r, 7)).toEqual([['警号', 'BADGE_INVALID', {}]]);
      expect(reasons(r, 8)).toEqual([['角色', 'ROLE_NEEDS_ACCOUNT', {}]]);
      // The administration module's rule: SYSADMIN is held alone.
      expect(reasons(r, 9)?.map((p) => p[1])).toContain('ROLE_HELD_ALONE');
      expect(r.rows.find((row) => row.line === 10)).toMatchObject({ status: 'new', problems: [] });
      expect(r.totals).toMatchObject({ rows: 9, new: 1, error: 8 });
    }
  });

  it('names a missing column, and refuses a file that is not a roster', async () => {
    const r = await report(csv([[s01.name, '甲', '880010', '民警', '', '']], HEADER.slice(0, 6)));
    expect(r.ok).toBe(false);
    expect(r.fileProblems).toEqual([
      { line: 1, field: 'file', column: null, reason: 'IMPORT_COLUMN_MISSING', params: { column: '角色' } },
    ]);
    const garbage = await post(admin, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2]));
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_FILE_UNREADABLE' });
    const empty = await post(admin, csv([]));
    expect(await empty.json()).toMatchObject({ reason: 'IMPORT_FILE_EMPTY' });
    const mode = await post(admin, csv([]), 'now');
    expect(await mode.json()).toMatchObject({ reason: 'INVALID_INPUT', field: 'mode' });
  });
});

describe('apply', () => {
  const rows = () => [
    [s01.name, '导入甲', '770001', '民警', '社区民警', '138 0013 8001', '帮教责任人'],
    [s01.name, '导入乙', '770002', '辅警', '', '', ''],
    [s02.name, '导入丙', 'f77003', 'AUXILIARY', '文职辅警', '0574-87650003', ''],
  ];
  const BADGES = ['770001', '770002', 'F77003'];
  const count = () => em().count(Officer, { badgeNumber: { $in: BADGES } });

  it('writes nothing when a row has a problem', async () => {
    const bad = [...rows(), [s01.name, '导入丁', '770004', '民警', '', 'x', '']];
    const res = await post(admin, await xlsx(bad), 'apply');
    expect(res.status).toBe(400);
    const json = (await res.json()) as Record<string, any>;
    expect(json).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_PROBLEMS', rows: 1 });
    expect(json.report).toMatchObject({ applied: false, ok: false, totals: { new: 3, error: 1 } });
    expect(await count()).toBe(0);
    expect(await em().count(AuditEvent, { action: 'importRoster' })).toBe(0);
  });

  it('creates, then re-imports the same file without a change', async () => {
    const file = await xlsx(rows());
    const applied = await report(file, 'apply');
    expect(applied).toMatchObject({ ok: true, applied: true, totals: { rows: 3, new: 3 } });
    const made = await em().find(Officer, { badgeNumber: { $in: BADGES } }, { orderBy: { badgeNumber: 'asc' } });
    expect(made.map((o) => [o.badgeNumber, o.name, o.branch.id, o.category, o.phone ?? null, o.isMentor])).toEqual([
      ['770001', '导入甲', s01.id, 'POLICE', '13800138001', true],
      ['770002', '导入乙', s01.id, 'AUXILIARY', null, false],
      ['F77003', '导入丙', s02.id, 'AUXILIARY', '0574-87650003', false],
    ]);
    expect(applied.rows.map((r) => r.officerId)).toEqual(made.map((o) => o.id));
    const audits = await em().find(AuditEvent, { action: 'importOfficer' });
    expect(audits).toHaveLength(3);
    expect(audits[0].detail).toMatchObject({ line: 2, before: null, after: { name: '导入甲', isMentor: true } });
    const versions = made.map((o) => o.version);
    for (const body of [file, csv(rows())]) {
      const again = await report(body, 'apply');
      expect(again.totals).toMatchObject({ rows: 3, unchanged: 3, new: 0, updated: 0 });
    }
    const after = await em().find(Officer, { badgeNumber: { $in: BADGES } }, { orderBy: { badgeNumber: 'asc' } });
    expect(after.map((o) => o.version)).toEqual(versions);
    expect(await em().count(AuditEvent, { action: 'importOfficer' })).toBe(3);
  });

  it('reports a changed row before → after, and audits it', async () => {
    const changed = rows();
    changed[0] = [s02.name, '导入甲', '770001', '民警', '社区民警', '13800138009', ''];
    const dry = await report(await xlsx(changed));
    expect(dry.rows[0]).toMatchObject({ status: 'updated', line: 2 });
    expect(dry.rows[0].changes).toEqual([
      { field: 'branch', before: s01.name, after: s02.name },
      { field: 'phone', before: '13800138001', after: '13800138009' },
      { field: 'isMentor', before: true, after: false },
    ]);
    expect(dry.totals).toMatchObject({ updated: 1, unchanged: 2 });
    const applied = await report(await xlsx(changed), 'apply');
    expect(applied.applied).toBe(true);
    const o = await em().findOneOrFail(Officer, { badgeNumber: '770001' });
    expect([o.branch.id, o.phone, o.isMentor]).toEqual([s02.id, '13800138009', false]);
    const event = await em().findOneOrFail(
      AuditEvent,
      { action: 'importOfficer', subjectId: String(o.id) },
      { orderBy: { id: 'desc' } },
    );
    expect(event.detail).toMatchObject({
      line: 2,
      before: { branch: s01.name, phone: '13800138001', isMentor: true },
      after: { branch: s02.name, phone: '13800138009', isMentor: false },
    });
    expect(event.actor?.id).toBeDefined();
  });

  it('moves a mentee on a live pairing: the pairing’s timeline records the transfer', async () => {
    const pairing = await em().findOneOrFail(Pairing, { status: 'ACTIVE' }, { populate: ['mentee'] });
    const mentee = await em().findOneOrFail(Officer, pairing.mentee.id);
    const to = await em().findOneOrFail(Branch, { code: mentee.branch.id === s01.id ? 'YZ-S03' : 'YZ-S01' });
    const row = [to.name, mentee.name, mentee.badgeNumber, mentee.category === 'POLICE' ? '民警' : '辅警'];
    const roles = mentee.isMentor ? '帮教责任人' : '';
    const r = await report(await xlsx([[...row, mentee.position ?? '', mentee.phone ?? '', roles]]), 'apply');
    expect(r.rows[0].changes.map((c) => c.field)).toEqual(['branch']);
    expect(await em().count(PairingEvent, { pairing: pairing.id, type: 'mentee_transferred' })).toBe(1);
  });
});

describe('progress', () => {
  it('streams NDJSON progress lines and then the report', async () => {
    const res = await fetch(`${t.url}/admin/roster/import?mode=dry-run`, {
      method: 'POST',
      headers: { ...PREFLIGHT, accept: 'application/x-ndjson', cookie: admin.cookie! },
      body: csv([[s01.name, '进度', '660001', '民警', '', '', '']]),
    });
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'progress', phase: 'read' });
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'check' && l.done === 1)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'report', report: { ok: true, totals: { new: 1 } } });
  });
});

describe('authorization', () => {
  it('lets only the sysadmin import or download the template', async () => {
    const body = csv([[s01.name, '越权', '550001', '民警', '', '', '']]);
    expect((await post(null, body)).status).toBe(401);
    expect((await fetch(`${t.url}/admin/roster/template.xlsx`)).status).toBe(401);
    for (const user of ['committee', 'secretary', 'mentor', 'officer', 'auditor']) {
      const c = await t.login(user);
      const res = await post(c, body, 'apply');
      expect(res.status, user).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
      expect((await c.get('/admin/roster/template.csv')).status, user).toBe(403);
    }
    // Without the custom header a cross-site form could post it: refused before anything is read.
    const csrf = await post(admin, body, 'apply', {});
    expect(csrf.status).toBe(400);
    expect(await csrf.json()).toMatchObject({ reason: 'PREFLIGHT_HEADER_REQUIRED' });
    expect(await em().count(Officer, { badgeNumber: '550001' })).toBe(0);
  });

  it('refuses the sysadmin a change to their own account or branch', async () => {
    const me = await em().findOneOrFail(Officer, { username: 'admin' });
    const other = await em().findOneOrFail(Branch, { code: 'YZ-S05' });
    const r = await report(csv([[other.name, me.name, me.badgeNumber, '民警', me.position ?? '', '', '支部书记']]));
    expect(reasons(r, 2)?.map((p) => [p[0], p[1]])).toEqual([
      ['支部', 'NOT_ALLOWED'],
      ['角色', 'NOT_ALLOWED'],
    ]);
  });
});

describe('command line', () => {
  it('dry-runs by default, applies with --apply, exits non-zero on problems', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-cli-'));
    const good = path.join(dir, 'good.csv');
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(good, csv([[s01.name, '命令行', '440001', '民警', '', '', '']]));
    fs.writeFileSync(bad, csv([[s01.name, '命令行', '440002', '民警', '', 'abc', '']]));
    const lines: string[] = [];
    const io = { config: t.config, cwd: dir, out: (l: string) => lines.push(l) };
    expect(await runRosterImportCli(['good.csv'], io), lines.join('\n')).toBe(0);
    expect(await em().count(Officer, { badgeNumber: '440001' })).toBe(0);
    expect(await runRosterImportCli(['bad.csv', '--apply'], io)).toBe(1);
    expect(lines.join('\n')).toContain('PHONE_INVALID');
    expect(await runRosterImportCli(['good.csv', '--apply', '--bureau', 'NOPE'], io)).toBe(2);
    expect(await runRosterImportCli(['good.csv', '--apply'], io)).toBe(0);
    const o = await em().findOneOrFail(Officer, { badgeNumber: '440001' });
    const event = await em().findOneOrFail(AuditEvent, { action: 'importOfficer', subjectId: String(o.id) });
    expect(event.actor).toBeNull();
    expect(event.bureau?.id).toBe(o.bureau.id);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
