import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { RequireAbility } from '../modules/auth';
import { EditVisitForm } from '../modules/visits/edit-visit-form';
import { LogVisitPage } from '../modules/visits/log-visit-form';
import { VisitDetail } from '../modules/visits/visit-detail';
import { LogVisitButton, VisitList } from '../modules/visits/visit-list';

function VisitsIndex() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('visits.title')}
        </Typography.Title>
        <LogVisitButton />
      </Flex>
      <VisitList />
    </Flex>
  );
}

export function VisitsPage() {
  return (
    <section data-testid="page-visits">
      <Routes>
        <Route index element={<VisitsIndex />} />
        <Route
          path="new"
          element={
            <RequireAbility action="create" subject="Visit">
              <LogVisitPage />
            </RequireAbility>
          }
        />
        <Route path=":id" element={<VisitDetail />} />
        <Route path=":id/edit" element={<EditVisitForm />} />
      </Routes>
    </section>
  );
}
