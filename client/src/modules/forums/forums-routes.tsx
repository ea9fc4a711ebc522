import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { guarded } from '../auth';
import { PageHeader } from '../../ui/page-header';
import { ForumDetail } from './forum-detail';
import { ForumEditPage } from './forum-edit-page';
import { ForumForm } from './forum-form';
import { ForumList, NewForumButton } from './forum-list';

function ForumsIndex() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="forum-list">
      <PageHeader title={t('forums.title')} extra={<NewForumButton />} />
      <ForumList />
    </Flex>
  );
}

/** /forums, /forums/new, /forums/:id and /forums/:id/edit, below the section's route. */
export function ForumsRoutes() {
  return (
    <section data-testid="page-forums">
      <Routes>
        <Route index element={<ForumsIndex />} />
        <Route path="new" element={guarded('create', 'Forum', <ForumForm />)} />
        <Route path=":id" element={<ForumDetail />} />
        <Route path=":id/edit" element={<ForumEditPage />} />
      </Routes>
    </section>
  );
}
