import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import type { LedgerContent, LedgerTitle } from './ledger-content.js';
import type { StreamedSheet } from './ledger-stream.js';

/** Rows written between two looks at the budget, the client's pace and the other requests. */
const ROWS_PER_SLICE = 200;

/** Stops a file's work when the request's time is up or its client went away. */
export interface WorkBudget {
  check(): void;
  readonly signal: AbortSignal;
}

/**
 * The workbook, streamed to `out`: one sheet per record kind, Chinese headers, the header row
 * frozen. Rows arrive a batch at a time from the database and each row is committed (serialised
 * and zipped) as it is written, so neither the records nor what the file holds are ever in memory
 * at once; every slice of rows waits for a slow client to drain and gives the event loop to the
 * other requests.
 */
export async function writeLedgerXlsx(
  title: LedgerTitle,
  sheets: StreamedSheet[],
  out: Writable,
  budget: WorkBudget,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '同心';
  wb.title = `${title.title}（${title.scopeName} ${title.from} 至 ${title.to}）`;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center' };
    header.commit();
    let written = 0;
    for await (const rows of sheet.rows) {
      for (const row of rows) {
        ws.addRow(row).commit();
        written += 1;
        if (written % ROWS_PER_SLICE === 0) await yieldSlice(out, budget, ws);
      }
    }
    ws.commit();
    await yieldSlice(out, budget, null);
  }
  await wb.commit();
}

/**
 * The sheet's XML goes to the zip's compressor, which takes whatever it is given (exceljs writes
 * its sheet buffer to it without looking at the answer): a writer faster than the compressor would
 * pile the whole sheet up in front of it. So each slice also waits until the compressor has taken
 * in what it was given. `pipes` is exceljs's own list of where a sheet's buffer goes.
 */
function compressorsOf(ws: ExcelJS.Worksheet | null): Writable[] {
  const stream = (ws as unknown as { stream?: { pipes?: Writable[] } } | null)?.stream;
  return stream?.pipes ?? [];
}

async function yieldSlice(out: Writable, budget: WorkBudget, ws: ExcelJS.Worksheet | null) {
  budget.check();
  for (const stream of [...compressorsOf(ws), out]) {
    if (stream.writableNeedDrain) await once(stream, 'drain', { signal: budget.signal });
  }
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
