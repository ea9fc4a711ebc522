import { App, Button, Flex, Form, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { errorCode } from '../api/create-api-client';
import { errorField, serverMessage } from '../visits/format';
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
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching, error }, reload] = useQuery({
    query: TalkQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, update] = useMutation(UpdateTalkMutation);
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const talk = data?.talk;
  if (!talk) return <Result status="404" title={t('talks.detail.notFound')} />;
  if (!talk.editable) {
    return (
      <Result
        status="info"
        title={t('talks.detail.locked')}
        subTitle={t('talks.detail.lockedHint')}
        data-testid="talk-edit-locked"
      />
    );
  }

  const submit = async (values: Values) => {
    if (saving) return;
    // Only the talker can edit (editable), and the talker reads the assessment: it is theirs.
    const res = await update({ input: { ...toTalkInput(values), id: talk.id, version: talk.version } });
    if (res.error) {
      const field = errorField(res.error);
      if (errorCode(res.error) === 'BAD_USER_INPUT' && field && field in values) {
        form.setFields([{ name: field as keyof Values, errors: [serverMessage(res.error)] }]);
        return;
      }
      message.error(
        errorCode(res.error) === 'CONFLICT'
          ? t('talks.edit.conflict')
          : t('talks.edit.failed', { message: serverMessage(res.error) }),
      );
      return;
    }
    message.success(t('talks.edit.saved'));
    navigate(`/talks/${talk.id}`, { replace: true });
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="edit-talk-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('talks.edit.title')} · {talk.talkee.name}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{
          kind: talk.kind,
          occurredAt: talk.occurredAt,
          topics: talk.topics,
          officerViews: talk.officerViews ?? '',
          problemsRaised: talk.problemsRaised ?? '',
          guidance: talk.guidance ?? '',
          assessment: talk.assessment ?? '',
        }}
      >
        <TalkFields testId="talk-edit" />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          disabled={saving}
          data-testid="talk-save"
        >
          {t('talks.edit.save')}
        </Button>
      </Form>
    </Flex>
  );
}
