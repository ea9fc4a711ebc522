import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeServer, MENTOR, SECRETARY } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { OFFICER_ONLY, pairingDetail, serveOps } from './pairing-test-fixtures';

function serveDetail(server: FakeServer, pairing: Record<string, unknown> | null) {
  return serveOps(server, (op) => {
    if (op === 'PairingDetail') return { pairing };
    if (op === 'OwnPairing') {
      const edges = pairing ? [{ __typename: 'PairingEdge', node: { __typename: 'Pairing', id: pairing.id } }] : [];
      return { pairings: { __typename: 'PairingConnection', edges } };
    }
    return undefined;
  });
}

describe('pairing detail: recording a contact from the pairing', () => {
  it('offers a mentor of an active pairing 记录走访, opening the visit form for this pairing', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    serveDetail(server, pairingDetail());
    renderApp(server, '/pairings/7');
    fireEvent.click(await screen.findByTestId('action-log-visit', {}, { timeout: 8000 }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/visits/new'));
    expect(screen.getByTestId('location-search').textContent).toBe('?pairingId=7');
  });

  it('links the talk form with the pairing and its mentee', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    serveDetail(server, pairingDetail());
    renderApp(server, '/pairings/7');
    const talk = await screen.findByTestId('action-record-talk', {}, { timeout: 8000 });
    expect(talk.textContent).toBe('记录谈话');
    fireEvent.click(talk);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/talks/new'));
    expect(screen.getByTestId('location-search').textContent).toBe('?pairingId=7&talkeeId=12');
  });

  it('offers no visit on a pairing in review, and nothing once it is closed', async () => {
    const inReview = new FakeServer([MENTOR], MENTOR);
    serveDetail(inReview, pairingDetail({ status: 'IN_REVIEW', overdue: false }));
    const first = renderApp(inReview, '/pairings/7');
    await screen.findByTestId('action-record-talk', {}, { timeout: 8000 });
    expect(screen.queryByTestId('action-log-visit')).toBeNull();
    first.unmount();

    const closed = new FakeServer([MENTOR], MENTOR);
    serveDetail(closed, pairingDetail({ status: 'CONCLUDED', overdue: false, nextContactDue: null }));
    renderApp(closed, '/pairings/7');
    await screen.findByTestId('pairing-detail', {}, { timeout: 8000 });
    expect(screen.queryByTestId('pairing-record-actions')).toBeNull();
    // A closed pairing owes no contact: no date, no overdue flag.
    expect(screen.getByTestId('pairing-next-contact').textContent).toBe('结对已结束，无需联系');
    expect(screen.queryByTestId('pairing-overdue')).toBeNull();
  });

  it('lets a secretary record a talk with the mentee but not log a visit (only mentors visit)', async () => {
    const server = new FakeServer([SECRETARY], SECRETARY);
    serveDetail(server, pairingDetail());
    renderApp(server, '/pairings/7');
    await screen.findByTestId('action-record-talk', {}, { timeout: 8000 });
    expect(screen.queryByTestId('action-log-visit')).toBeNull();
    expect(screen.getByTestId('pairing-overdue').textContent).toBe('逾期 5 天');
  });

  it('offers the mentee neither', async () => {
    const server = new FakeServer([OFFICER_ONLY], OFFICER_ONLY);
    serveDetail(
      server,
      pairingDetail({ mentee: { __typename: 'Officer', id: '11', name: '周磊', badgeNumber: '1', position: null } }),
    );
    renderApp(server, '/pairings/7');
    await screen.findByTestId('pairing-detail', {}, { timeout: 8000 });
    expect(screen.queryByTestId('pairing-record-actions')).toBeNull();
  });
});

describe('结对帮扶 for an officer who is only a mentee', () => {
  it('shows their own pairing directly, without the list’s search toolbar', async () => {
    const server = new FakeServer([OFFICER_ONLY], OFFICER_ONLY);
    const seen = serveDetail(
      server,
      pairingDetail({ mentee: { __typename: 'Officer', id: '11', name: '周磊', badgeNumber: '1', position: null } }),
    );
    renderApp(server, '/pairings');
    const detail = await screen.findByTestId('pairing-detail', {}, { timeout: 8000 });
    expect(detail.getAttribute('data-pairing-id')).toBe('7');
    expect(screen.queryByTestId('pairings-search')).toBeNull();
    expect(screen.queryByTestId('filter-status')).toBeNull();
    expect(seen.find((s) => s.operation === 'OwnPairing')?.variables).toEqual({ menteeId: '11' });
    expect(screen.getByTestId('location').textContent).toBe('/pairings');
  });

  it('says plainly that they have none', async () => {
    const server = new FakeServer([OFFICER_ONLY], OFFICER_ONLY);
    serveDetail(server, null);
    renderApp(server, '/pairings');
    const empty = await screen.findByTestId('own-pairing-empty', {}, { timeout: 8000 });
    expect(empty.textContent).toContain('您目前没有结对帮扶');
    expect(screen.queryByTestId('pairings-search')).toBeNull();
  });

  it('keeps the list for a mentor, who may see several', async () => {
    const server = new FakeServer([MENTOR], MENTOR);
    serveOps(server, (op) =>
      op === 'PairingsList'
        ? {
            pairings: {
              __typename: 'PairingConnection',
              totalCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: [],
            },
          }
        : undefined,
    );
    renderApp(server, '/pairings');
    expect(await screen.findByTestId('pairings-search', {}, { timeout: 8000 })).toBeTruthy();
  });
});
