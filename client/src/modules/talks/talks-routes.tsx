import { Route, Routes } from 'react-router-dom';
import { guarded } from '../auth';
import { EditTalkForm } from './edit-talk-form';
import { TalkDetail } from './talk-detail';
import { TalkForm } from './talk-form';
import { TalkList } from './talk-list';

/** /talks, /talks/new, /talks/:id and /talks/:id/edit, below the section's route. */
export function TalksRoutes() {
  return (
    <section data-testid="page-talks">
      <Routes>
        <Route index element={<TalkList />} />
        <Route path="new" element={guarded('create', 'Talk', <TalkForm />)} />
        <Route path=":id" element={<TalkDetail />} />
        <Route path=":id/edit" element={<EditTalkForm />} />
      </Routes>
    </section>
  );
}
