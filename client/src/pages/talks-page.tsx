import { Route, Routes } from 'react-router-dom';
import { RequireAbility } from '../modules/auth';
import { EditTalkForm } from '../modules/talks/edit-talk-form';
import { TalkDetail } from '../modules/talks/talk-detail';
import { TalkForm } from '../modules/talks/talk-form';
import { TalkList } from '../modules/talks/talk-list';

export function TalksPage() {
  return (
    <section data-testid="page-talks">
      <Routes>
        <Route index element={<TalkList />} />
        <Route
          path="new"
          element={
            <RequireAbility action="create" subject="Talk">
              <TalkForm />
            </RequireAbility>
          }
        />
        <Route path=":id" element={<TalkDetail />} />
        <Route path=":id/edit" element={<EditTalkForm />} />
      </Routes>
    </section>
  );
}
