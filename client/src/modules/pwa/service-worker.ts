import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './update-events';

// A portal left open all day at a station still hears of a release.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that precaches the app shell (vite.config.ts). A new version waits
 * until the person accepts the update prompt; the page then reloads under it. Never a silent swap:
 * a visit half written must not be reloaded away.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => update(true)),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline the check fails; the next one tries again.
        registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
}
