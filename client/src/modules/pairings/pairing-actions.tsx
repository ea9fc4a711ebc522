import { App, Button, type ButtonProps, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/date-inputs';
import { useMutation } from 'urql';
import { LIMITS } from '@tongxin/schema';
import type { PairingDetailQuery } from '../../gql/graphql';
import { useAppAbility, useViewer } from '../auth';
import { OfficerSelect } from './officer-select';
import { CancelPairingDocument, SubmitPairingDocument, UpdatePairingDocument } from './pairing-documents';
import { pairingSubject, serverError, showAtField } from './pairing-helpers';

type Pairing = NonNullable<PairingDetailQuery['pairing']>;
type Dialog = 'edit' | 'handover' | 'cancel' | 'submit' | null;

/** Refusals the dialogs share: a stale version reloads, a field error shows at the field. */
function useOutcome(onChanged: () => void) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  return (
    res: { error?: Parameters<typeof serverError>[0] },
    form: Parameters<typeof showAtField>[0],
    fields: string[],
  ) => {
    const err = serverError(res.error, i18n.language);
    if (!err) return true;
    if (err.code === 'CONFLICT' && !err.field) {
      message.warning(t('pairings.actions.conflict'));
      onChanged();
    } else if (!showAtField(form, err, fields)) {
      message.error(err.message || t('pairings.actions.failed'));
      if (err.code === 'CONFLICT') onChanged();
    }
    return false;
  };
}

/**
 * The actions this viewer may take on this pairing, and no others: the shared rules decide
 * (the server checks again); closed pairings offer nothing.
 */
export function PairingActions({ pairing, onChanged }: { pairing: Pairing; onChanged: () => void }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const me = useViewer();
  const [open, setOpen] = useState<Dialog>(null);
  const subject = pairingSubject(pairing, me.bureau.id);
  const live = pairing.status === 'ACTIVE' || pairing.status === 'IN_REVIEW';
  const canUpdate = live && ability.can('update', subject);
  const canCancel = ability.can('cancel', subject);
  const canSubmit = ability.can('submit', subject);
  if (!canUpdate && !canCancel && !canSubmit) return null;
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <Flex gap={8} wrap data-testid="pairing-actions">
      {canUpdate ? (
        <Button onClick={() => setOpen('edit')} data-testid="action-edit">
          {t('pairings.actions.edit')}
        </Button>
      ) : null}
      {canUpdate ? (
        <Button onClick={() => setOpen('handover')} data-testid="action-handover">
          {t('pairings.actions.handover')}
        </Button>
      ) : null}
      {canSubmit ? (
        <Button type="primary" onClick={() => setOpen('submit')} data-testid="action-submit">
          {t('pairings.actions.submit')}
        </Button>
      ) : null}
      {canCancel ? (
        <Button danger onClick={() => setOpen('cancel')} data-testid="action-cancel">
          {t('pairings.actions.cancel')}
        </Button>
      ) : null}
      {open === 'edit' ? <EditDialog pairing={pairing} onClose={close} onDone={done} onChanged={onChanged} /> : null}
      {open === 'handover' ? (
        <HandoverDialog pairing={pairing} onClose={close} onDone={done} onChanged={onChanged} />
      ) : null}
      {open === 'cancel' || open === 'submit' ? (
        <StatusDialog kind={open} pairing={pairing} onClose={close} onDone={done} onChanged={onChanged} />
      ) : null}
    </Flex>
  );
}

interface DialogProps {
  pairing: Pairing;
  onClose: () => void;
  onDone: () => void;
  onChanged: () => void;
}

