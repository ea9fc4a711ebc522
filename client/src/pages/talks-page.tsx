import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function TalksPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-talks" title={t('nav.talks')} />;
}
