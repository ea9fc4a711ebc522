import { useCallback, useState } from 'react';
import { Alert, App, Button, Flex, Form, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { LogVisitInput, LogVisitPairingQuery as PairingData } from '../../gql/graphql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { useViewer } from '../auth';
import { PendingSubmit } from '../outbox/pending-submit';
import { ReturnedAlert } from '../outbox/returned-alert';
import { useRecordDraft } from '../outbox/use-outbox';
import { useQueuedSubmit } from '../outbox/use-queued-submit';
import { errorField, serverMessage } from './format';
import { LogVisitMutation, LogVisitPairingQuery } from './visit-documents';
import { type DraftValues, VISIT_FIELDS, toVisitInput } from './visit-input';
import { VisitFields } from './visit-fields';
import { NewItemsFields } from '../action-items/new-items-fields';
import { OpenItemsField } from './visit-items-fields';
import { PairingNotActive } from './returned-visit';

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
  if (pairing.status !== 'ACTIVE') return <PairingNotActive pairingId={pairing.id} />;
  return <LogVisitForm key={pairing.id} pairing={pairing} />;
}

function toInput(pairing: FormPairing, values: DraftValues, clientKey: string, meId: string): LogVisitInput {
  const mentorIds = pairing.mentors.map((m) => m.officer.id);
  return {
    ...toVisitInput(values),
    pairingId: pairing.id,
    participantMentorIds: values.participantMentorIds ?? (mentorIds.includes(meId) ? [meId] : []),
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
 * The log-visit form, built for a phone. Every change is kept as a draft on the device; a
 * submission that cannot reach the server waits in the outbox and the app shell's sender delivers
 * it (on reconnect, or with back-off while online); the client key makes a resend harmless.
 */
function LogVisitForm({ pairing }: { pairing: FormPairing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useViewer();
  const [form] = Form.useForm<DraftValues>();
  const [, logVisit] = useMutation(LogVisitMutation);
  const blank = useCallback(
    (): DraftValues => ({
      kind: 'HOME_VISIT',
      occurredAt: new Date().toISOString(),
      participantMentorIds: pairing.mentors.some((m) => m.officer.id === me.id) ? [me.id] : [],
      actionItems: [],
      closeActionItemIds: [],
    }),
    [pairing, me.id],
  );
  // Sent from the outbox while this form is open: the shell's sender has toasted; just show it.
  const draft = useRecordDraft<DraftValues>('visit', pairing.id, blank, (outcome) => {
    if (outcome.sent) navigate(`/visits/${outcome.id}`, { replace: true });
  });
  const [restored, setRestored] = useState(draft.restored);

  const keep = () => {
    const values = form.getFieldsValue(true) as DraftValues;
    draft.keep(values);
    return values;
  };

  const { submitting, submit: send } = useQueuedSubmit(draft, {
    send: logVisit,
    onRefused: (error) => {
      const field = errorField(error);
      const text = serverMessage(error);
      if (field && form.getFieldInstance(namePath(field) as never) !== undefined) {
        form.setFields([{ name: namePath(field) as never, errors: [text] }]);
        form.scrollToField(namePath(field) as never);
      }
      message.error(t('visits.form.failed', { message: text }));
    },
    onSaved: (data) => {
      message.success(t('visits.form.saved'));
      navigate(`/visits/${data.logVisit.id}`, { replace: true });
    },
  });

  const submit = (values: DraftValues) =>
    send(() => toInput(pairing, { ...keep(), ...values }, draft.clientKey, me.id), pairing.mentee.name);

  // Every field is set, not reset: a reset would return to the restored draft the form opened with.
  const discard = () => {
    const fresh = draft.discard();
    form.setFields(VISIT_FIELDS.map((name) => ({ name, value: fresh[name], errors: [] })));
    setRestored(false);
  };

  const mentors = pairing.mentors.map((m) => m.officer);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="log-visit-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('visits.form.titleNew', { name: pairing.mentee.name })}
      </Typography.Title>
      {draft.returned && <ReturnedAlert refusal={draft.returned.refusal} onDiscard={discard} testId="visit-returned" />}
      {restored && !draft.pending && !draft.returned && (
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
        initialValues={draft.initialValues}
        onValuesChange={() => keep()}
        onFinish={submit}
        scrollToFirstError
        disabled={draft.pending}
      >
        <VisitFields mentors={mentors} />
        <OpenItemsField items={pairing.actionItems} />
        <NewItemsFields
          title={t('visits.form.newItems')}
          addLabel={t('visits.form.addItem')}
          owners={[
            { value: pairing.mentee.id, label: pairing.mentee.name },
            { value: me.id, label: t('visits.form.ownerMe') },
          ]}
          defaultOwnerId={pairing.mentee.id}
          testId="visit"
        />
        <PendingSubmit
          pending={draft.pending}
          submitting={submitting}
          label={t('visits.form.submit')}
          submittingLabel={t('visits.form.submitting')}
          testId="visit-submit"
        />
      </Form>
    </Flex>
  );
}
