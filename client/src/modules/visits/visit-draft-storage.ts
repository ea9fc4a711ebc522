// The values of the visit form as kept in a draft (see `outbox/outbox-storage.ts`, which stores
// the drafts and the outbox of every record form). `occurredAt` is an ISO instant (older drafts
// hold `YYYY-MM-DDTHH:mm`, which parses the same way); dates are `YYYY-MM-DD`.

export interface DraftItem {
  ownerId?: string;
  description?: string;
  dueDate?: string;
}

export interface DraftValues {
  kind?: string;
  occurredAt?: string;
  location?: string;
  participants?: string;
  participantMentorIds?: string[];
  summary?: string;
  observations?: string;
  confidentialNotes?: string;
  nextVisitDue?: string;
  actionItems?: DraftItem[];
  closeActionItemIds?: string[];
}

/** Every field of the visit form, so that clearing the form leaves none of them behind. */
export const VISIT_FIELDS: (keyof DraftValues)[] = [
  'kind',
  'occurredAt',
  'location',
  'participants',
  'participantMentorIds',
  'summary',
  'observations',
  'confidentialNotes',
  'nextVisitDue',
  'actionItems',
  'closeActionItemIds',
];
