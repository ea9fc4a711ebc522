import { App, Button, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '@tongxin/schema';
import { graphql } from '../../gql';
import type { TalkKind } from '../../gql/graphql';
import { DateTimeInput, endOfToday } from '../../ui/dates';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { errorCode } from '../api/create-api-client';
import { errorField, serverMessage } from '../visits/format';
import { TalkQuery } from './talk-documents';
import { TALK_KINDS } from './talk-list';

const UpdateTalkMutation = graphql(`
  mutation UpdateTalk($input: UpdateTalkInput!) {
    updateTalk(input: $input) {
      id
      version
      locked
      editable
      kind
      occurredAt
      topics
      officerViews
      problemsRaised
      guidance
      assessment
    }
  }
`);

interface Values {
  kind: TalkKind;
  occurredAt: string;
  topics: string;
  officerViews?: string;
  problemsRaised?: string;
  guidance?: string;
  assessment?: string;
}

const TEXTS = ['officerViews', 'problemsRaised', 'guidance'] as const;

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

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('talks.form.required', { field }) },
  ];
  const submit = async (values: Values) => {
    if (saving) return;
    const text = (v?: string) => (v?.trim() ? v.trim() : null);
    const res = await update({
      input: {
        id: talk.id,
        version: talk.version,
        kind: values.kind,
        occurredAt: values.occurredAt,
        topics: values.topics.trim(),
        officerViews: text(values.officerViews),
        problemsRaised: text(values.problemsRaised),
        guidance: text(values.guidance),
        // Only the talker can edit (editable), and the talker reads the assessment: it is theirs.
        assessment: text(values.assessment),
      },
    });
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
        <Form.Item name="kind" label={t('talks.field.kind')} rules={[{ required: true }]}>
          <Select options={TALK_KINDS.map((k) => ({ value: k, label: t(`talks.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={t('talks.field.occurredAt')}
          rules={[{ required: true, message: t('talks.form.required', { field: t('talks.field.occurredAt') }) }]}
        >
          <DateTimeInput maxDate={endOfToday()} />
        </Form.Item>
        <Form.Item name="topics" label={t('talks.field.topics')} rules={required(t('talks.field.topics'))}>
          <Input.TextArea rows={3} maxLength={LIMITS.longText} data-testid="talk-edit-topics" />
        </Form.Item>
        {TEXTS.map((name) => (
          <Form.Item key={name} name={name} label={t(`talks.field.${name}`)}>
            <Input.TextArea rows={3} maxLength={LIMITS.longText} />
          </Form.Item>
        ))}
        <Form.Item
          name="assessment"
          label={
            <span>
              <LockOutlined /> {t('talks.field.assessment')}
            </span>
          }
          extra={t('talks.field.assessmentHint')}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.longText} />
        </Form.Item>
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
