import type { LedgerGroup } from './ledger-content.js';
import type { Cell, SheetOf } from './ledger-sheet.js';

interface Sheets {
  pairings: SheetOf;
  visits: SheetOf;
  talks: SheetOf;
  actionItems: SheetOf;
  reviews: SheetOf;
}

/**
 * The printable ledger: one group per pairing, its records in date order; talks without a pairing
 * last. An entry's lines are its sheet's columns marked `line`.
 */
export function groupByPairing({ pairings, visits, talks, actionItems, reviews }: Sheets): LedgerGroup[] {
  const groups = new Map<number | null, LedgerGroup>();
  for (const p of pairings.rows) {
    const heading = `${p.branch} · ${p.mentee || '—'}（结对 #${p.id}）`;
    groups.set(Number(p.id), { pairingId: Number(p.id), heading, details: pairings.lines(p), entries: [] });
  }
  const groupOf = (pairingId: Cell) => {
    const key = pairingId === '' ? null : Number(pairingId);
    let g = groups.get(key);
    if (!g) {
      const heading = key === null ? '其他谈心谈话与整改事项（未关联结对）' : `结对 #${key}`;
      g = { pairingId: key, heading, details: [], entries: [] };
      groups.set(key, g);
    }
    return g;
  };
  const file = (sheet: SheetOf, at: string, title: (row: SheetOf['rows'][number]) => string) => {
    for (const row of sheet.rows) {
      groupOf(row.pairingId).entries.push({ at: String(row[at]), title: title(row), lines: sheet.lines(row) });
    }
  };
  file(visits, 'occurredAt', (v) => `${v.kind}（记录人：${v.author || '—'}）`);
  file(
    talks,
    'occurredAt',
    (t) =>
      `谈心谈话 · ${t.kind}（${t.talker || '—'} → ${t.talkee || '—'}）${t.confidential === '是' ? '【保密】' : ''}`,
  );
  file(actionItems, 'dueDate', (a) => `整改事项（期限 ${a.dueDate}，${a.status}）`);
  file(reviews, 'createdAt', (r) => `成效评估：${r.rating || '—'}，${r.decision}（评估人：${r.reviewer || '—'}）`);
  const ordered = [...groups.values()];
  for (const g of ordered) g.entries.sort((a, b) => a.at.localeCompare(b.at));
  // Unlinked records last.
  return ordered.sort((a, b) => (a.pairingId === null ? 1 : b.pairingId === null ? -1 : 0));
}
