import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function ReviewsPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-reviews" title={t('nav.reviews')} />;
}
