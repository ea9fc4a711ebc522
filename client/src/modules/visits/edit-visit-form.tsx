import { useTranslation } from 'react-i18next';
import { toLocalInput } from './format';
import { RecordEditPage } from './record-edit-page';
import { UpdateVisitMutation, VisitQuery } from './visit-documents';
import { type DraftValues, toVisitInput } from './visit-input';
import { VisitFields } from './visit-fields';

/** /visits/:id/edit — its author corrects a visit until it is locked (acknowledged or 7 days old). */
export function EditVisitForm() {
  const { t } = useTranslation();
  return (
    <RecordEditPage
      query={VisitQuery}
      record={(data) => data.visit}
      mutation={UpdateVisitMutation}
      toInput={(values: DraftValues, visit) => ({ ...toVisitInput(values), id: visit.id, version: visit.version })}
      initialValues={(visit) => ({
        kind: visit.kind,
        occurredAt: toLocalInput(visit.occurredAt),
        location: visit.location ?? '',
        participants: visit.participants ?? '',
        summary: visit.summary,
        observations: visit.observations ?? '',
        confidentialNotes: visit.confidentialNotes ?? '',
        nextVisitDue: visit.nextVisitDue ?? '',
      })}
      path={(visit) => `/visits/${visit.id}`}
      title={() => t('visits.form.titleEdit')}
      fields={<VisitFields />}
      texts={{
        notFound: t('visits.detail.notFound'),
        locked: t('visits.detail.locked'),
        lockedHint: t('visits.detail.lockedHint'),
        save: t('visits.form.save'),
        saved: t('visits.form.updated'),
        conflict: t('visits.form.conflict'),
        failed: (message) => t('visits.form.failed', { message }),
      }}
      testIds={{ page: 'edit-visit-form', locked: 'visit-edit-locked', save: 'visit-save' }}
    />
  );
}
