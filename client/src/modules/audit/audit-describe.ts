import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeChanges, hasChanges } from './audit-changes';

// What an event says, in the viewer's language, never the stored JSON: its action's and record
// type's names and its details as a sentence. Pure (no antd): the full log (audit-log.tsx) and the
// auditor's home (audit-recent.tsx) say the same things. Reads of confidential records name their
// records by id, folded behind a count by each view.

/** An action name as the message keys have it: `read:Talk` → `read_Talk`. */
export const actionKey = (action: string) => action.replace(/[.:]/g, '_');

/** When an event happened, to the second. */
export const auditTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

/** The names of actions and record types; a name the portal does not know is shown as stored. */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  return {
    action: (action: string) =>
      i18n.exists(`audit.actions.${actionKey(action)}`) ? t(`audit.actions.${actionKey(action)}` as never) : action,
    subject: (type: string) => (i18n.exists(`audit.subjects.${type}`) ? t(`audit.subjects.${type}` as never) : type),
  };
}

export interface AuditRow {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  detail?: unknown;
}

/** The portal page of a record, where there is one a committee member can open. */
export function recordPath(type: string, id: string | number | null | undefined): string | null {
  if (id == null || id === '') return null;
  switch (type) {
    case 'Pairing':
      return `/pairings/${id}`;
    case 'Visit':
      return `/visits/${id}`;
    case 'Talk':
      return `/talks/${id}`;
    default:
      return null;
  }
}

type Detail = Record<string, unknown>;

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown) => (v == null ? '' : String(v));
const hashIds = (ids: string[]) => ids.map((id) => `#${id}`).join('、');

/** A group of records an event names, each linkable. */
export interface NamedRecords {
  type: string;
  label: string;
  ids: string[];
}

export interface DetailSentence {
  text: string;
  records: NamedRecords[];
}

/** The sentence for one event; unknown actions fall back to a count of their detail items. */
export function describeEvent(row: AuditRow, translate: TFunction): DetailSentence {
  // Keys are built from stored action and status names: looked up loosely, with the name as fallback.
  const t = translate as unknown as (key: string, values?: Record<string, unknown>) => string;
  const d: Detail = row.detail && typeof row.detail === 'object' ? (row.detail as Detail) : {};
  const sep = t('audit.detail.sep');
  const join = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(sep);
  const say = (key: string, values?: Record<string, unknown>) => t(`audit.detail.${key}`, values ?? {});
  const status = (s: unknown) => t(`reviews.statusName.${str(s)}`, { defaultValue: str(s) });
  const none = { text: '', records: [] };

  // Administration events carry before/after values: one readable change per field.
  if (hasChanges(d)) return { text: describeChanges(d, translate).join(sep), records: [] };

  switch (row.action) {
    case 'login':
      return d.ip ? { text: say('login', { ip: d.ip }), records: [] } : none;
    case 'login.failed':
      return {
        text: join([say('login_failed', { name: row.subjectId ?? '' }), !!d.ip && say('failedFrom', { ip: d.ip })]),
        records: [],
      };
    case 'createPairing': {
      const support = asList(d.supportMentorIds);
      return {
        text: join([
          say('createPairing', { menteeId: d.menteeId, leadMentorId: d.leadMentorId }),
          support.length > 0 && say('supportMentors', { ids: hashIds(support) }),
        ]),
        records: [],
      };
    }
    case 'updatePairing':
    case 'handOverPairing': {
      const fields = asList(d.fields).map((f) => t(`audit.fieldName.${f}`, { defaultValue: f }));
      const added = asList(d.newMentorIds);
      const ended = asList(d.endedMentorIds);
      return {
        text: join([
          fields.length > 0 && say('changedFields', { fields: fields.join('、') }),
          added.length > 0 && say('newMentors', { ids: hashIds(added) }),
          ended.length > 0 && say('endedMentors', { ids: hashIds(ended) }),
        ]),
        records: [],
      };
    }
    case 'cancelPairing':
    case 'submitPairingForReview':
      return d.from || d.to
        ? { text: say('statusChange', { from: status(d.from), to: status(d.to) }), records: [] }
        : none;
    case 'reviewPairing':
      return {
        text: say('review', {
          rating: t(`reviews.ratingName.${str(d.rating)}`, { defaultValue: str(d.rating) }),
          decision: t(`reviews.decisionName.${str(d.decision)}`, { defaultValue: str(d.decision) }),
          status: status(d.status),
        }),
        records: [],
      };
    case 'logVisit': {
      const closed = asList(d.closedActionItemIds);
      return {
        text: join([
          say('visit', { pairingId: d.pairingId, count: Number(d.actionItems ?? 0) }),
          closed.length > 0 && say('closedItems', { count: closed.length }),
        ]),
        records: [],
      };
    }
    case 'recordTalk':
      return {
        text: join([
          say('talk', { talkeeId: d.talkeeId }),
          d.pairingId != null && say('talkPairing', { pairingId: d.pairingId }),
          d.confidential === true && say('talkConfidential'),
          Number(d.actionItems ?? 0) > 0 && say('talkItems', { count: Number(d.actionItems) }),
        ]),
        records: [],
      };
    case 'updateActionItem':
      return d.status
        ? {
            text: say('itemStatus', {
              status: t(`audit.itemStatus.${str(d.status)}`, { defaultValue: str(d.status) }),
            }),
            records: [],
          }
        : none;
    case 'exportLedger':
    case 'downloadLedger': {
      const talks = asList(d.confidentialTalkIds);
      const notes = asList(d.confidentialVisitNoteIds);
      const scope = d.branchId != null ? say('ledgerBranch', { id: d.branchId }) : say('ledgerBureau');
      return {
        text: join([
          say('ledger', { from: d.from, to: d.to, scope, format: str(d.format) }),
          talks.length + notes.length > 0 && say('ledgerConfidential', { count: talks.length + notes.length }),
        ]),
        records: [
          { type: 'Talk', label: say('talks'), ids: talks },
          { type: 'Visit', label: say('visitNotes'), ids: notes },
        ].filter((r) => r.ids.length > 0),
      };
    }
    case 'read:Talk':
    case 'read:Visit.confidentialNotes': {
      // Events written before reads were grouped name their one record as the subject.
      const ids = asList(d.ids).length > 0 ? asList(d.ids) : row.subjectId ? [row.subjectId] : [];
      const talk = row.action === 'read:Talk';
      return {
        text: say(talk ? 'readTalks' : 'readVisitNotes', { count: ids.length }),
        records:
          ids.length > 1 ? [{ type: talk ? 'Talk' : 'Visit', label: say(talk ? 'talks' : 'visitNotes'), ids }] : [],
      };
    }
    default: {
      const count = Object.keys(d).length;
      return count > 0 ? { text: say('other', { count }), records: [] } : none;
    }
  }
}