function EditDialog({ pairing, onClose, onDone, onChanged }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    goals: string;
    /** YYYY-MM-DD */
    plannedEndDate: string;
    contactIntervalDays: number;
    riskNotes: string;
  }>();
  const [{ fetching }, update] = useMutation(UpdatePairingDocument);
  const outcome = useOutcome(onChanged);
  const frozen = pairing.status === 'IN_REVIEW';
  const submit = async () => {
    const v = await form.validateFields();
    const res = await update({
      input: {
        id: pairing.id,
        version: pairing.version,
        goals: frozen ? null : v.goals,
        plannedEndDate: frozen ? null : v.plannedEndDate,
        contactIntervalDays: frozen ? null : v.contactIntervalDays,
        // An empty text clears the notes; unchanged notes are not a change.
        riskNotes: v.riskNotes ?? '',
      },
    });
    if (!outcome(res, form, ['goals', 'plannedEndDate', 'contactIntervalDays', 'riskNotes'])) return;
    message.success(t('pairings.actions.saved'));
    onDone();
  };
  return (
    <Modal
      open
      title={t('pairings.actions.edit')}
      okText={t('pairings.actions.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={fetching}
      okButtonProps={{ 'data-testid': 'edit-save' } as ButtonProps}
    >
      {frozen ? (
        <Typography.Paragraph type="warning">{t('pairings.actions.frozenInReview')}</Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        data-testid="edit-form"
        initialValues={{
          goals: pairing.goals,
          plannedEndDate: pairing.plannedEndDate,
          contactIntervalDays: pairing.contactIntervalDays,
          riskNotes: pairing.riskNotes ?? '',
        }}
      >
        <Form.Item name="goals" label={t('pairings.form.goals')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={LIMITS.longText} disabled={frozen} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="plannedEndDate" label={t('pairings.form.plannedEndDate')} style={{ flex: '1 1 160px' }}>
            <DateInput allowClear={false} disabled={frozen} data-testid="edit-planned-end" />
          </Form.Item>
          <Form.Item name="contactIntervalDays" label={t('pairings.form.interval')} style={{ flex: '1 1 160px' }}>
            <InputNumber
              min={LIMITS.contactIntervalDaysMin}
              max={LIMITS.contactIntervalDaysMax}
              precision={0}
              style={{ width: '100%' }}
              disabled={frozen}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="riskNotes" label={t('pairings.form.riskNotes')}>
          <Input.TextArea rows={2} maxLength={LIMITS.longText} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HandoverDialog({ pairing, onClose, onDone, onChanged }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lead = pairing.mentors.find((m) => m.role === 'LEAD');
  const supports = pairing.mentors.filter((m) => m.role === 'SUPPORT');
  const [form] = Form.useForm<{ leadMentorId: string; supportMentorIds: string[] }>();
  const [{ fetching }, update] = useMutation(UpdatePairingDocument);
  const outcome = useOutcome(onChanged);
  const leadId = Form.useWatch('leadMentorId', form);
  const supportIds = Form.useWatch('supportMentorIds', form);
  const known = pairing.mentors.map((m) => ({ id: m.officer.id, name: m.officer.name }));
  const submit = async () => {
    const v = await form.validateFields();
    const res = await update({
      input: {
        id: pairing.id,
        version: pairing.version,
        leadMentorId: v.leadMentorId,
        supportMentorIds: v.supportMentorIds ?? [],
      },
    });
    if (!outcome(res, form, ['leadMentorId', 'supportMentorIds'])) return;
    for (const w of res.data?.updatePairing.capacityWarnings ?? []) {
      message.warning(
        t('pairings.form.capacityLine', { name: w.officer?.name ?? w.officerId, count: w.activeCount, limit: w.limit }),
      );
    }
    message.success(t('pairings.actions.saved'));
    onDone();
  };
  return (
    <Modal
      open
      title={t('pairings.actions.handover')}
      okText={t('pairings.actions.save')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={fetching}
      okButtonProps={{ 'data-testid': 'handover-save' } as ButtonProps}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ leadMentorId: lead?.officer.id, supportMentorIds: supports.map((s) => s.officer.id) }}
      >
        <Form.Item name="leadMentorId" label={t('pairings.actions.newLead')} rules={[{ required: true }]}>
          <OfficerSelect
            testId="handover-lead"
            known={known}
            exclude={[pairing.mentee.id, ...(supportIds ?? [])]}
            showLoad
          />
        </Form.Item>
        <Form.Item name="supportMentorIds" label={t('pairings.actions.supportMentors')}>
          <OfficerSelect
            testId="handover-support"
            multiple
            known={known}
            exclude={[pairing.mentee.id, leadId ?? '']}
            showLoad
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StatusDialog({ kind, pairing, onClose, onDone, onChanged }: DialogProps & { kind: 'cancel' | 'submit' }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [{ fetching: cancelling }, cancel] = useMutation(CancelPairingDocument);
  const [{ fetching: submitting }, submitForReview] = useMutation(SubmitPairingDocument);
  const outcome = useOutcome(onChanged);
  const field = kind === 'cancel' ? 'reason' : 'summary';
  const submit = async () => {
    const { text } = await form.validateFields();
    const res =
      kind === 'cancel'
        ? await cancel({ id: pairing.id, reason: text, version: pairing.version })
        : await submitForReview({ id: pairing.id, summary: text, version: pairing.version });
    // The server names `reason`/`summary`; the form field is `text`.
    const err = serverError(res.error, i18n.language);
    if (err?.field === field) {
      form.setFields([{ name: 'text', errors: [err.message] }]);
      return;
    }
    if (!outcome(res, form, [])) return;
    message.success(kind === 'cancel' ? t('pairings.actions.cancelled') : t('pairings.actions.submitted'));
    onDone();
  };
  return (
    <Modal
      open
      title={kind === 'cancel' ? t('pairings.actions.cancel') : t('pairings.actions.submit')}
      okText={kind === 'cancel' ? t('pairings.actions.cancel') : t('pairings.actions.submit')}
      okButtonProps={{ danger: kind === 'cancel', 'data-testid': `${kind}-confirm` } as ButtonProps}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={cancelling || submitting}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="text"
          label={kind === 'cancel' ? t('pairings.actions.cancelReason') : t('pairings.actions.summary')}
          rules={[{ required: true, whitespace: true, message: t('pairings.form.required') }]}
        >
          <Input.TextArea
            data-testid={`${kind}-text`}
            rows={4}
            maxLength={LIMITS.longText}
            showCount
            placeholder={kind === 'submit' ? t('pairings.actions.summaryPlaceholder') : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
