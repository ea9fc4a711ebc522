import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../ui/page-header';
import { ProblemDetail } from './problem-detail';
import { ProblemList } from './problem-list';

function ProblemsIndex() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="problem-list">
      <PageHeader title={t('problems.title')} />
      <ProblemList />
    </Flex>
  );
}

/** /problems and /problems/:id, below the section's route. */
export function ProblemsRoutes() {
  return (
    <section data-testid="page-problems">
      <Routes>
        <Route index element={<ProblemsIndex />} />
        <Route path=":id" element={<ProblemDetail />} />
      </Routes>
    </section>
  );
}
