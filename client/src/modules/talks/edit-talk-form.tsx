import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { RecordEditPage } from '../visits/record-edit-page';
import { TalkQuery } from './talk-documents';
import { TalkFields } from './talk-fields';
import { type TalkValues, toTalkInput } from './talk-input';

const UpdateTalkMutation = graphql(`
  mutation UpdateTalk($input: UpdateTalkInput!) {
    updateTalk(input: $input) {
      ...TalkFieldValues
    }
  }
`);

type Values = Omit<TalkValues, 'talkeeId' | 'pairingId' | 'confidential' | 'actionItems'>;

/**
 * /talks/:id/edit — the talker corrects a talk within 7 days of recording it. Who was talked with,
 * the pairing and confidentiality are not editable: they decide who may read it.
 */
export function EditTalkForm() {
  const { t } = useTranslation();
  return (
    <RecordEditPage
      query={TalkQuery}
      record={(data) => data.talk}
      mutation={UpdateTalkMutation}
      // Only the talker can edit (editable), and the talker reads the assessment: it is theirs.
      toInput={(values: Values, talk) => ({ ...toTalkInput(values), id: talk.id, version: talk.version })}
      initialValues={(talk) => ({
        kind: talk.kind,
        occurredAt: talk.occurredAt,
        topics: talk.topics,
        officerViews: talk.officerViews ?? '',
        problemsRaised: talk.problemsRaised ?? '',
        guidance: talk.guidance ?? '',
        assessment: talk.assessment ?? '',
      })}
      path={(talk) => `/talks/${talk.id}`}
      title={(talk) => `${t('talks.edit.title')} · ${talk.talkee.name}`}
      fields={<TalkFields testId="talk-edit" />}
      texts={{
        notFound: t('talks.detail.notFound'),
        locked: t('talks.detail.locked'),
        lockedHint: t('talks.detail.lockedHint'),
        save: t('talks.edit.save'),
        saved: t('talks.edit.saved'),
        conflict: t('talks.edit.conflict'),
        failed: (message) => t('talks.edit.failed', { message }),
      }}
      testIds={{ page: 'edit-talk-form', locked: 'talk-edit-locked', save: 'talk-save' }}
    />
  );
}
