import { clearOfflineAnswers } from '../offline/offline-answers';
import { notifyOutbox } from '../outbox/outbox-events';
import { clearAccount } from '../outbox/outbox-storage';

/** Why an account's session ended on this device. */
export type ClearReason = 'logout' | 'session-expired';

// The service worker's precache holds the app shell only (the same files for everyone); Workbox
// names it `workbox-precache-v2-<scope>`. Any other cache in this origin is not the shell's.
const SHELL_CACHE_PREFIX = 'workbox-precache';

/**
 * Removes what this device keeps for an account when its session ends. The one place to add a
 * per-account store (offline read data, the outbox's database): logout and session expiry both
 * come through here.
 *
 * - logout: the account's drafts and unsent records go too. They can hold confidential notes and
 *   a station's computer is shared; the logout button asks first when unsent records would be lost.
 * - session-expired: drafts and the outbox stay. Nothing typed may be lost to a timeout: the same
 *   person signs in again and it is sent then. `account` may be unknown here (null).
 *
 * Either way the answers kept in IndexedDB for reading offline (`offline/offline-answers.ts`) are
 * deleted: no one may read them without a session. And every Cache Storage entry but the shell's
 * precache is deleted: the service worker caches no API answer, and this keeps it so should one
 * ever be added by mistake.
 */
export async function clearAccountData(account: string | null, reason: ClearReason): Promise<void> {
  if (reason === 'logout' && account) {
    clearAccount(account);
    notifyOutbox();
  }
  // A failure to delete must not keep anyone logged in.
  await clearOfflineAnswers().catch(() => undefined);
  await dropNonShellCaches();
}

async function dropNonShellCaches(): Promise<void> {
  const storage = globalThis.caches;
  if (!storage) return;
  try {
    const names = await storage.keys();
    await Promise.all(names.filter((name) => !name.startsWith(SHELL_CACHE_PREFIX)).map((name) => storage.delete(name)));
  } catch {
    // Cache Storage refused (private mode, no secure context): there is nothing in it to remove.
  }
}
