import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { initOrm } from '../../app.js';
import { systemClock } from '../../common/clock.js';
import { englishMessage } from '../../common/error-messages.js';
import { DomainError } from '../../common/errors.js';
import type { AppConfig } from '../../config/config.js';
import { Bureau } from '../org/bureau.entity.js';
import { importRoster } from './roster-import.service.js';
import type { ImportReport, RowProblem } from './roster-report.js';

// `npm run roster:import -- FILE [--apply] [--bureau CODE]`: the import for an operator on the
// server, with the same checks and report as the portal. A dry run unless --apply. It holds the
// database rather than a session, so it is audited without an actor. Exit 0: no problem (and
// written, with --apply); 1: rows or the file have problems; 2: the command or file is wrong.

export interface CliIo {
  config: AppConfig;
  /** Where a relative FILE is found: the directory npm was started in. */
  cwd: string;
  out: (line: string) => void;
}

const USAGE = 'usage: npm run roster:import -- FILE [--apply] [--bureau CODE]';

export async function runRosterImportCli(args: string[], io: CliIo): Promise<number> {
  const apply = args.includes('--apply');
  const bureauAt = args.indexOf('--bureau');
  const bureauCode = bureauAt >= 0 ? args[bureauAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (bureauAt < 0 || i !== bureauAt + 1));
  if (files.length !== 1 || (bureauAt >= 0 && !bureauCode)) {
    io.out(USAGE);
    return 2;
  }
  const file = path.resolve(io.cwd, files[0]);
  if (!fs.existsSync(file)) {
    io.out(`File not found: ${file}`);
    return 2;
  }
  const orm = await initOrm(io.config, { skipDemoSeed: true });
  try {
    return await run(orm, fs.readFileSync(file), apply, bureauCode, io);
  } finally {
    await orm.close(true);
  }
}

async function run(orm: MikroORM, body: Buffer, apply: boolean, bureauCode: string | undefined, io: CliIo) {
  const em = orm.em.fork();
  const bureaus = await em.find(Bureau, bureauCode ? { code: bureauCode } : {}, { orderBy: { id: 'asc' } });
  if (bureaus.length !== 1) {
    io.out(
      bureauCode
        ? `No bureau with the code ${bureauCode}`
        : `Name the bureau with --bureau: ${bureaus.map((b) => b.code).join(', ') || 'none'}`,
    );
    return 2;
  }
  try {
    const report = await importRoster(
      {
        em,
        bureauId: bureaus[0].id,
        viewer: null,
        ability: null,
        now: systemClock.now(),
        transaction: (work) => em.transactional(work),
      },
      body,
      { apply },
    );
    printReport(report, bureaus[0].name, io.out);
    return report.ok ? 0 : 1;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    io.out(`${e.reason}: ${e.message}`);
    return 2;
  }
}

const STATUS_LABEL = { new: '新增', updated: '更新', unchanged: '无变化', error: '有问题' } as const;
const show = (v: unknown) => (v == null ? '—' : Array.isArray(v) ? v.join('、') || '—' : String(v));
const describe = (p: RowProblem) =>
  `${p.column ?? '文件'}: ${p.reason} (${englishMessage(p.reason, p.params as never)})`;

/** One line per row that is not unchanged, then the totals. */
export function printReport(report: ImportReport, bureauName: string, out: (line: string) => void) {
  out(`${bureauName} · ${report.format} · ${report.mode === 'apply' ? 'apply' : 'dry run'}`);
  for (const p of report.fileProblems) out(`line 1\t${describe(p)}`);
  const rows = report.rows.filter((r) => r.status !== 'unchanged');
  if (rows.length > 0) out(['行 line', '警号', '姓名', '状态', '问题 / 变更'].join('\t'));
  for (const r of rows) {
    const detail =
      r.status === 'error'
        ? r.problems.map(describe)
        : r.changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`);
    out([r.line, r.badgeNumber, r.name, STATUS_LABEL[r.status], detail.join('; ')].join('\t'));
  }
  const t = report.totals;
  out(`rows ${t.rows}: new ${t.new}, updated ${t.updated}, unchanged ${t.unchanged}, with problems ${t.error}`);
  if (report.applied) out('Applied: the changes are written.');
  else if (!report.ok) out('Nothing was written: correct the problems above and run again.');
  else if (report.mode === 'dry-run') out('Dry run: nothing was written. Run again with --apply to write.');
}
