import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function VisitsPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-visits" title={t('nav.visits')} />;
}
