import { describe, expect, it } from 'vitest';
import { toTalkInput } from '../talks/talk-input';
import { VISIT_FIELDS, toVisitInput } from './visit-input';

describe('record form inputs', () => {
  it('sends blank optional text as null and trims the rest, the same for the log and edit forms', () => {
    const input = toVisitInput({
      kind: 'HOME_VISIT',
      occurredAt: '2026-11-30T10:00:00.000Z',
      location: '  ',
      summary: ' 谈了工作 ',
      observations: ' 情绪稳定 ',
      nextVisitDue: '',
    });
    expect(input).toEqual({
      kind: 'HOME_VISIT',
      occurredAt: '2026-11-30T10:00:00.000Z',
      location: null,
      participants: null,
      summary: '谈了工作',
      observations: '情绪稳定',
      confidentialNotes: null,
      nextVisitDue: null,
    });
    expect(
      toTalkInput({ kind: 'CARE', occurredAt: '2026-11-30T10:00:00.000Z', topics: ' 近况 ', guidance: '' }),
    ).toMatchObject({ topics: '近况', guidance: null, officerViews: null });
  });

  it('clears every field of the visit form, the mentors present and the items included', () => {
    expect(VISIT_FIELDS).toEqual(
      expect.arrayContaining(['summary', 'participantMentorIds', 'actionItems', 'closeActionItemIds']),
    );
    expect(VISIT_FIELDS).toHaveLength(11);
  });
});
