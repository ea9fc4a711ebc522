import ExcelJS from 'exceljs';
import { LIMITS } from '@tongxin/schema';
import { COLUMN_OF, ROLE_LABEL, ROSTER_FIELDS } from './roster-columns.js';

// The file to fill in: the seven columns and one example row in the sysadmin's own bureau (so the
// template imports as it is), and on a second sheet what each column accepts and the branch names.

export interface TemplateFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const exampleRow = (branchName: string) => [
  branchName,
  '张三',
  '100100',
  '民警',
  '社区民警',
  '13800138000',
  '帮教责任人',
];

const NOTES: [string, string][] = [
  [COLUMN_OF.branch, '必填。本分局支部的名称，须与系统中一致（见下方列表）；不会自动新建支部。'],
  [COLUMN_OF.name, `必填，不超过 ${LIMITS.nameMax} 字。`],
  [COLUMN_OF.badgeNumber, `必填，唯一，1–${LIMITS.badgeNumberMax} 位字母、数字或连字符。按警号匹配已有人员。`],
  [COLUMN_OF.category, '必填：民警 或 辅警。'],
  [COLUMN_OF.position, '选填；留空则清除。'],
  [COLUMN_OF.phone, '选填：手机号、带区号的座机号（如 0574-87654321）或 6 开头的短号；留空则清除。'],
  [
    COLUMN_OF.roles,
    `选填，多个用顿号分隔：${Object.values(ROLE_LABEL).join('、')}。帮教责任人决定可否担任帮教责任人（留空即否）；` +
      '其他角色只加给已有账号的人员，导入不会取消已有角色。系统管理员、安全审计员须单独担任。',
  ],
];

export async function rosterTemplateXlsx(branchNames: string[]): Promise<TemplateFile> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.columns = ROSTER_FIELDS.map((f) => ({ header: COLUMN_OF[f], key: f, width: f === 'roles' ? 24 : 16 }));
  // Text cells: a badge or phone typed into them keeps its leading zeros.
  sheet.columns.forEach((c) => (c.numFmt = '@'));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(exampleRow(branchNames[0] ?? '某某派出所'));
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [
    { header: '列', width: 12 },
    { header: '说明', width: 90 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const n of NOTES) notes.addRow(n);
  notes.addRow([]);
  notes.addRow(['支部名称']).font = { bold: true };
  for (const name of branchNames) notes.addRow(['', name]);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: '花名册导入模板.xlsx',
  };
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** UTF-8 with a BOM, which Excel needs to open Chinese text in a CSV. */
export function rosterTemplateCsv(branchNames: string[]): TemplateFile {
  const lines = [ROSTER_FIELDS.map((f) => COLUMN_OF[f]), exampleRow(branchNames[0] ?? '某某派出所')];
  const text = `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return { body: Buffer.from(text, 'utf8'), contentType: 'text/csv; charset=utf-8', filename: '花名册导入模板.csv' };
}
