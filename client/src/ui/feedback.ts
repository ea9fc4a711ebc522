import type { UpdateNoticeTexts } from './feedback-antd';

// Toasts and notices raised outside any antd scope (ui/antd-scope.tsx): the shell's outbox sender
// and the update prompt run on every page, the mentor's home included, which loads no antd. antd's
// static message and notification load on the first toast (the service worker has the chunk
// offline too) and render with the portal's theme and locale through ConfigProvider's holderRender.
const loadAntd = () => import('./feedback-antd');

export function toastSuccess(content: string): void {
  void loadAntd().then(({ message }) => message.success(content));
}

export function toastError(content: string): void {
  void loadAntd().then(({ message }) => message.error(content));
}

/** The new-version notice, kept until answered; `apply` reloads under the new version. */
export function showUpdateNotice(texts: UpdateNoticeTexts, apply: () => void): void {
  void loadAntd().then(({ showUpdate }) => showUpdate(texts, apply));
}
