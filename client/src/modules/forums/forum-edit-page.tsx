import { useTranslation } from 'react-i18next';
import type { ForumKind, UpdateForumInput } from '../../gql/graphql';
import { RecordEditPage } from '../visits/record-edit-page';
import { ForumFields } from './forum-fields';
import { ForumQuery, UpdateForumMutation } from './forum-documents';

/** The edit form's values: the forum's own fields; its problems are raised and handled on their own pages. */
export interface ForumEditValues {
  kind: string;
  title: string;
  occurredAt: string;
  place?: string;
  attendeeIds: string[];
  minutes?: string;
  confidentialMinutes?: string;
}

interface Stored {
  id: string;
  version: number;
  attendances: { present: boolean; officer: { id: string } }[];
}

const text = (v: string | undefined | null) => (v?.trim() ? v.trim() : null);

/**
 * The input of `updateForum` over the version read. The attendees go as the whole list again (the
 * API's rule); those already listed keep their present/absent mark, newcomers were there.
 */
export function toUpdateForumInput(values: ForumEditValues, forum: Stored): UpdateForumInput {
  const marked = new Map(forum.attendances.map((a) => [a.officer.id, a.present]));
  return {
    id: forum.id,
    version: forum.version,
    kind: values.kind as ForumKind,
    title: values.title.trim(),
    occurredAt: values.occurredAt,
    place: text(values.place),
    minutes: text(values.minutes),
    // Left out when the viewer could not read them (null): an empty field must not wipe them.
    ...(values.confidentialMinutes === undefined ? {} : { confidentialMinutes: text(values.confidentialMinutes) }),
    attendees: values.attendeeIds.map((officerId) => ({ officerId, present: marked.get(officerId) ?? true })),
  };
}

/** /forums/:id/edit — the host corrects a forum within 7 days of recording it; later it is read-only. */
export function ForumEditPage() {
  const { t } = useTranslation();
  return (
    <RecordEditPage
      query={ForumQuery}
      record={(data) => data.forum}
      mutation={UpdateForumMutation}
      toInput={(values: ForumEditValues, forum) => toUpdateForumInput(values, forum)}
      initialValues={(forum) => ({
        kind: forum.kind,
        title: forum.title,
        occurredAt: forum.occurredAt as string,
        place: forum.place ?? '',
        attendeeIds: forum.attendances.map((a) => a.officer.id),
        minutes: forum.minutes ?? '',
        confidentialMinutes: forum.confidentialMinutes ?? undefined,
      })}
      path={(forum) => `/forums/${forum.id}`}
      title={() => t('forums.form.titleEdit')}
      fields={(forum) => <ForumFields knownAttendees={forum.attendances.map((a) => a.officer)} />}
      texts={{
        notFound: t('forums.detail.notFound'),
        locked: t('forums.detail.locked'),
        lockedHint: t('forums.detail.lockedHint'),
        save: t('forums.form.save'),
        saved: t('forums.form.updated'),
        conflict: t('forums.form.conflict'),
        failed: (message) => t('forums.form.failed', { message }),
      }}
      testIds={{ page: 'forum-edit-form', locked: 'forum-edit-locked', save: 'forum-save' }}
    />
  );
}
