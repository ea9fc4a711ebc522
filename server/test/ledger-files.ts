import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { PERIOD } from './reviews-fixture.js';
import type { TestClient } from './test-app.js';

// The ledger files read back as plain data, for the suites that check what a viewer exported.

export const EXPORT_LEDGER = `mutation($input: ExportLedgerInput!) { exportLedger(input: $input) { url filename } }`;

/** Exports the fixture's period (unless `input` says otherwise) and fetches the file. */
export async function download(c: TestClient, input: Record<string, unknown>) {
  const res = await c.gql(EXPORT_LEDGER, { input: { ...PERIOD, ...input } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const { url, filename } = res.data!.exportLedger;
  const file = await c.get(url);
  expect(file.status).toBe(200);
  return { url, filename, file, body: Buffer.from(await file.arrayBuffer()) };
}

/** The workbook's sheet names, and each sheet's rows keyed by its header row. */
export async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, string>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] == null ? '' : String(values[i])])));
    });
    return { headers, rows };
  };
  return { names: wb.worksheets.map((w) => w.name), sheet };
}

/** The Word document's text, one line per paragraph. */
export async function documentText(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/g, ''))
    .join('\n');
}
