import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type DeviceDb, openDeviceDb } from './device-db';
import { clearOfflineAnswers, installAnswerDb, offlineStatus, withOfflineAnswers } from './offline-answers';

// The server as the wrapper sees it: answers by operation name, or no network at all.
let online = true;
const calls: string[] = [];
let answers: Record<string, unknown> = {};
const server: typeof fetch = async (_input, init) => {
  const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
  if (!online) throw new TypeError('Failed to fetch');
  calls.push(operationName);
  return new Response(JSON.stringify(answers[operationName]), { headers: { 'content-type': 'application/json' } });
};
const api = withOfflineAnswers(server);
const post = async (operationName: string, variables: Record<string, unknown> = {}) => {
  const res = await api('/graphql', { method: 'POST', body: JSON.stringify({ operationName, query: '…', variables }) });
  return (await res.json()) as { data?: unknown };
};

const me = (id: string) => ({ data: { me: { id, username: `user-${id}` } } });
const home = (name: string) => ({ data: { pairings: { edges: [{ node: { id: '7', mentee: { name } } }] } } });

let n = 0;
const dbs: DeviceDb[] = [];
async function freshDevice() {
  const db = await openDeviceDb(`answers-test-${(n += 1)}`);
  dbs.push(db);
  await installAnswerDb(db);
  return db;
}

afterEach(async () => {
  online = true;
  calls.length = 0;
  answers = {};
  await installAnswerDb(null);
  dbs.splice(0).forEach((db) => db.close());
});

describe('answers kept for offline reading', () => {
  it('serves the last answer of the account when the network is gone, and says when it was fetched', async () => {
    const db = await freshDevice();
    answers = { Me: me('5'), MentorHome: home('赵小明') };
    await post('Me');
    await post('MentorHome', { mentorId: '5' });
    expect(offlineStatus()).toMatchObject({ fromDevice: false, syncedAt: expect.any(String) });

    // A new page load with no network: the device still knows the account and its answers.
    await installAnswerDb(db);
    online = false;
    expect(await post('Me')).toEqual(me('5'));
    expect(await post('MentorHome', { mentorId: '5' })).toEqual(home('赵小明'));
    expect(offlineStatus().fromDevice).toBe(true);
    // Other variables were never fetched: no answer to make up.
    await expect(post('MentorHome', { mentorId: '6' })).rejects.toThrow('Failed to fetch');

    online = true;
    await post('Me');
    expect(offlineStatus().fromDevice).toBe(false);
  });

  it('keeps only the offline queries, only whole answers, and passes everything else through', async () => {
    const db = await freshDevice();
    answers = {
      Me: me('5'),
      Visits: { data: { visits: { edges: [] } } },
      LogVisitPairing: { data: { pairing: null }, errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] },
    };
    await post('Me');
    await post('Visits');
    await post('LogVisitPairing', { id: '7' });
    const kept = (await db.getAllKeys('answers')).map((k) => String(k).split('\u0000')[1]);
    expect(kept).toEqual(['Me']);
    online = false;
    await expect(post('Visits')).rejects.toThrow('Failed to fetch');
  });

  it("never serves one account's answers to another: a new account's me drops the previous one's", async () => {
    const db = await freshDevice();
    answers = { Me: me('5'), MentorHome: home('赵小明') };
    await post('Me');
    await post('MentorHome', { mentorId: '5' });
    answers = { Me: me('9'), MentorHome: home('钱多多') };
    await post('Me');
    expect((await db.getAll('answers')).map((a) => a.account)).toEqual(['9']);
    online = false;
    await expect(post('MentorHome', { mentorId: '5' })).rejects.toThrow('Failed to fetch');
  });

  it('forgets everything when the session ends or at logout', async () => {
    const db = await freshDevice();
    answers = { Me: me('5'), MentorHome: home('赵小明') };
    await post('Me');
    await post('MentorHome', { mentorId: '5' });
    answers = { Me: { data: { me: null }, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] } };
    await post('Me');
    expect(await db.count('answers')).toBe(0);
    expect(await db.get('meta', 'lastAccount')).toBeUndefined();

    answers = { Me: me('5'), MentorHome: home('赵小明') };
    await post('Me');
    await post('MentorHome', { mentorId: '5' });
    await clearOfflineAnswers();
    expect(await db.count('answers')).toBe(0);
    await installAnswerDb(db);
    online = false;
    await expect(post('Me')).rejects.toThrow('Failed to fetch');
    expect(offlineStatus().syncedAt).toBeNull();
  });
});
