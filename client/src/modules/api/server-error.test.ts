import { afterEach, describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { ERROR_REASONS } from '@tongxin/schema';
import { i18n, setLanguage } from '../../i18n/i18n';
import { firstError } from '../reviews/server-errors';
import { serverError } from '../pairings/pairing-helpers';
import { serverMessage } from '../visits/format';
import { errorsEn, errorsZh } from './errors-messages';
import { isTransportFailure, userMessage } from './server-error';

const offline = () => new CombinedError({ networkError: new TypeError('Failed to fetch') });
const gateway = () =>
  new CombinedError({
    networkError: new Error('Bad Gateway'),
    response: new Response('<html>502</html>', { status: 502 }),
  });
const refused = (extensions: Record<string, unknown>, message = 'An English sentence for API users') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
const notActive = () => refused({ code: 'FORBIDDEN', reason: 'PAIRING_NOT_ACTIVE' });

afterEach(() => setLanguage('zh-CN'));

describe('userMessage', () => {
  it('turns a transport failure into a sentence in the viewer’s language, never "[Network] …"', async () => {
    expect(userMessage(offline(), i18n.t)).toBe('网络连接失败，请检查网络后重试');
    expect(userMessage(new TypeError('Failed to fetch'), i18n.t)).toBe('网络连接失败，请检查网络后重试');
    await setLanguage('en');
    expect(userMessage(offline(), i18n.t)).not.toContain('[Network]');
    expect(userMessage(offline(), i18n.t)).toBe(i18n.t('common.networkFailure'));
    expect(i18n.t('common.networkFailure')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says the server is unavailable for a 5xx page', () => {
    expect(userMessage(gateway(), i18n.t)).toBe('服务器暂时无法响应，请稍后重试');
    expect(isTransportFailure(gateway())).toBe(true);
  });

  it('words a failed file download by its status and reason, and a dropped one as a network failure', () => {
    const download = (status: number, body?: Record<string, unknown>) =>
      Object.assign(new Error('x'), { status, body });
    expect(userMessage(download(502), i18n.t)).toBe('服务器暂时无法响应，请稍后重试');
    expect(userMessage(download(400, { code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' }), i18n.t)).toBe(
      '格式应为 XLSX 或 DOCX',
    );
    expect(userMessage(download(404), i18n.t)).toBe('操作未能完成，请刷新后重试');
    expect(userMessage(new TypeError('Failed to fetch'), i18n.t)).toBe('网络连接失败，请检查网络后重试');
  });

  it('words the server’s reason in the viewer’s language, not the server’s English message', async () => {
    expect(userMessage(notActive(), i18n.t)).toBe('结对不在进行中，不能记录走访');
    expect(isTransportFailure(notActive())).toBe(false);
    await setLanguage('en');
    expect(userMessage(notActive(), i18n.t)).toBe('The pairing is not active');
  });

  it('fills in the reason’s parameters, a pairing status by its name', async () => {
    const locked = refused({ code: 'FORBIDDEN', reason: 'VISIT_LOCKED', days: 7, locked: true });
    const paired = refused({
      code: 'BAD_USER_INPUT',
      reason: 'MENTEE_ALREADY_PAIRED',
      field: 'menteeId',
      name: '周磊',
    });
    const closed = refused({ code: 'CONFLICT', reason: 'CANCEL_NOT_ACTIVE', status: 'IN_REVIEW' });
    expect(userMessage(locked, i18n.t)).toBe('走访记录已锁定（已确认或超过 7 天），不能修改');
    expect(userMessage(paired, i18n.t)).toBe('周磊 已有进行中的结对');
    expect(userMessage(closed, i18n.t)).toBe('该结对当前状态为「待评估」，只能撤销帮扶中的结对');
    await setLanguage('en');
    expect(userMessage(locked, i18n.t)).toBe('The visit is locked (acknowledged or older than 7 days)');
    expect(userMessage(closed, i18n.t)).toBe('The pairing is In review; only an active pairing can be cancelled');
  });

  it('gives a generic sentence for a reason the portal does not know, never the server’s message', async () => {
    const unknown = refused({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' }, 'Something new happened');
    const uncoded = refused({ code: 'FORBIDDEN' }, 'No reason given');
    expect(userMessage(unknown, i18n.t)).toBe('操作未能完成，请刷新后重试');
    expect(userMessage(uncoded, i18n.t)).toBe('操作未能完成，请刷新后重试');
    await setLanguage('en');
    expect(userMessage(unknown, i18n.t)).toBe('The request could not be completed. Reload and try again.');
  });

  it('is what serverMessage answers, so every screen using it stops showing raw transport errors', () => {
    expect(serverMessage(offline())).toBe('网络连接失败，请检查网络后重试');
    expect(serverMessage(notActive())).toBe('结对不在进行中，不能记录走访');
    expect(serverMessage(undefined)).toBe('');
  });

  it('is what the form helpers show at the field the server names, in the language asked for', () => {
    const tooLong = refused({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'comments', max: 1000 });
    expect(firstError(tooLong, 'zh-CN')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'comments',
      message: '不能超过 1000 个字符',
    });
    expect(serverError(tooLong, 'en')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'comments',
      message: 'At most 1000 characters',
    });
    expect(firstError(offline(), 'zh-CN')).toEqual({ code: 'NETWORK' });
  });
});

describe('the texts of the server’s reasons', () => {
  it('has a Chinese and an English text for every reason the server can send', () => {
    for (const reason of ERROR_REASONS) {
      expect(errorsZh[reason], reason).toMatch(/[\u4e00-\u9fff]/);
      expect(errorsEn[reason], reason).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
    expect(Object.keys(errorsZh).sort()).toEqual([...ERROR_REASONS].sort());
    expect(Object.keys(errorsEn).sort()).toEqual([...ERROR_REASONS].sort());
  });

  it('uses in each language the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const reason of ERROR_REASONS) expect(params(errorsEn[reason]), reason).toEqual(params(errorsZh[reason]));
  });
});
