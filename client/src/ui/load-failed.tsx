import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LightButton, LightResult } from './light-ui';

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <LightResult
      icon={<WarningFilled style={{ color: 'var(--tx-warning)' }} />}
      title={t('app.loadFailed')}
      data-testid="load-failed"
      extra={
        <LightButton variant="primary" onClick={onRetry}>
          {t('app.retry')}
        </LightButton>
      }
    />
  );
}
