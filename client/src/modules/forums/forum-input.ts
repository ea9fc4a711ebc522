import type { CreateForumInput, ForumKind, NewProblemInput } from '../../gql/graphql';

// The forum form's values as the device keeps them (a draft survives a reload while the forum runs)
// and their translation into the API's input.

/** The raiser choice that keeps the raiser unrecorded (匿名). */
export const ANONYMOUS = 'ANONYMOUS';

export interface ProblemDraft {
  text: string;
  categoryId?: string;
  /** An attendee's officer id, or ANONYMOUS. */
  raisedBy: string;
  ownerKind: 'BRANCH' | 'PERSON';
  ownerId?: string;
  dueDate?: string;
  fixedOnTheSpot: boolean;
  fixNote?: string;
}

export interface ForumValues {
  kind: string;
  title: string;
  occurredAt: string;
  place?: string;
  attendeeIds: string[];
  minutes?: string;
  confidentialMinutes?: string;
  problems: ProblemDraft[];
}

const text = (v: string | undefined | null) => (v?.trim() ? v.trim() : null);

function problemInput(p: ProblemDraft): NewProblemInput {
  const anonymous = !p.raisedBy || p.raisedBy === ANONYMOUS;
  const base = {
    text: p.text.trim(),
    categoryId: p.categoryId ?? '',
    anonymous,
    raisedById: anonymous ? null : p.raisedBy,
  };
  // Fixed at the table: nobody owns it and nothing is due; the note says how.
  if (p.fixedOnTheSpot) return { ...base, fixedOnTheSpot: true, resolution: text(p.fixNote) };
  return {
    ...base,
    fixedOnTheSpot: false,
    // A branch owner left out means the organising branch (the server's default).
    ownerId: p.ownerKind === 'PERSON' ? (p.ownerId ?? null) : null,
    dueDate: p.dueDate ?? null,
  };
}

/** The input of `createForum`; every attendee picked was there (absence is marked later on the forum). */
export function toCreateForumInput(values: ForumValues, clientKey: string): CreateForumInput {
  return {
    kind: values.kind as ForumKind,
    title: values.title.trim(),
    occurredAt: values.occurredAt,
    place: text(values.place),
    minutes: text(values.minutes),
    confidentialMinutes: text(values.confidentialMinutes),
    attendees: values.attendeeIds.map((officerId) => ({ officerId, present: true })),
    problems: (values.problems ?? []).map(problemInput),
    clientKey,
  };
}
