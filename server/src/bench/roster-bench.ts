import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { initOrm } from '../app.js';
import { loadConfig } from '../config/config.js';
import { Officer } from '../modules/officers/officer.entity.js';
import { Branch } from '../modules/org/branch.entity.js';
import { Bureau } from '../modules/org/bureau.entity.js';
import { importRoster } from '../modules/roster/roster-import.service.js';

/**
 * The roster import of a 5,000-row .xlsx into the demo bureau (1,000 of its officers with a new
 * position, 4,000 new people), dry run then apply, against a 60 s target. On PostgreSQL when the
 * local server answers (PG_ADMIN_URL), else on a SQLite file.
 */
const ROWS = 5_000;
const TARGET_MS = 60_000;

async function database(): Promise<{ url: string; kind: string; drop: () => Promise<void> }> {
  const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tongxin_bench_roster_${process.pid}`;
  try {
    const c = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2_000 });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const drop = async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    };
    return { url: admin.replace(/\/[^/]*$/, `/${name}`), kind: 'PostgreSQL', drop };
  } catch {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-roster-'));
    const drop = async () => fs.rmSync(dir, { recursive: true, force: true });
    return { url: `sqlite:${path.join(dir, 'roster.sqlite')}`, kind: 'SQLite', drop };
  }
}

async function rosterFile(branches: Branch[], existing: Officer[]): Promise<Buffer> {
  const names = new Map(branches.map((b) => [b.id, b.name]));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['支部', '姓名', '警号', '人员类别', '职务', '手机', '角色']);
  const updated = existing.slice(0, 1_000);
  for (const o of updated) {
    const category = o.category === 'POLICE' ? '民警' : '辅警';
    sheet.addRow([names.get(o.branch.id), o.name, o.badgeNumber, category, '社区民警（新）', o.phone ?? '', '']);
  }
  for (let i = updated.length; i < ROWS; i++) {
    const branch = branches[i % branches.length];
    const mobile = `139${String(10_000_000 + i).slice(-8)}`;
    sheet.addRow([
      branch.name,
      `新警员${i}`,
      `9${String(i).padStart(6, '0')}`,
      i % 3 ? '民警' : '辅警',
      '',
      mobile,
      i % 10 ? '' : '帮教责任人',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Prints the timings; true when the target was met. */
export async function benchRosterImport(): Promise<boolean> {
  const db = await database();
  const orm = await initOrm(loadConfig({ DATABASE_URL: db.url, DEMO_SEED: 'true' }));
  try {
    const em = orm.em.fork();
    const [bureau] = await em.find(Bureau, {}, { orderBy: { id: 'asc' }, limit: 1 });
    const branches = await em.find(Branch, { bureau: bureau.id }, { orderBy: { id: 'asc' } });
    const existing = await em.find(
      Officer,
      { bureau: bureau.id, disabled: false, username: null },
      { orderBy: { id: 'asc' } },
    );
    const body = await rosterFile(branches, existing);
    const session = (e: typeof em) => ({
      em: e,
      bureauId: bureau.id,
      viewer: null,
      ability: null,
      now: new Date(),
      transaction: <T>(work: (tx: typeof em) => Promise<T>) => e.transactional(work),
    });
    const t0 = performance.now();
    const dry = await importRoster(session(orm.em.fork()), body, { apply: false });
    const t1 = performance.now();
    const applied = await importRoster(session(orm.em.fork()), body, { apply: true });
    const t2 = performance.now();
    const total = t2 - t0;
    const ok = applied.applied && dry.ok && total <= TARGET_MS;
    console.log(`\nroster import, ${ROWS} rows (.xlsx, ${(body.length / 1024).toFixed(0)} KB) on ${db.kind}`);
    console.log(`  dry run ${(t1 - t0).toFixed(0).padStart(7)} ms   ${JSON.stringify(dry.totals)}`);
    console.log(`  apply   ${(t2 - t1).toFixed(0).padStart(7)} ms   ${JSON.stringify(applied.totals)}`);
    console.log(`  total   ${total.toFixed(0).padStart(7)} ms   target ${TARGET_MS} ms  ${ok ? 'ok' : 'MISSED'}`);
    return ok;
  } finally {
    await orm.close(true);
    await db.drop();
  }
}
