import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../ui/dates';
import { DateInput } from '../../ui/date-inputs';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { LIMITS, PairingReason } from '@tongxin/schema';
import { useViewer } from '../auth';
import { type OfficerOption, OfficerSelect } from './officer-select';
import { CreatePairingDocument, MentorCapacityDocument, OfficerByIdDocument } from './pairing-documents';
import { pairingTypeOf, serverError, showAtField } from './pairing-helpers';

interface Values {
  menteeId?: string;
  leadMentorId?: string;
  supportMentorIds?: string[];
  reason?: PairingReason;
  goals?: string;
  /** YYYY-MM-DD, as the API takes it */
  startDate?: string;
  plannedEndDate?: string;
  contactIntervalDays?: number;
  riskNotes?: string;
}

const FIELDS = [
  'menteeId',
  'leadMentorId',
  'supportMentorIds',
  'reason',
  'goals',
  'startDate',
  'plannedEndDate',
  'contactIntervalDays',
  'riskNotes',
] as const;

/** 建立结对: pick the mentee and mentors by searching, see "1+1"/"1+X" and any capacity warning before saving. */
export function CreatePairingForm() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [{ fetching: saving }, create] = useMutation(CreatePairingDocument);
  const [formError, setFormError] = useState<string | null>(null);

  // Coming from "flagged, not paired" on the home page: the mentee is chosen already.
  const presetMentee = params.get('mentee');
  const [{ data: preset }] = useQuery({
    query: OfficerByIdDocument,
    variables: { id: presetMentee ?? '' },
    pause: !presetMentee,
  });
  const [menteeKnown, setMenteeKnown] = useState<OfficerOption[]>([]);
  useEffect(() => {
    const o = preset?.officer;
    if (!o) return;
    setMenteeKnown([{ id: o.id, name: o.name, badgeNumber: o.badgeNumber }]);
    form.setFieldsValue({ menteeId: o.id, reason: (o.flaggedReason as PairingReason | null) ?? undefined });
  }, [preset, form]);

  const menteeId = Form.useWatch('menteeId', form);
  const leadId = Form.useWatch('leadMentorId', form);
  const supportIds = Form.useWatch('supportMentorIds', form);
  const mentorIds = useMemo(
    () => [leadId, ...(supportIds ?? [])].filter((x): x is string => !!x),
    [leadId, supportIds],
  );
  const type = pairingTypeOf(supportIds?.length ?? 0);

  // The capacity check the server repeats on save: shown before saving, never a refusal.
  const [{ data: capacity }] = useQuery({
    query: MentorCapacityDocument,
    variables: { mentorIds },
    pause: mentorIds.length === 0,
    requestPolicy: 'network-only',
  });
  const atCapacity = mentorIds.length ? (capacity?.mentorCapacity.filter((l) => l.atCapacity) ?? []) : [];

  const onFinish = async (v: Values) => {
    setFormError(null);
    const res = await create({
      input: {
        menteeId: v.menteeId!,
        leadMentorId: v.leadMentorId!,
        supportMentorIds: v.supportMentorIds ?? [],
        reason: v.reason!,
        goals: v.goals ?? '',
        startDate: v.startDate!,
        plannedEndDate: v.plannedEndDate!,
        contactIntervalDays: v.contactIntervalDays,
        riskNotes: v.riskNotes || null,
      },
    });
    const err = serverError(res.error, i18n.language);
    if (err) {
      if (!showAtField(form, err, FIELDS)) setFormError(err.message || t('pairings.actions.failed'));
      return;
    }
    const result = res.data!.createPairing;
    message.success(t('pairings.form.created'));
    for (const w of result.capacityWarnings) {
      message.warning(
        t('pairings.form.capacityLine', { name: w.officer?.name ?? w.officerId, count: w.activeCount, limit: w.limit }),
      );
    }
    navigate(`/pairings/${result.pairing.id}`);
  };

  const today = dayjs();
  return (
    <Card title={t('pairings.form.title')} data-testid="pairing-form">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          contactIntervalDays: LIMITS.contactIntervalDaysDefault,
          startDate: today.format(DATE_FORMAT),
          plannedEndDate: today.add(6, 'month').format(DATE_FORMAT),
          supportMentorIds: [],
        }}
        onValuesChange={() => setFormError(null)}
        scrollToFirstError
      >
        <Form.Item
          name="menteeId"
          label={t('pairings.form.mentee')}
          rules={[{ required: true, message: t('pairings.form.required') }]}
        >
          <OfficerSelect
            testId="field-mentee"
            placeholder={t('pairings.form.menteePlaceholder')}
            filter={{ branchId: me.branch.id, paired: false }}
            known={menteeKnown}
            onChange={(_v, o) => {
              const picked = o && !Array.isArray(o) ? o : undefined;
              if (picked) setMenteeKnown([picked]);
            }}
          />
        </Form.Item>
        <Form.Item
          name="leadMentorId"
          label={t('pairings.form.lead')}
          rules={[{ required: true, message: t('pairings.form.required') }]}
        >
          <OfficerSelect
            testId="field-lead"
            placeholder={t('pairings.form.leadPlaceholder')}
            exclude={[menteeId ?? '', ...(supportIds ?? [])]}
            showLoad
          />
        </Form.Item>
        <Form.Item name="supportMentorIds" label={t('pairings.form.support')}>
          <OfficerSelect
            testId="field-support"
            multiple
            placeholder={t('pairings.form.supportPlaceholder')}
            exclude={[menteeId ?? '', leadId ?? '']}
            showLoad
          />
        </Form.Item>
        <Form.Item label={t('pairings.form.type')}>
          <Flex gap={8} align="center" data-testid="pairing-type-indicator" data-type={type}>
            <Tag color={type === 'ONE_PLUS_X' ? 'purple' : 'blue'} style={{ fontSize: 16, padding: '2px 10px' }}>
              {t(`pairings.pairingType.${type}`)}
            </Tag>
            <Typography.Text type="secondary">
              {t(`pairings.pairingTypeHint.${type}`, { count: supportIds?.length ?? 0 })}
            </Typography.Text>
          </Flex>
        </Form.Item>
        {atCapacity.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="capacity-warning"
            style={{ marginBottom: 16 }}
            title={t('pairings.form.capacityTitle')}
            description={atCapacity.map((l) => (
              <div key={l.officerId}>
                {t('pairings.form.capacityLine', {
                  name: l.officer?.name ?? l.officerId,
                  count: l.activeCount,
                  limit: l.limit,
                })}
              </div>
            ))}
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t('pairings.form.reason')}
          rules={[{ required: true, message: t('pairings.form.required') }]}
        >
          <Select
            data-testid="field-reason"
            options={Object.values(PairingReason).map((r) => ({ value: r, label: t(`pairings.reason.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="goals"
          label={t('pairings.form.goals')}
          rules={[{ required: true, whitespace: true, message: t('pairings.form.required') }]}
        >
          <Input.TextArea
            data-testid="field-goals"
            rows={3}
            maxLength={LIMITS.longText}
            showCount
            placeholder={t('pairings.form.goalsPlaceholder')}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="startDate"
            label={t('pairings.form.startDate')}
            rules={[{ required: true, message: t('pairings.form.required') }]}
            style={{ flex: '1 1 160px' }}
          >
            <DateInput data-testid="field-start" allowClear={false} />
          </Form.Item>
          <Form.Item
            name="plannedEndDate"
            label={t('pairings.form.plannedEndDate')}
            dependencies={['startDate']}
            style={{ flex: '1 1 160px' }}
            rules={[
              { required: true, message: t('pairings.form.required') },
              ({ getFieldValue }) => ({
                validator: (_r, value: string | undefined) => {
                  const start = getFieldValue('startDate') as string | undefined;
                  // YYYY-MM-DD strings order as the dates do.
                  return !value || !start || value > start
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('pairings.form.endAfterStart')));
                },
              }),
            ]}
          >
            <DateInput data-testid="field-end" allowClear={false} />
          </Form.Item>
          <Form.Item
            name="contactIntervalDays"
            label={t('pairings.form.interval')}
            tooltip={t('pairings.form.intervalHelp')}
            rules={[{ required: true, message: t('pairings.form.required') }]}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber
              data-testid="field-interval"
              min={LIMITS.contactIntervalDaysMin}
              max={LIMITS.contactIntervalDaysMax}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="riskNotes" label={t('pairings.form.riskNotes')}>
          <Input.TextArea data-testid="field-risk" rows={2} maxLength={LIMITS.longText} showCount />
        </Form.Item>
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={formError}
            data-testid="pairing-form-error"
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate('/pairings')}>{t('pairings.form.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="pairing-submit">
            {t('pairings.form.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
