import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from '../ui/section-placeholder';

export function AuditPage() {
  const { t } = useTranslation();
  return <SectionPlaceholder testId="page-audit" title={t('nav.audit')} />;
}
