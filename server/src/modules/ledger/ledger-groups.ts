import type { Cell, LedgerGroup } from './ledger-content.js';

type Row = Record<string, Cell>;
const text = (label: string, value: Cell) => (value === '' || value == null ? null : `${label}：${value}`);
const lines = (...items: (string | null)[]) => items.filter((l): l is string => l !== null);

/** The printable ledger: one group per pairing, its records in date order; talks without a pairing last. */
export function groupByPairing(
  pairings: Row[],
  visits: Row[],
  talks: Row[],
  items: Row[],
  reviews: Row[],
): LedgerGroup[] {
  const groups = new Map<number | null, LedgerGroup>();
  for (const p of pairings) {
    groups.set(Number(p.id), {
      pairingId: Number(p.id),
      heading: `${p.branch} · ${p.mentee || '—'}（结对 #${p.id}）`,
      details: lines(
        text('结对方式', p.type),
        text('帮教责任人', p.lead),
        text('帮扶成员', p.support),
        text('帮扶原因', p.reason),
        text('帮扶目标', p.goals),
        text('帮扶期限', p.startDate ? `${p.startDate} 至 ${p.plannedEndDate}` : ''),
        text('状态', p.status),
        text('风险提示', p.riskNotes),
      ),
      entries: [],
    });
  }
  const groupOf = (pairingId: Cell) => {
    const key = pairingId === '' ? null : Number(pairingId);
    let g = groups.get(key);
    if (!g) {
      g = {
        pairingId: key,
        heading: key === null ? '其他谈心谈话与整改事项（未关联结对）' : `结对 #${key}`,
        details: [],
        entries: [],
      };
      groups.set(key, g);
    }
    return g;
  };
  for (const v of visits) {
    groupOf(v.pairingId).entries.push({
      at: String(v.occurredAt),
      title: `${v.kind}（记录人：${v.author || '—'}）`,
      lines: lines(
        text('地点', v.location),
        text('参加人员', v.participants),
        text('内容', v.summary),
        text('情况观察', v.observations),
        text('保密备注', v.confidentialNotes),
        v.acknowledgedAt ? `本人签字确认：${v.acknowledgedAt}` : '本人未签字确认',
      ),
    });
  }
  for (const t of talks) {
    groupOf(t.pairingId).entries.push({
      at: String(t.occurredAt),
      title: `谈心谈话 · ${t.kind}（${t.talker || '—'} → ${t.talkee || '—'}）${t.confidential === '是' ? '【保密】' : ''}`,
      lines: lines(
        text('谈话主题', t.topics),
        text('本人思想状况', t.officerViews),
        text('反映问题', t.problemsRaised),
        text('指导意见', t.guidance),
        text('谈话评价', t.assessment),
      ),
    });
  }
  for (const a of items) {
    groupOf(a.pairingId).entries.push({
      at: String(a.dueDate),
      title: `整改事项（期限 ${a.dueDate}，${a.status}）`,
      lines: lines(
        text('内容', a.description),
        text('责任人', a.owner),
        text('完成时间', a.closedAt),
        text('备注', a.note),
      ),
    });
  }
  for (const r of reviews) {
    groupOf(r.pairingId).entries.push({
      at: String(r.createdAt),
      title: `成效评估：${r.rating || '—'}，${r.decision}（评估人：${r.reviewer || '—'}）`,
      lines: lines(text('评估意见', r.comments), text('新计划结束日期', r.newPlannedEndDate)),
    });
  }
  const ordered = [...groups.values()];
  for (const g of ordered) g.entries.sort((a, b) => a.at.localeCompare(b.at));
  // Unlinked records last.
  return ordered.sort((a, b) => (a.pairingId === null ? 1 : b.pairingId === null ? -1 : 0));
}
