import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { FakeServer, MENTOR } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { LANGUAGE_STORAGE_KEY, i18n, setLanguage, storedLanguage } from './i18n';

describe('language switch', () => {
  afterEach(async () => {
    await setLanguage('zh-CN');
  });

  it('starts in Chinese and switches texts, antd, dayjs and <html lang> to English in one click', async () => {
    renderApp(new FakeServer([MENTOR], MENTOR));
    const home = await screen.findByTestId('home-mentor');
    expect(home.textContent).toContain('帮教责任人工作台');
    expect(document.documentElement.lang).toBe('zh-CN');

    fireEvent.click(screen.getByTestId('lang-switch'));

    await waitFor(() => expect(screen.getByTestId('home-mentor').textContent).toContain('Mentor workspace'));
    expect(screen.getByTestId('viewer-roles').textContent).toBe('MentorOfficer');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(dayjs.locale()).toBe('en');

    fireEvent.click(screen.getByTestId('lang-switch'));
    await waitFor(() => expect(screen.getByTestId('home-mentor').textContent).toContain('帮教责任人工作台'));
    expect(dayjs.locale()).toBe('zh-cn');
  });

  it('switches antd’s built-in texts with the language', async () => {
    renderApp(new FakeServer([MENTOR], MENTOR), '/visits');
    await screen.findByTestId('page-visits');
    // The placeholder's Empty shows our text; antd's own locale shows in its image alt text.
    // The visit list shows its Empty once the (fake) server has answered.
    await waitFor(() => expect(document.querySelector('.ant-empty-image svg title')?.textContent ?? '').not.toBe(''));
    const zhTitle = document.querySelector('.ant-empty-image svg title')?.textContent;

    fireEvent.click(screen.getByTestId('lang-switch'));

    await waitFor(() => expect(document.querySelector('.ant-empty-image svg title')?.textContent).not.toBe(zhTitle));
  });

  it('remembers the choice and falls back to Chinese for unknown stored values', async () => {
    await setLanguage('en');
    expect(storedLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('zh-CN');
    expect(i18n.t('nav.pairings', { lng: 'zh-CN' })).toBe('结对帮扶');
  });
});
