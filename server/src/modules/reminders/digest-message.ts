import { NotificationKind } from '@tongxin/schema';
import type { DueItem } from './due-sources.js';

// What a digest says, for each channel. Names, counts, due dates and links only: the digest leaves
// the bureau's network through gateways and mailboxes, so no record's text (summaries, notes,
// assessments, item descriptions, reasons) is ever put in it.

const KIND_TITLES: Record<NotificationKind, string> = {
  CONTACT_DUE: '结对联系即将到期或已逾期',
  ITEM_DUE: '整改事项即将到期或已逾期',
  VISIT_UNACKNOWLEDGED: '走访记录对象尚未签字确认',
  VISIT_TO_ACKNOWLEDGE: '待您签字确认的走访记录',
  PAIRING_OVERDUE: '本支部逾期未联系的结对',
  PLAN_ENDING: '计划结束临近、尚未提交评估的结对',
  REVIEW_WAITING: '待党委评估的结对',
  ESCALATED: '已升级处理的结对',
  BRANCH_OVERDUE: '逾期比例超过阈值的支部',
  PROBLEM_OVERDUE: '逾期未整改的问题',
  DIGEST: '每日提醒',
};

export interface DigestMessage {
  /** Delivery id: a gateway that sees it twice (a retry after a lost answer) drops the second. */
  id: number;
  day: string;
  bureau: { id: number; name: string };
  recipient: { id: number; name: string; badgeNumber: string };
  items: DueItem[];
  /** The portal's address, for absolute links. */
  publicUrl: string;
}

const countsByKind = (items: DueItem[]) =>
  items.reduce<Partial<Record<NotificationKind, number>>>(
    (acc, i) => ({ ...acc, [i.kind]: (acc[i.kind] ?? 0) + 1 }),
    {},
  );

function itemLine(i: DueItem): string {
  const parts = [i.label];
  if (i.kind === NotificationKind.BRANCH_OVERDUE && i.count != null) parts.push(`逾期 ${i.count}%`);
  else if (i.count != null) parts.push(`逾期 ${i.count} 天`);
  if (i.dueDate) parts.push(`${i.overdue ? '应于' : '到期'} ${i.dueDate}`);
  return parts.join(' · ');
}

const title = (m: DigestMessage) => `同心每日提醒 ${m.day}：${m.recipient.name}，${m.items.length} 项待办`;

/** Tongxin's own webhook body: structured, for the bureau's gateway to route and word itself. */
export function genericBody(m: DigestMessage) {
  return {
    type: 'tongxin.digest',
    version: 1,
    id: m.id,
    day: m.day,
    bureau: m.bureau,
    recipient: m.recipient,
    total: m.items.length,
    counts: countsByKind(m.items),
    items: m.items.map((i) => ({
      kind: i.kind,
      label: i.label,
      dueDate: i.dueDate,
      overdue: i.overdue,
      count: i.count,
      link: m.publicUrl + i.link,
    })),
    link: `${m.publicUrl}/inbox`,
  };
}

/** Grouped lines, the same for the DingTalk markdown and the e-mail text. */
function groupedLines(m: DigestMessage, bullet: (i: DueItem) => string): string[] {
  const lines: string[] = [];
  for (const [kind, n] of Object.entries(countsByKind(m.items)) as [NotificationKind, number][]) {
    lines.push('', `${KIND_TITLES[kind]}（${n}）`);
    for (const i of m.items.filter((x) => x.kind === kind)) lines.push(bullet(i));
  }
  return lines;
}

/** A DingTalk robot's markdown message (msgtype markdown: title and text). */
export function dingTalkBody(m: DigestMessage) {
  const text = [
    `#### ${title(m)}`,
    ...groupedLines(m, (i) => `- [${itemLine(i)}](${m.publicUrl}${i.link})`),
    '',
    `[打开同心收件箱](${m.publicUrl}/inbox)`,
  ].join('\n');
  return { msgtype: 'markdown', markdown: { title: title(m), text } };
}

export function emailContent(m: DigestMessage): { subject: string; text: string } {
  const text = [
    `${m.recipient.name}，您好：`,
    '',
    `截至 ${m.day}，同心系统中有 ${m.items.length} 项需要您处理。`,
    ...groupedLines(m, (i) => `- ${itemLine(i)}\n  ${m.publicUrl}${i.link}`),
    '',
    `收件箱：${m.publicUrl}/inbox`,
    '不想再收到每日提醒，可在同心的“提醒设置”中关闭。',
  ].join('\n');
  return { subject: title(m), text };
}
