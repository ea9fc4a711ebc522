import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function PairingsPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-pairings" title={t('nav.pairings')} />;
}
