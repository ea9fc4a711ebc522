import { type Browser, type Page } from '@playwright/test';
import { authFile } from '../setup/accounts.js';

// The phone the journeys run on (mentors use phones, 375 px) and what "fits the phone" means.

export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** A new phone-sized browser context logged in as `username` (from the shared session files). */
export async function phone(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, storageState: authFile(username) });
  return context.newPage();
}

/** Horizontal overflow of the page, in pixels: 0 when it fits the phone. */
export const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
