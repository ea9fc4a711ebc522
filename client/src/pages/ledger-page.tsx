import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function LedgerPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-ledger" title={t('nav.ledger')} />;
}
