import { afterEach, describe, expect, it } from 'vitest';
import {
  addToOutbox,
  clearAccount,
  clearDraft,
  loadDraft,
  newClientKey,
  type OutboxEntry,
  readOutbox,
  removeFromOutbox,
  saveDraft,
} from './outbox-storage';

const entry = (clientKey: string, kind: OutboxEntry['kind'] = 'visit', target = '7'): OutboxEntry => ({
  kind,
  clientKey,
  target,
  input: { summary: clientKey },
  queuedAt: '2026-11-20T02:00:00.000Z',
});

afterEach(() => localStorage.clear());

describe('drafts', () => {
  it('keeps one draft per account, kind and target until cleared', () => {
    saveDraft('mentor', 'visit', '7', { clientKey: 'k1', values: { summary: '家访' }, savedAt: '' });
    saveDraft('mentor', 'talk', '7', { clientKey: 'k2', values: { topics: '谈心' }, savedAt: '' });
    expect(loadDraft('mentor', 'visit', '7')).toMatchObject({ clientKey: 'k1', values: { summary: '家访' } });
    expect(loadDraft('mentor', 'talk', '7')).toMatchObject({ clientKey: 'k2', values: { topics: '谈心' } });
    expect(loadDraft('mentor', 'visit', '8')).toBeNull();
    expect(loadDraft('mentor2', 'visit', '7')).toBeNull();
    clearDraft('mentor', 'visit', '7');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
    expect(loadDraft('mentor', 'talk', '7')).not.toBeNull();
  });

  it('survives unreadable storage content', () => {
    localStorage.setItem('tongxin.draft/mentor/visit/7', '{not json');
    localStorage.setItem('tongxin.outbox/mentor', '{not json');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
    expect(readOutbox('mentor')).toEqual([]);
  });

  it('still reads (and clears) a visit draft and outbox kept under the earlier keys', () => {
    localStorage.setItem(
      'tongxin.visitDraft.mentor.7',
      JSON.stringify({ clientKey: 'old', values: { summary: '旧' } }),
    );
    localStorage.setItem(
      'tongxin.visitOutbox.mentor',
      JSON.stringify([{ clientKey: 'o1', pairingId: '7', input: {}, queuedAt: '' }]),
    );
    expect(loadDraft('mentor', 'visit', '7')).toMatchObject({ clientKey: 'old' });
    expect(readOutbox('mentor')).toMatchObject([{ kind: 'visit', clientKey: 'o1', target: '7' }]);
    removeFromOutbox('mentor', 'o1');
    expect(readOutbox('mentor')).toEqual([]);
    clearDraft('mentor', 'visit', '7');
    expect(loadDraft('mentor', 'visit', '7')).toBeNull();
  });
});

describe('outbox', () => {
  it('queues a submission once per client key, in order, per account', () => {
    addToOutbox('mentor', entry('a'));
    addToOutbox('mentor', entry('b', 'talk', 'new'));
    addToOutbox('mentor', entry('a'));
    expect(readOutbox('mentor').map((e) => e.clientKey)).toEqual(['b', 'a']);
    expect(readOutbox('mentor2')).toEqual([]);
    removeFromOutbox('mentor', 'b');
    removeFromOutbox('mentor', 'a');
    expect(readOutbox('mentor')).toEqual([]);
    expect(localStorage.getItem('tongxin.outbox/mentor')).toBeNull();
  });

  it('clears every draft and outbox entry of one account, and nothing of another', () => {
    saveDraft('mentor', 'visit', '7', { clientKey: 'k1', values: { confidentialNotes: '保密' }, savedAt: '' });
    saveDraft('mentor', 'talk', 'new', { clientKey: 'k2', values: { assessment: '评估' }, savedAt: '' });
    localStorage.setItem('tongxin.visitDraft.mentor.9', '{}');
    addToOutbox('mentor', entry('a'));
    saveDraft('mentor2', 'visit', '7', { clientKey: 'k3', values: {}, savedAt: '' });
    addToOutbox('mentor2', entry('c'));
    localStorage.setItem('tongxin.lang', 'en');

    clearAccount('mentor');

    expect(Object.keys(localStorage).sort()).toEqual([
      'tongxin.draft/mentor2/visit/7',
      'tongxin.lang',
      'tongxin.outbox/mentor2',
    ]);
  });

  it('makes a different client key each time', () => {
    expect(newClientKey()).not.toBe(newClientKey());
  });
});
