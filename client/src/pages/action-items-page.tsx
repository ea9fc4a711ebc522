import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function ActionItemsPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-action-items" title={t('nav.actionItems')} />;
}
