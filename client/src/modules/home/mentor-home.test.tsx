import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '../../i18n/i18n';
import { FakeServer, MENTOR } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { serveOps } from '../pairings/pairing-test-fixtures';

const day = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
const dateAgo = (days: number) => ago(days).slice(0, 10);

function serveHome(server: FakeServer) {
  serveOps(server, (op) =>
    op === 'MentorHome'
      ? {
          pairings: {
            __typename: 'PairingConnection',
            edges: [
              {
                __typename: 'PairingEdge',
                node: {
                  __typename: 'Pairing',
                  id: '7',
                  lastContactAt: ago(35),
                  nextContactDue: dateAgo(5),
                  overdue: true,
                  mentee: { __typename: 'Officer', id: '12', name: '王俊' },
                  visits: [
                    { __typename: 'Visit', id: '41', kind: 'HOME_VISIT', occurredAt: ago(35), acknowledgedAt: null },
                  ],
                  actionItems: [
                    {
                      __typename: 'ActionItem',
                      id: '31',
                      description: '每周向支部汇报思想情况',
                      dueDate: dateAgo(2),
                      overdue: true,
                      owner: { __typename: 'Officer', id: '12', name: '王俊' },
                    },
                  ],
                },
              },
            ],
          },
        }
      : undefined,
  );
}

describe('mentor home', () => {
  afterEach(async () => {
    await setLanguage('zh-CN');
  });

  it('says how long ago the last contact was, by how many days the next is overdue, and who owns an item', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    serveHome(server);
    renderApp(server, '/');
    const card = await screen.findByTestId('mentee-card-7', {}, { timeout: 8000 });
    expect(within(card).getByTestId('mentee-overdue').textContent).toBe('逾期 5 天');
    expect(within(card).getByTestId('mentee-last-contact').textContent).toBe('35 天前');
    const item = within(card).getByTestId('open-item-31');
    expect(item.textContent).toContain('负责人：王俊');
    expect(item.textContent).toContain('逾期 2 天');
    expect(within(card).getByTestId('mentee-name').getAttribute('href')).toBe('/pairings/7');
    const visit = within(card).getByTestId('recent-visit-41');
    expect(visit.textContent).toContain('上门走访');
    expect(visit.textContent).toContain('待确认');
    expect(within(visit).getByRole('link').getAttribute('href')).toBe('/visits/41');
    expect(within(card).getByTestId('record-talk-7').textContent).toContain('记录谈话');
    // What the visit and talk forms of each live pairing load is fetched now, to be kept for offline use.
    await waitFor(() =>
      expect(server.calls).toEqual(
        expect.arrayContaining(['LogVisitPairing', 'OfficerById', 'TalkeePairings', 'TalkeeOptions']),
      ),
    );
  });

  it('uses the English colon and plurals in English', async () => {
    await setLanguage('en');
    const server = new FakeServer([MENTOR], MENTOR);
    serveHome(server);
    renderApp(server, '/');
    const card = await screen.findByTestId('mentee-card-7', {}, { timeout: 8000 });
    expect(card.textContent).not.toContain('：');
    expect(within(card).getByTestId('mentee-overdue').textContent).toBe('5 days overdue');
    expect(within(card).getByTestId('open-item-31').textContent).toContain('Owner: 王俊');
  });
});
