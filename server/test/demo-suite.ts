import { afterAll, beforeAll } from 'vitest';
import { type Demo, loadDemo } from './visits-fixture.js';
import { initTestApp, type TestApp, type TestAppOptions } from './test-app.js';

// The setup every demo-bureau suite repeated: boot the real app on a fresh database, log the demo
// accounts in, close it all after the file. Hooks are registered when this is called, so call it at
// the top level of the test file (before any beforeAll of its own that needs the app).

/**
 * A stand-in for a value that exists only once `beforeAll` has run: every read is forwarded to the
 * real object, so suites keep writing `t.clock` and `d.as.mentor` at the top level of the file.
 */
function late<T extends object>(name: string, read: () => T | undefined): T {
  const real = (): T => {
    const value = read();
    if (!value) throw new Error(`${name} is read before the suite's beforeAll ran`);
    return value;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
  });
}

export interface DemoSuite {
  /** The app on a fresh demo bureau. */
  t: TestApp;
  /** The logged-in demo accounts, their ids and the two demo pairings. */
  d: Demo;
  /** Logs every demo account in again: sessions expire when idle, so call it after moving the clock. */
  relogin(): Promise<void>;
  /** Moves the clock `days` forward and logs every demo account in again. */
  advanceDays(days: number): Promise<void>;
}

export function useDemoApp(options: TestAppOptions = {}): DemoSuite {
  let app: TestApp | undefined;
  let demo: Demo | undefined;
  beforeAll(async () => {
    app = await initTestApp(options);
    demo = await loadDemo(app);
  });
  afterAll(() => app?.close());
  const t = late('the test app', () => app);
  return {
    t,
    d: late('the demo', () => demo),
    async relogin() {
      demo = await loadDemo(t);
    },
    async advanceDays(days) {
      t.clock.advanceDays(days);
      demo = await loadDemo(t);
    },
  };
}
