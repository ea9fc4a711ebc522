import { vi } from 'vitest';
import { configure, screen } from '@testing-library/react';
import type { FakeServer } from '../../test/fake-api';

// What the record-form tests share: a fake server that answers the forms' operations, and a
// switch for the browser's online state.

// The forms load their route, pairing and lookups before the first assertion; on a busy machine that
// takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

export type Handler = (operation: string, variables: Record<string, unknown>) => unknown;

/**
 * Routes the server's fetch through `handler` first: a JSON body, a Response, or an Error to throw
 * (what fetch does offline); undefined falls back to the fake's own answers (session, login).
 */
export function serve(server: FakeServer, handler: Handler) {
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
      const handled = handler(body.operationName, body.variables ?? {});
      if (handled === undefined) return base(input, init);
      server.calls.push(body.operationName);
      if (handled instanceof Error) throw handled;
      if (handled instanceof Response) return handled;
      return new Response(JSON.stringify(handled), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
}

export const transportFailure = () => new TypeError('Failed to fetch');

/** Pairing 7 of the fake MENTOR (officer 11), with mentee 12. */
export const PAIRING_7 = {
  __typename: 'Pairing',
  id: '7',
  status: 'ACTIVE',
  startDate: '2026-06-01',
  mentee: { __typename: 'Officer', id: '12', name: '赵小明' },
  mentors: [
    { __typename: 'PairingMentor', role: 'LEAD', officer: { __typename: 'Officer', id: '11', name: '王建国' } },
  ],
  actionItems: [],
};

export const loggedVisit = (id: string) => ({
  __typename: 'Visit',
  id,
  pairing: { __typename: 'Pairing', id: '7', lastContactAt: null, nextContactDue: null, overdue: false },
});

let online = true;
/** Sets navigator.onLine and fires the browser's event, as a phone losing or finding its network does. */
export function setOnline(value: boolean) {
  online = value;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

/** The texts of the toasts on screen. */
export const toasts = () =>
  Array.from(document.querySelectorAll('.ant-message-notice')).map((n) => n.textContent ?? '');

export const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement | HTMLTextAreaElement;
