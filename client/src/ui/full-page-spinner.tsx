import { useTranslation } from 'react-i18next';
import { Spinner } from './light-ui';

export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="tx-row" style={{ minHeight: '60vh', justifyContent: 'center' }} data-testid="page-loading">
      <Spinner large label={t('app.loading')} />
    </div>
  );
}
