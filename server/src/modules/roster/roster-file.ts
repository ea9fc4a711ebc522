import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { LIMITS } from '@tongxin/schema';
import { badInput } from '../../common/errors.js';

// A roster file as a table of text cells. The format is told by the bytes, not by the name or the
// content type a browser guesses: an .xlsx is a zip (PK\x03\x04); anything else must be text.
// Each row keeps its spreadsheet line number (the header is line 1), which every problem cites.

export type RosterFormat = 'xlsx' | 'csv';

export interface RosterTable {
  format: RosterFormat;
  header: string[];
  /** The data rows, blank ones left out. */
  rows: { line: number; cells: string[] }[];
}

const unreadable = () => badInput('file', 'IMPORT_FILE_UNREADABLE');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The old binary .xls (an OLE container): refused rather than read as garbled text. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export function formatOf(body: Buffer): RosterFormat {
  if (body.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (body.subarray(0, 4).equals(OLE) || body.includes(0)) throw unreadable();
  return 'csv';
}

export async function readRosterFile(body: Buffer): Promise<RosterTable> {
  if (body.length > LIMITS.rosterImportMaxMb * 1024 * 1024) {
    throw badInput('file', 'IMPORT_FILE_TOO_LARGE', { maxMb: LIMITS.rosterImportMaxMb });
  }
  const format = formatOf(body);
  const lines = format === 'xlsx' ? await xlsxLines(body) : csvLines(body);
  const [headerLine, ...rest] = lines.filter((l) => l.cells.some((c) => c !== ''));
  const rows = rest.filter((l) => l.line > (headerLine?.line ?? 0));
  if (!headerLine || rows.length === 0) throw badInput('file', 'IMPORT_FILE_EMPTY');
  if (rows.length > LIMITS.rosterImportMaxRows) {
    throw badInput('file', 'IMPORT_TOO_MANY_ROWS', { max: LIMITS.rosterImportMaxRows });
  }
  return { format, header: headerLine.cells, rows };
}

/** The first worksheet, each cell as the text Excel shows (numbers without exponent). */
async function xlsxLines(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw unreadable();
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value, cell.text);
    });
    lines.push({ line: row.number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return lines;
}

function cellText(value: ExcelJS.CellValue, text: string): string {
  // A badge or phone typed as a number: its digits, not 1.38e+10.
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return (text ?? '').trim();
}

/**
 * UTF-8 (with or without BOM), else GB18030: what Excel in a Chinese locale writes when it saves
 * a sheet as CSV. Line numbers count records, as the sheet showed them.
 */
function csvLines(body: Buffer) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('gb18030').decode(body);
  }
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch {
    throw unreadable();
  }
  return records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
}
