import { useDeferredValue, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '@tongxin/schema';
import type { RecordTalkInput } from '../../gql/graphql';
import { useViewer } from '../auth';
import { errorField, fromLocalInput, serverMessage, todayPlus, toLocalInput } from '../visits/format';
import { RecordTalkMutation, TalkeeOptionsQuery, TalkeePairingsQuery } from './talk-documents';
import { TALK_KINDS } from './talk-list';

interface TalkValues {
  talkeeId?: string;
  pairingId?: string;
  kind: string;
  occurredAt: string;
  topics?: string;
  officerViews?: string;
  problemsRaised?: string;
  guidance?: string;
  assessment?: string;
  confidential?: boolean;
  actionItems?: { ownerId?: string; description?: string; dueDate?: string }[];
}

const text = (v?: string) => (v?.trim() ? v.trim() : null);

/** /talks/new — a heart-to-heart talk; the server decides who may talk with whom. */
export function TalkForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useViewer();
  const [form] = Form.useForm<TalkValues>();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const talkeeId = Form.useWatch('talkeeId', form);
  const [{ data: officers, fetching: searching }] = useQuery({
    query: TalkeeOptionsQuery,
    variables: { search: deferred || null },
  });
  const [{ data: pairings }] = useQuery({
    query: TalkeePairingsQuery,
    variables: { menteeId: talkeeId ?? '' },
    pause: !talkeeId,
  });
  const [{ fetching: saving }, record] = useMutation(RecordTalkMutation);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('talks.form.required', { field }) },
  ];

  const submit = async (values: TalkValues) => {
    if (saving) return;
    const input: RecordTalkInput = {
      talkeeId: values.talkeeId ?? '',
      pairingId: values.pairingId || null,
      kind: values.kind as RecordTalkInput['kind'],
      occurredAt: fromLocalInput(values.occurredAt),
      topics: values.topics?.trim() ?? '',
      officerViews: text(values.officerViews),
      problemsRaised: text(values.problemsRaised),
      guidance: text(values.guidance),
      assessment: text(values.assessment),
      confidential: !!values.confidential,
      actionItems: (values.actionItems ?? []).map((i) => ({
        ownerId: i.ownerId ?? values.talkeeId ?? '',
        description: i.description?.trim() ?? '',
        dueDate: i.dueDate ?? '',
      })),
    };
    const res = await record({ input });
    if (res.error || !res.data) {
      const field = errorField(res.error);
      if (field && !field.includes('.'))
        form.setFields([{ name: field as keyof TalkValues, errors: [serverMessage(res.error)] }]);
      message.error(t('talks.form.failed', { message: serverMessage(res.error) }));
      return;
    }
    message.success(t('talks.form.saved'));
    navigate(`/talks/${res.data.recordTalk.id}`, { replace: true });
  };

  const officerOptions =
    officers?.officers.edges.map(({ node: o }) => ({
      value: o.id,
      label: `${o.name} · ${o.badgeNumber} · ${o.branch.name}`,
    })) ?? [];

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="talk-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('talks.record')}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{ kind: 'ROUTINE', occurredAt: toLocalInput(), confidential: false, actionItems: [] }}
      >
        <Form.Item
          name="talkeeId"
          label={t('talks.field.talkee')}
          rules={[{ required: true, message: t('talks.form.required', { field: t('talks.field.talkee') }) }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={searching}
            placeholder={t('talks.field.talkeeSearch')}
            options={officerOptions}
            onChange={() => form.setFieldValue('pairingId', undefined)}
            data-testid="talk-talkee"
          />
        </Form.Item>
        {!!pairings?.pairings.edges.length && (
          <Form.Item name="pairingId" label={t('talks.field.pairing')}>
            <Select
              allowClear
              placeholder={t('talks.field.noPairing')}
              options={pairings.pairings.edges.map(({ node: p }) => ({
                value: p.id,
                label: `${p.startDate} · ${p.status}`,
              }))}
              data-testid="talk-pairing"
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('talks.field.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={TALK_KINDS.map((k) => ({ value: k, label: t(`talks.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('talks.field.occurredAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" max={toLocalInput()} data-testid="talk-occurred-at" />
        </Form.Item>
        <Form.Item name="topics" label={t('talks.field.topics')} rules={required(t('talks.field.topics'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={LIMITS.longText} data-testid="talk-topics" />
        </Form.Item>
        <Form.Item name="officerViews" label={t('talks.field.officerViews')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={LIMITS.longText} />
        </Form.Item>
        <Form.Item name="problemsRaised" label={t('talks.field.problemsRaised')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={LIMITS.longText} />
        </Form.Item>
        <Form.Item name="guidance" label={t('talks.field.guidance')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={LIMITS.longText} />
        </Form.Item>
        <Form.Item name="assessment" label={t('talks.field.assessment')} extra={t('talks.field.assessmentHint')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={LIMITS.longText}
            data-testid="talk-assessment"
          />
        </Form.Item>
        <Form.Item
          name="confidential"
          label={
            <span>
              <LockOutlined /> {t('talks.field.confidential')}
            </span>
          }
          valuePropName="checked"
          extra={t('talks.confidentialHint')}
        >
          <Switch data-testid="talk-confidential" />
        </Form.Item>
        <Form.List name="actionItems">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              <Typography.Text strong>{t('talks.form.items')}</Typography.Text>
              {fields.map((field) => (
                <Card key={field.key} size="small">
                  <Form.Item name={[field.name, 'ownerId']} label={t('talks.form.owner')} rules={[{ required: true }]}>
                    <Radio.Group
                      optionType="button"
                      options={[
                        { value: talkeeId ?? '', label: t('talks.form.ownerTalkee'), disabled: !talkeeId },
                        { value: me.id, label: t('talks.form.ownerMe') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('talks.form.description')}
                    rules={required(t('talks.form.description'))}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                  </Form.Item>
                  <Flex gap={8} align="end">
                    <Form.Item
                      name={[field.name, 'dueDate']}
                      label={t('talks.form.dueDate')}
                      rules={[{ required: true }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input type="date" />
                    </Form.Item>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('talks.form.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                </Card>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ ownerId: talkeeId ?? me.id, dueDate: todayPlus(14) })}
              >
                {t('talks.form.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          disabled={saving}
          data-testid="talk-submit"
        >
          {t('talks.form.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
