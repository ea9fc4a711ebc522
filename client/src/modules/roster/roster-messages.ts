// Texts of the roster import page (名册导入); zh-CN first, English has the same keys.

export const rosterZh = {
  title: '名册导入',
  hint: '上传填好的名册（.xlsx 或 .csv）。先试导入检查每一行，全部无误后才能正式导入；正式导入要么全部写入，要么全部不写。',
  template: '下载模板',
  file: '选择文件',
  dryRun: '试导入（只检查）',
  apply: '正式导入',
  applyDisabled: '请先修正所有错误行并重新试导入',
  totals: '共 {{rows}} 行：新增 {{new}}，更新 {{updated}}，不变 {{unchanged}}，错误 {{error}}',
  applied: '已导入：新增 {{new}}，更新 {{updated}}',
  line: '行号',
  badgeNumber: '警号',
  name: '姓名',
  status: '结果',
  problems: '问题',
  statusName: { new: '新增', updated: '更新', unchanged: '不变', error: '错误' },
  failed: '导入失败：{{message}}',
  phase: {
    read: '正在读取文件：{{done}} / {{total}} 行',
    check: '正在检查：{{done}} / {{total}} 行',
    write: '正在写入：{{done}} / {{total}} 行',
  },
};

export const rosterEn: typeof rosterZh = {
  title: 'Roster import',
  hint: 'Upload the filled-in roster (.xlsx or .csv). A dry run checks every row; the import itself is allowed only when no row is wrong, and writes all rows or none.',
  template: 'Download the template',
  file: 'Choose a file',
  dryRun: 'Dry run (check only)',
  apply: 'Import',
  applyDisabled: 'Fix every row in error and run the check again',
  totals: '{{rows}} rows: {{new}} new, {{updated}} updated, {{unchanged}} unchanged, {{error}} in error',
  applied: 'Imported: {{new}} new, {{updated}} updated',
  line: 'Line',
  badgeNumber: 'Badge number',
  name: 'Name',
  status: 'Result',
  problems: 'Problems',
  statusName: { new: 'New', updated: 'Updated', unchanged: 'Unchanged', error: 'Error' },
  failed: 'Import failed: {{message}}',
  phase: {
    read: 'Reading the file: {{done}} of {{total}} rows',
    check: 'Checking: {{done}} of {{total}} rows',
    write: 'Writing: {{done}} of {{total}} rows',
  },
};
