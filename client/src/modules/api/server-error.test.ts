import { afterEach, describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { i18n, setLanguage } from '../../i18n/i18n';
import { serverMessage } from '../visits/format';
import { isTransportFailure, userMessage } from './server-error';

const offline = () => new CombinedError({ networkError: new TypeError('Failed to fetch') });
const gateway = () =>
  new CombinedError({
    networkError: new Error('Bad Gateway'),
    response: new Response('<html>502</html>', { status: 502 }),
  });
const refused = () =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('结对不在进行中 / The pairing is not active', { extensions: { code: 'FORBIDDEN' } }),
    ],
  });

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

  it('words a failed file download by its status, and a dropped one as a network failure', () => {
    const download = (status: number, message: string) => Object.assign(new Error(message), { status });
    expect(userMessage(download(502, 'Bad Gateway'), i18n.t)).toBe('服务器暂时无法响应，请稍后重试');
    expect(userMessage(download(404, '文件已过期 / The file expired'), i18n.t)).toBe('文件已过期');
    expect(userMessage(new TypeError('Failed to fetch'), i18n.t)).toBe('网络连接失败，请检查网络后重试');
  });

  it('shows the viewer’s half of a server message, as before', async () => {
    expect(userMessage(refused(), i18n.t)).toBe('结对不在进行中');
    expect(isTransportFailure(refused())).toBe(false);
    await setLanguage('en');
    expect(userMessage(refused(), i18n.t)).toBe('The pairing is not active');
  });

  it('is what serverMessage answers, so every screen using it stops showing raw transport errors', () => {
    expect(serverMessage(offline())).toBe('网络连接失败，请检查网络后重试');
    expect(serverMessage(refused())).toBe('结对不在进行中');
    expect(serverMessage(undefined)).toBe('');
  });
});
