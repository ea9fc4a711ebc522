import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { setLanguage } from '../../i18n/i18n';
import { EvidencePanel } from './evidence-panel';
import { PairingTimeline } from './pairing-timeline';

const evidence = {
  __typename: 'PairingEvidence',
  summary: '思想稳定，整改事项已落实',
  asOf: '2026-12-01T02:00:00.000Z',
  durationDays: 120,
  visitCount: 6,
  acknowledgedVisits: 5,
  acknowledgmentRate: 5 / 6,
  visitsByKind: [
    { kind: 'HOME_VISIT', count: 4 },
    { kind: 'FOLLOW_UP', count: 2 },
  ],
  actionItemsDone: 3,
  actionItemsOpen: 1,
  actionItemsOverdue: 0,
  actionItemsDropped: 0,
  talkCount: 2,
  contactIntervals: 4,
  contactIntervalsMet: 3,
  contactRegularity: 0.75,
} as never;

const timeline = [
  {
    id: 'r1',
    kind: 'REVIEW',
    type: 'EXTEND',
    occurredAt: '2026-11-20T02:00:00.000Z',
    summary: '延长帮扶期',
    status: null,
    dueDate: null,
    actor: { id: '11', name: '张伟' },
  },
] as never;

describe('review panels', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLanguage('zh-CN');
  });

  it('render without antd deprecation warnings, with the colon of the viewer’s language', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const view = render(
      <>
        <EvidencePanel evidence={evidence} />
        <PairingTimeline entries={timeline} />
      </>,
    );
    expect(screen.getByTestId('evidence-summary').textContent).toContain('支部小结：思想稳定');
    expect(screen.getByTestId('timeline-entry-REVIEW').textContent).toContain('延长帮扶');
    const said = [...errors.mock.calls, ...warnings.mock.calls].map((c) => c.join(' '));
    expect(said.filter((s) => s.includes('[antd:'))).toEqual([]);
    view.unmount();

    await setLanguage('en');
    render(<EvidencePanel evidence={evidence} />);
    expect(screen.getByTestId('evidence-summary').textContent).toContain('Secretary’s summary: 思想稳定');
  });
});
