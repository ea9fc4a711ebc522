import { useCallback, useDeferredValue, useState } from 'react';
import { Alert, App, Button, Flex, Form, Select, Switch, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { RecordTalkInput } from '../../gql/graphql';
import { useViewer } from '../auth';
import { PendingSubmit } from '../outbox/pending-submit';
import { ReturnedAlert } from '../outbox/returned-alert';
import { useRecordDraft } from '../outbox/use-outbox';
import { useQueuedSubmit } from '../outbox/use-queued-submit';
import { OfficerByIdDocument } from '../pairings/pairing-documents';
import { errorField, serverMessage } from '../visits/format';
import { RecordTalkMutation, TalkeeOptionsQuery, TalkeePairingsQuery } from './talk-documents';
import { NewItemsFields } from '../action-items/new-items-fields';
import { TalkFields } from './talk-fields';
import { TALK_FIELDS, type TalkValues, toTalkInput } from './talk-input';

function toInput(values: TalkValues, clientKey: string): RecordTalkInput {
  return {
    ...toTalkInput(values),
    talkeeId: values.talkeeId ?? '',
    pairingId: values.pairingId || null,
    confidential: !!values.confidential,
    actionItems: (values.actionItems ?? []).map((i) => ({
      ownerId: i.ownerId ?? values.talkeeId ?? '',
      description: i.description?.trim() ?? '',
      dueDate: i.dueDate ?? '',
    })),
    clientKey,
  };
}

/**
 * /talks/new[?talkeeId=…&pairingId=…] — a heart-to-heart talk; the server decides who may talk
 * with whom. Like the visit form it keeps a draft on the device and queues a submission that
 * cannot reach the server (one draft per talkee named in the address, one for a blank form).
 */
export function TalkForm() {
  const [params] = useSearchParams();
  // Another talkee in the address is another draft: start the form afresh for it.
  return <TalkFormFor key={`${params.get('talkeeId') ?? ''}/${params.get('pairingId') ?? ''}`} />;
}

function TalkFormFor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useViewer();
  const [params] = useSearchParams();
  const urlTalkee = params.get('talkeeId') || undefined;
  const urlPairing = params.get('pairingId') || undefined;
  const [form] = Form.useForm<TalkValues>();
  const blank = useCallback(
    (): TalkValues => ({
      talkeeId: urlTalkee,
      pairingId: urlTalkee ? urlPairing : undefined,
      kind: 'ROUTINE',
      occurredAt: new Date().toISOString(),
      confidential: false,
      actionItems: [],
    }),
    [urlTalkee, urlPairing],
  );
  const draft = useRecordDraft<TalkValues>(
    'talk',
    urlTalkee ? `${urlTalkee}/${urlPairing ?? ''}` : 'new',
    blank,
    (o) => {
      if (o.sent) navigate(`/talks/${o.id}`, { replace: true });
    },
  );
  const [restored, setRestored] = useState(draft.restored);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const talkeeId = Form.useWatch('talkeeId', form) ?? draft.initialValues.talkeeId;
  const [{ data: officers, fetching: searching }] = useQuery({
    query: TalkeeOptionsQuery,
    variables: { search: deferred || null },
  });
  // The talkee named in the address or a restored draft may not be among the first search results.
  const [{ data: chosen }] = useQuery({
    query: OfficerByIdDocument,
    variables: { id: talkeeId ?? '' },
    pause: !talkeeId,
  });
  const [{ data: pairings }] = useQuery({
    query: TalkeePairingsQuery,
    variables: { menteeId: talkeeId ?? '' },
    pause: !talkeeId,
  });
  const [, record] = useMutation(RecordTalkMutation);

  const keep = () => {
    const values = form.getFieldsValue(true) as TalkValues;
    draft.keep(values);
    return values;
  };

  const { submitting: saving, submit: send } = useQueuedSubmit(draft, {
    send: record,
    onRefused: (error) => {
      const field = errorField(error);
      if (field && !field.includes('.'))
        form.setFields([{ name: field as keyof TalkValues, errors: [serverMessage(error)] }]);
      message.error(t('talks.form.failed', { message: serverMessage(error) }));
    },
    onSaved: (data) => {
      message.success(t('talks.form.saved'));
      navigate(`/talks/${data.recordTalk.id}`, { replace: true });
    },
  });

  const submit = (values: TalkValues) =>
    send(() => toInput({ ...keep(), ...values }, draft.clientKey), chosen?.officer?.name);

  // Every field is set, not reset: a reset would return to the restored draft the form opened with.
  const discard = () => {
    const fresh = draft.discard();
    form.setFields(TALK_FIELDS.map((name) => ({ name, value: fresh[name], errors: [] })));
    setRestored(false);
  };

  const officerOptions =
    officers?.officers.edges.map(({ node: o }) => ({
      value: o.id,
      label: `${o.name} · ${o.badgeNumber} · ${o.branch.name}`,
    })) ?? [];
  const picked = chosen?.officer;
  if (picked && !officerOptions.some((o) => o.value === picked.id)) {
    officerOptions.unshift({ value: picked.id, label: `${picked.name} · ${picked.badgeNumber}` });
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="talk-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('talks.record')}
      </Typography.Title>
      {draft.returned && <ReturnedAlert refusal={draft.returned.refusal} onDiscard={discard} testId="talk-returned" />}
      {restored && !draft.pending && !draft.returned && (
        <Alert
          type="info"
          showIcon
          title={t('talks.draft.restored')}
          action={
            <Button size="small" onClick={discard} data-testid="talk-discard-draft">
              {t('talks.draft.discard')}
            </Button>
          }
          data-testid="talk-draft-restored"
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
        <TalkFields testId="talk" />
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
        <NewItemsFields
          title={t('talks.form.items')}
          addLabel={t('talks.form.addItem')}
          owners={[
            { value: talkeeId ?? '', label: t('talks.form.ownerTalkee'), disabled: !talkeeId },
            { value: me.id, label: t('talks.form.ownerMe') },
          ]}
          defaultOwnerId={talkeeId ?? me.id}
          testId="talk"
        />
        <PendingSubmit
          pending={draft.pending}
          submitting={saving}
          label={t('talks.form.submit')}
          testId="talk-submit"
        />
      </Form>
    </Flex>
  );
}
