import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, Form, Result, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { LogVisitInput, LogVisitPairingQuery as PairingData } from '../../gql/graphql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { useViewer } from '../auth';
import { errorField, fromLocalInput, isNetworkFailure, serverMessage, toLocalInput } from './format';
import { useVisitOutbox } from './use-visit-outbox';
import { LogVisitMutation, LogVisitPairingQuery } from './visit-documents';
import {
  clearDraft,
  type DraftValues,
  loadDraft,
  newClientKey,
  saveDraft,
  type VisitDraft,
} from './visit-draft-storage';
import { VisitFields } from './visit-fields';
import { NewItemsFields, OpenItemsField } from './visit-items-fields';

type FormPairing = NonNullable<PairingData['pairing']>;

/** /visits/new?pairingId=… — loads the pairing, then the form. */
export function LogVisitPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const pairingId = params.get('pairingId') ?? '';
  const [{ data, fetching, error }, reload] = useQuery({
    query: LogVisitPairingQuery,
    variables: { id: pairingId },
    pause: !pairingId,
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const pairing = data?.pairing;
  if (!pairing) return <Result status="404" title={t('visits.form.notFound')} data-testid="log-visit-not-found" />;
  if (pairing.status !== 'ACTIVE') return <Result status="warning" title={t('visits.form.pairingNotActive')} />;
  return <LogVisitForm key={pairing.id} pairing={pairing} />;
}

function toInput(pairing: FormPairing, values: DraftValues, clientKey: string, meId: string): LogVisitInput {
  const mentorIds = pairing.mentors.map((m) => m.officer.id);
  const text = (v?: string) => (v?.trim() ? v.trim() : null);
  return {
    pairingId: pairing.id,
    kind: values.kind as LogVisitInput['kind'],
    occurredAt: fromLocalInput(values.occurredAt ?? toLocalInput()),
    location: text(values.location),
    participants: text(values.participants),
    participantMentorIds: values.participantMentorIds ?? (mentorIds.includes(meId) ? [meId] : []),
    summary: values.summary?.trim() ?? '',
    observations: text(values.observations),
    confidentialNotes: text(values.confidentialNotes),
    nextVisitDue: values.nextVisitDue || null,
    actionItems: (values.actionItems ?? []).map((i) => ({
      ownerId: i.ownerId ?? pairing.mentee.id,
      description: i.description?.trim() ?? '',
      dueDate: i.dueDate ?? '',
    })),
    closeActionItemIds: values.closeActionItemIds ?? [],
    clientKey,
  };
}

/** A server field path ('actionItems.0.dueDate') as an antd name path. */
const namePath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * The log-visit form, built for a phone. Every change is kept as a draft in the browser; a
 * submission that cannot reach the server waits in the outbox and goes out when the browser is
 * online again; the button cannot send twice, and the client key makes a resend harmless.
 */
function LogVisitForm({ pairing }: { pairing: FormPairing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useViewer();
  const account = me.username;
  const [form] = Form.useForm<DraftValues>();
  const [, logVisit] = useMutation(LogVisitMutation);
  const [initial] = useState<{ draft: VisitDraft; restored: boolean }>(() => {
    const stored = loadDraft(account, pairing.id);
    if (stored) return { draft: stored, restored: true };
    const present = pairing.mentors.some((m) => m.officer.id === me.id) ? [me.id] : [];
    const values = {
      kind: 'HOME_VISIT',
      occurredAt: toLocalInput(),
      participantMentorIds: present,
      actionItems: [],
      closeActionItemIds: [],
    };
    return { draft: { clientKey: newClientKey(), savedAt: new Date().toISOString(), values }, restored: false };
  });
  // One key per submission of this form: a resend of it is logged once; a discarded draft gets a new one.
  const [clientKey, setClientKey] = useState(initial.draft.clientKey);
  const [restored, setRestored] = useState(initial.restored);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  const done = (visitId: string) => {
    clearDraft(account, pairing.id);
    message.success(t('visits.form.saved'));
    navigate(`/visits/${visitId}`, { replace: true });
  };
  const { pending, queue } = useVisitOutbox((outcome) => {
    if (outcome.entry.clientKey === clientKey && outcome.sent) done(outcome.visitId);
  });
  const isPending = pending.some((e) => e.clientKey === clientKey);

  const keep = (key = clientKey) => {
    const values = form.getFieldsValue(true) as DraftValues;
    saveDraft(account, pairing.id, { clientKey: key, values, savedAt: new Date().toISOString() });
    return values;
  };

  const submit = async (values: DraftValues) => {
    if (inFlight.current || isPending) return;
    inFlight.current = true;
    setSubmitting(true);
    const input = toInput(pairing, { ...keep(), ...values }, clientKey, me.id);
    const entry = {
      clientKey,
      pairingId: pairing.id,
      input,
      queuedAt: new Date().toISOString(),
    };
    try {
      if (globalThis.navigator?.onLine === false) {
        queue(entry);
        return;
      }
      const res = await logVisit({ input });
      if (isNetworkFailure(res.error)) queue(entry);
      else if (res.error || !res.data) {
        const field = errorField(res.error);
        const text = serverMessage(res.error);
        if (field && form.getFieldInstance(namePath(field) as never) !== undefined) {
          form.setFields([{ name: namePath(field) as never, errors: [text] }]);
          form.scrollToField(namePath(field) as never);
        }
        message.error(t('visits.form.failed', { message: text }));
      } else done(res.data.logVisit.id);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const discard = () => {
    clearDraft(account, pairing.id);
    setClientKey(newClientKey());
    form.resetFields();
    form.setFieldsValue({ kind: 'HOME_VISIT', occurredAt: toLocalInput(), actionItems: [], closeActionItemIds: [] });
    setRestored(false);
  };

  const mentors = pairing.mentors.map((m) => m.officer);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="log-visit-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('visits.form.titleNew', { name: pairing.mentee.name })}
      </Typography.Title>
      {isPending && (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          title={t('visits.form.pending')}
          data-testid="visit-pending"
        />
      )}
      {restored && !isPending && (
        <Alert
          type="info"
          showIcon
          title={t('visits.form.draftRestored')}
          action={
            <Button size="small" onClick={discard} data-testid="visit-discard-draft">
              {t('visits.form.discardDraft')}
            </Button>
          }
          data-testid="visit-draft-restored"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        size="large"
        initialValues={initial.draft.values}
        onValuesChange={() => keep()}
        onFinish={submit}
        scrollToFirstError
        disabled={isPending}
      >
        <VisitFields mentors={mentors} />
        <OpenItemsField items={pairing.actionItems} />
        <NewItemsFields mentee={pairing.mentee} meId={me.id} />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          style={{ marginTop: 24, height: 52 }}
          loading={submitting}
          disabled={submitting || isPending}
          data-testid="visit-submit"
        >
          {submitting ? t('visits.form.submitting') : t('visits.form.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
