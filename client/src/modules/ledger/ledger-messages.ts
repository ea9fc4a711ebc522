// Texts of the ledger (台账) export (zh-CN first; English must have the same keys).
import type { Messages } from '../../i18n/messages';

export const ledgerZh = {
  title: '台账导出',
  hint: '导出所选期间的结对帮扶、走访记录、谈心谈话、整改事项和成效评估。仅包含您有权查看的内容，每次导出均记入审计日志。',
  period: '期间',
  periodRequired: '请选择期间',
  scope: '范围',
  bureau: '全局',
  format: '格式',
  xlsx: 'Excel 表格（每类记录一页）',
  docx: 'Word 台账（按结对分组，便于打印）',
  export: '导出',
  preparing: '正在生成…',
  downloading: '正在下载 {{size}}',
  done: '已下载 {{filename}}',
  failed: '导出失败，请重试',
};

export const ledgerEn: Messages<typeof ledgerZh> = {
  title: 'Ledger export',
  hint: 'Exports the pairings, visits, talks, action items and reviews of a period: only what you may read. Every export is written to the audit log.',
  period: 'Period',
  periodRequired: 'Choose a period',
  scope: 'Scope',
  bureau: 'Whole bureau',
  format: 'Format',
  xlsx: 'Excel workbook (one sheet per record kind)',
  docx: 'Word ledger (grouped by pairing, for printing)',
  export: 'Export',
  preparing: 'Preparing…',
  downloading: 'Downloading {{size}}',
  done: 'Downloaded {{filename}}',
  failed: 'Export failed; try again',
};
