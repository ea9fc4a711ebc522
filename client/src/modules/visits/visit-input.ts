// The values of the visit forms (log and edit) and the one mapping from them to the API's input.
// They are derived from the generated `LogVisitInput`, so a field added to the API is a type error
// here until the forms know it. Drafts (see `outbox/outbox-storage.ts`) keep these values as they
// are: `occurredAt` is an ISO instant (older drafts hold `YYYY-MM-DDTHH:mm`, which parses the same
// way); dates are `YYYY-MM-DD`.
import type { LogVisitInput, NewActionItemInput } from '../../gql/graphql';
import { fromLocalInput } from './format';

/** The record's own fields, held by antd as strings while they are edited. */
type RecordFields = Omit<
  LogVisitInput,
  'pairingId' | 'clientKey' | 'actionItems' | 'closeActionItemIds' | 'participantMentorIds'
>;

export type DraftItem = { [K in keyof NewActionItemInput]?: string };

export type DraftValues = { [K in keyof RecordFields]?: string } & {
  participantMentorIds?: string[];
  actionItems?: DraftItem[];
  closeActionItemIds?: string[];
};

// Written as an object so that a field missing here is a type error.
const FIELDS: { [K in keyof DraftValues]-?: true } = {
  kind: true,
  occurredAt: true,
  location: true,
  participants: true,
  participantMentorIds: true,
  summary: true,
  observations: true,
  confidentialNotes: true,
  nextVisitDue: true,
  actionItems: true,
  closeActionItemIds: true,
};

/** Every field of the visit form, so that clearing the form leaves none of them behind. */
export const VISIT_FIELDS = Object.keys(FIELDS) as (keyof DraftValues)[];

const text = (v?: string) => (v?.trim() ? v.trim() : null);

/** The fields the log and the edit forms both send, as the API takes them: blank optional text is null. */
export function toVisitInput(values: DraftValues): { [K in keyof RecordFields]-?: LogVisitInput[K] } {
  return {
    kind: values.kind as LogVisitInput['kind'],
    occurredAt: fromLocalInput(values.occurredAt || new Date().toISOString()),
    location: text(values.location),
    participants: text(values.participants),
    summary: values.summary?.trim() ?? '',
    observations: text(values.observations),
    confidentialNotes: text(values.confidentialNotes),
    nextVisitDue: values.nextVisitDue || null,
  };
}
