import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { PendingSubmit } from '../outbox/pending-submit';
import { useRecordDraft } from '../outbox/use-outbox';
import type { OfficerOption } from '../pairings/officer-select';
import { useQueuedSubmit } from '../outbox/use-queued-submit';
import { errorField, serverMessage } from '../visits/format';
import { ForumFields } from './forum-fields';
import { ForumProblemFields } from './forum-problem-fields';
import { CreateForumMutation } from './create-forum-document';
import { ProblemCategoriesQuery } from './forum-documents';
import { type ForumValues, toCreateForumInput } from './forum-input';

const FIELDS: (keyof ForumValues)[] = [
  'kind',
  'title',
  'occurredAt',
  'place',
  'attendeeIds',
  'minutes',
  'confidentialMinutes',
  'problems',
];

/**
 * /forums/new — a secretary (or the committee) records a forum on a phone while it runs: who came,
 * each problem as it is raised, 即知即改 with one tap, the minutes at the end. Every change is kept on
 * the device, so a reload or a dropped connection loses nothing; a submission that cannot reach the
 * server waits in the outbox and is sent, once, when the connection returns.
 */
export function ForumForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ForumValues>();
  const blank = useCallback(
    (): ForumValues => ({
      kind: 'GROUP',
      title: '',
      occurredAt: new Date().toISOString(),
      attendeeIds: [],
      problems: [],
    }),
    [],
  );
  const draft = useRecordDraft<ForumValues>('forum', 'new', blank, (o) => {
    if (o.sent) navigate(`/forums/${o.id}`, { replace: true });
  });
  const [restored, setRestored] = useState(draft.restored);
  const [{ data: categories }] = useQuery({ query: ProblemCategoriesQuery });
  const [, record] = useMutation(CreateForumMutation);
  // Names of the attendees picked, so a problem's raiser can be one of them.
  const [attendees, setAttendees] = useState<OfficerOption[]>([]);
  const attendeeIds: string[] = Form.useWatch('attendeeIds', form) ?? draft.initialValues.attendeeIds;
  const raisers = useMemo(
    () => attendeeIds.map((id) => ({ value: id, label: attendees.find((a) => a.id === id)?.name ?? id })),
    [attendeeIds, attendees],
  );

  const keep = () => {
    const values = form.getFieldsValue(true) as ForumValues;
    draft.keep(values);
    return values;
  };

  const { submitting: saving, submit: send } = useQueuedSubmit(draft, {
    send: record,
    onRefused: (error) => {
      const field = errorField(error);
      if (field && !field.includes('.'))
        form.setFields([{ name: field as keyof ForumValues, errors: [serverMessage(error)] }]);
      message.error(t('forums.form.failed', { message: serverMessage(error) }));
    },
    onSaved: (data) => {
      message.success(t('forums.form.saved'));
      navigate(`/forums/${data.createForum.id}`, { replace: true });
    },
  });

  const submit = (values: ForumValues) =>
    send(
      () => toCreateForumInput({ ...keep(), ...values }, draft.clientKey),
      (input) => input.title,
    );

  const discard = () => {
    const fresh = draft.discard();
    form.setFields(FIELDS.map((name) => ({ name, value: fresh[name], errors: [] })));
    setRestored(false);
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="forum-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('forums.form.titleNew')}
      </Typography.Title>
      {restored && !draft.pending && (
        <Alert
          type="info"
          showIcon
          title={t('forums.form.draftRestored')}
          action={
            <Button size="small" onClick={discard} data-testid="forum-discard-draft">
              {t('forums.form.discardDraft')}
            </Button>
          }
          data-testid="forum-draft-restored"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        onValuesChange={() => keep()}
        initialValues={draft.initialValues}
        disabled={draft.pending}
        scrollToFirstError
      >
        <ForumFields onAttendees={(picked) => setAttendees((prev) => mergeNames(prev, picked))} />
        <ForumProblemFields
          categories={categories?.problemCategories.map((c) => ({ value: c.id, label: c.name })) ?? []}
          raisers={raisers}
        />
        <PendingSubmit
          pending={draft.pending}
          submitting={saving}
          label={t('forums.form.submit')}
          testId="forum-submit"
        />
      </Form>
    </Flex>
  );
}

function mergeNames(known: OfficerOption[], picked: OfficerOption[]): OfficerOption[] {
  return [...known.filter((k) => !picked.some((p) => p.id === k.id)), ...picked];
}
