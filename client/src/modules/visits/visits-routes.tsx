import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { guarded } from '../auth';
import { EditVisitForm } from './edit-visit-form';
import { LogVisitPage } from './log-visit-form';
import { VisitDetail } from './visit-detail';
import { LogVisitButton, VisitList } from './visit-list';
import { PageHeader } from '../../ui/page-header';

function VisitsIndex() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('visits.title')} extra={<LogVisitButton />} />
      <VisitList />
    </Flex>
  );
}

/** /visits, /visits/new, /visits/:id and /visits/:id/edit, below the section's route. */
export function VisitsRoutes() {
  return (
    <section data-testid="page-visits">
      <Routes>
        <Route index element={<VisitsIndex />} />
        <Route path="new" element={guarded('create', 'Visit', <LogVisitPage />)} />
        <Route path=":id" element={<VisitDetail />} />
        <Route path=":id/edit" element={<EditVisitForm />} />
      </Routes>
    </section>
  );
}
