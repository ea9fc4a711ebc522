import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import type { LedgerContent } from './ledger-content.js';

/** Rows written between two looks at the budget, the client's pace and the other requests. */
const ROWS_PER_SLICE = 200;

/** Stops a file's work when the request's time is up or its client went away. */
export interface WorkBudget {
  check(): void;
  readonly signal: AbortSignal;
}

/**
 * The workbook, streamed to `out`: one sheet per record kind, Chinese headers, the header row
 * frozen. Each row is committed (serialised and zipped) as it is written, so what the file holds
 * is never in memory at once; every slice of rows waits for a slow client to drain and gives the
 * event loop to the other requests.
 */
export async function writeLedgerXlsx(content: LedgerContent, out: Writable, budget: WorkBudget): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '同心';
  wb.title = `${content.title}（${content.scopeName} ${content.from} 至 ${content.to}）`;
  for (const sheet of content.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center' };
    header.commit();
    for (let i = 0; i < sheet.rows.length; i += 1) {
      ws.addRow(sheet.rows[i]).commit();
      if ((i + 1) % ROWS_PER_SLICE === 0) await yieldSlice(out, budget);
    }
    ws.commit();
    await yieldSlice(out, budget);
  }
  await wb.commit();
}

async function yieldSlice(out: Writable, budget: WorkBudget) {
  budget.check();
  if (out.writableNeedDrain) await once(out, 'drain', { signal: budget.signal });
  await new Promise<void>((resolve) => setImmediate(resolve));
  budget.check();
}

const FONT = 'SimSun';
const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, bold: opts.bold, size: opts.size });

/** The printable ledger: a title block, then one section per pairing with its records in date order. */
export async function ledgerDocx(content: LedgerContent): Promise<Buffer> {
  const c = content.counts;
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(content.title, { bold: true, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`${content.scopeName}\u3000${content.from} 至 ${content.to}`)],
    }),
    new Paragraph({
      children: [
        run(
          `结对 ${c.pairings} 个，走访 ${c.visits} 次，谈心谈话 ${c.talks} 次，整改事项 ${c.actionItems} 项，成效评估 ${c.reviews} 次；座谈会 ${c.forums} 场，征集问题 ${c.problems} 个。生成时间：${content.generatedAt}`,
        ),
      ],
    }),
  ];
  for (const g of content.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(g.heading, { bold: true })] }));
    for (const d of g.details) children.push(new Paragraph({ children: [run(d)] }));
    if (g.entries.length === 0) children.push(new Paragraph({ children: [run('本期无记录。')] }));
    for (const e of g.entries) {
      children.push(
        new Paragraph({ spacing: { before: 120 }, children: [run(`${e.at}\u3000`, { bold: true }), run(e.title)] }),
      );
      for (const line of e.lines) children.push(new Paragraph({ indent: { left: 420 }, children: [run(line)] }));
    }
  }
  const doc = new Document({
    creator: '同心',
    title: content.title,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'], font: FONT })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
