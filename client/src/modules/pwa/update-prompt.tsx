import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showUpdateNotice } from '../../ui/feedback';
import { onUpdateReady } from './update-events';

/**
 * "新版本可用 · 刷新": shown, and kept until answered, when a new version of the portal is installed
 * and waiting. Reloading is the person's choice, never automatic, so nothing typed is lost to it;
 * "later" leaves the running version until the next load.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();

  useEffect(
    () =>
      onUpdateReady((apply) =>
        showUpdateNotice(
          { title: t('pwa.updateTitle'), body: t('pwa.updateBody'), later: t('pwa.later'), reload: t('pwa.reload') },
          () => void apply(),
        ),
      ),
    [t],
  );

  return null;
}
