// The values of the talk forms (record and edit) and the one mapping from them to the API's input,
// derived from the generated `RecordTalkInput` so that a field added to the API is a type error here
// until the forms know it. Drafts keep these values as they are (see `outbox/outbox-storage.ts`).
import type { RecordTalkInput } from '../../gql/graphql';
import type { DraftItem } from '../visits/visit-input';
import { fromLocalInput } from '../visits/format';

/** The fields a talk's author can still correct (`UpdateTalkInput`): who, the pairing and confidentiality cannot. */
type RecordFields = Pick<
  RecordTalkInput,
  'kind' | 'occurredAt' | 'topics' | 'officerViews' | 'problemsRaised' | 'guidance' | 'assessment'
>;

export type TalkValues = { [K in keyof RecordFields]?: string } & {
  talkeeId?: string;
  pairingId?: string;
  confidential?: boolean;
  actionItems?: DraftItem[];
};

// Written as an object so that a field missing here is a type error.
const FIELDS: { [K in keyof TalkValues]-?: true } = {
  talkeeId: true,
  pairingId: true,
  kind: true,
  occurredAt: true,
  topics: true,
  officerViews: true,
  problemsRaised: true,
  guidance: true,
  assessment: true,
  confidential: true,
  actionItems: true,
};

/** Every field of the talk form, so that clearing the form leaves none of them behind. */
export const TALK_FIELDS = Object.keys(FIELDS) as (keyof TalkValues)[];

const text = (v?: string) => (v?.trim() ? v.trim() : null);

/** The fields the record and the edit forms both send, as the API takes them: blank optional text is null. */
export function toTalkInput(values: TalkValues): { [K in keyof RecordFields]-?: RecordTalkInput[K] } {
  return {
    kind: values.kind as RecordTalkInput['kind'],
    occurredAt: fromLocalInput(values.occurredAt || new Date().toISOString()),
    topics: values.topics?.trim() ?? '',
    officerViews: text(values.officerViews),
    problemsRaised: text(values.problemsRaised),
    guidance: text(values.guidance),
    assessment: text(values.assessment),
  };
}
