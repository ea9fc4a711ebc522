import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  expect,
  type APIRequestContext,
  type BrowserContext,
  type BrowserType,
  type LaunchOptions,
  type Page,
} from '@playwright/test';
import { PHONE } from './device.js';
import { LoginPage } from './login-page.js';

// A phone that keeps its browser profile between launches: cookies, the service worker and its
// precache, and IndexedDB (drafts, the outbox, the answers kept for offline reading) survive the
// browser being closed, as on a real phone. storageState would carry cookies and IndexedDB but not
// the service worker, without which a reload offline shows the browser's error page.

export interface DeviceOptions {
  browserType: BrowserType;
  launchOptions: LaunchOptions;
  baseURL: string;
}

export class OfflinePhone {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-phone-'));
  context!: BrowserContext;
  page!: Page;

  constructor(private readonly options: DeviceOptions) {}

  /** Starts the browser on this phone's profile, online or not. */
  async open({ offline = false }: { offline?: boolean } = {}): Promise<Page> {
    const { browserType, launchOptions, baseURL } = this.options;
    this.context = await browserType.launchPersistentContext(this.dir, {
      ...launchOptions,
      ...PHONE,
      baseURL,
      offline,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      serviceWorkers: 'allow',
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    return this.page;
  }

  /** Closes the browser (the profile stays on disk). */
  async close() {
    await this.context.close();
  }

  /** Closes the browser and deletes the profile: the phone's last use in a journey. */
  async discard() {
    await this.context.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Logs in through the form: a session of its own, not the one the other journeys share. */
  async logIn(username: string) {
    const login = new LoginPage(this.page);
    await login.goto();
    await login.login(username);
    await expect(this.page.getByTestId('app-shell')).toBeVisible();
  }

  /**
   * Waits until the service worker is active, which it becomes once its precache of the app shell
   * is complete. It controls the pages loaded after that (the reload offline), not the first one.
   */
  async waitForServiceWorker() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** The operation names of the answers kept on the device for offline reading. */
  keptAnswers(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('tongxin');
          open.onerror = () => reject(open.error as Error);
          open.onsuccess = () => {
            const req = open.result.transaction('answers').objectStore('answers').getAllKeys();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.map((k) => String(k).split('\u0000').slice(1).join(' ')));
            };
          };
        }),
    );
  }

  /** The client keys in the account's outbox as IndexedDB holds it (not the page's memory). */
  storedOutbox(username: string): Promise<string[]> {
    return this.storedList(`tongxin.outbox/${encodeURIComponent(username)}`);
  }

  /** The client keys of the account's submissions the server refused, as IndexedDB holds them. */
  storedReturned(username: string): Promise<string[]> {
    return this.storedList(`tongxin.returned/${encodeURIComponent(username)}`);
  }

  private storedList(key: string): Promise<string[]> {
    return this.page.evaluate(
      (key) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('tongxin');
          open.onerror = () => reject(open.error as Error);
          open.onsuccess = () => {
            const req = open.result.transaction('records').objectStore('records').get(key);
            req.onsuccess = () => {
              open.result.close();
              const entries = req.result ? (JSON.parse(req.result as string) as { clientKey: string }[]) : [];
              resolve(entries.map((e) => e.clientKey));
            };
          };
        }),
      key,
    );
  }
}

/** Posts one GraphQL operation with an API session and returns its data (fails on errors). */
export async function gql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
