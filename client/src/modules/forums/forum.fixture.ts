import { fireEvent, screen } from '@testing-library/react';

// What the forum and problem page tests share: a forum record as the API answers it, and a way to
// pick an option in an antd select by its visible text.

export const officer = (id: string, name: string) => ({ __typename: 'Officer', id, name });

export function attendance(id: string, name: string, present: boolean) {
  return { __typename: 'ForumAttendance', id: `a${id}`, present, officer: officer(id, name) };
}

/** Forum 31 of branch 3, hosted by the fake viewer (officer 11), still editable; `over` replaces fields. */
export function forumRecord(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Forum',
    id: '31',
    kind: 'GROUP',
    title: '民警思想动态座谈会',
    occurredAt: '2026-12-01T02:00:00.000Z',
    place: '所会议室',
    minutes: '与会民警反映值班备勤问题',
    confidentialMinutes: null,
    hasConfidentialMinutes: false,
    locked: false,
    editable: true,
    version: 4,
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
    host: officer('11', '李红'),
    attendances: [attendance('12', '周磊', true), attendance('13', '王俊', false), attendance('14', '陈静', true)],
    problems: [],
    ...over,
  };
}

export const PROBLEM_CATEGORIES = [
  { __typename: 'ProblemCategory', id: '1', name: '工作机制' },
  { __typename: 'ProblemCategory', id: '2', name: '后勤保障' },
];

/** Opens the select with `testId` and clicks the option showing `text`. */
export async function pickOption(testId: string, text: string) {
  const picker = screen.getByTestId(testId);
  fireEvent.mouseDown(picker.querySelector('[role="combobox"]') ?? picker);
  const options = await screen.findAllByTitle(text);
  fireEvent.click(options[options.length - 1]);
}
