import { Checkbox, Form, Input, Radio } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LIMITS, VisitKind } from '@tongxin/schema';
import { endOfToday } from '../../ui/dates';
import { DateInput, DateTimeInput } from '../../ui/date-inputs';
import { graphql } from '../../gql';

export const VISIT_KINDS = Object.values(VisitKind);

/**
 * What the fields hold, with what decides whether they may still be edited: the edit form loads it
 * and the update returns it, so the cached visit follows a save.
 */
export const VisitFieldValuesFragment = graphql(`
  fragment VisitFieldValues on Visit {
    id
    kind
    occurredAt
    location
    participants
    summary
    observations
    confidentialNotes
    nextVisitDue
    locked
    editable
    version
  }
`);

/**
 * The fields of a visit, shared by the new-visit and the edit forms. Built for a phone: a 2×2 grid
 * of big buttons for the kind, the portal's date pickers (typed or picked), full-width text areas.
 */
export function VisitFields({ mentors }: { mentors?: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('visits.form.required', { field }) },
  ];

  return (
    <>
      <Form.Item name="kind" label={t('visits.field.kind')} rules={[{ required: true }]}>
        <Radio.Group
          buttonStyle="solid"
          style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, width: '100%' }}
          data-testid="visit-kind"
        >
          {VISIT_KINDS.map((k) => (
            <Radio.Button
              key={k}
              value={k}
              style={{
                height: 48,
                lineHeight: '46px',
                textAlign: 'center',
                borderRadius: 8,
                borderInlineStartWidth: 1,
              }}
            >
              {/* The test id sits on the visible label: antd puts data-* on the hidden radio input. */}
              <span data-testid={`visit-kind-${k}`} style={{ display: 'block' }}>
                {t(`visits.kind.${k}`)}
              </span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="occurredAt" label={t('visits.field.occurredAt')} rules={[{ required: true }]}>
        <DateTimeInput size="large" maxDate={endOfToday()} data-testid="visit-occurred-at" />
      </Form.Item>
      <Form.Item name="location" label={t('visits.field.location')}>
        <Input size="large" maxLength={LIMITS.shortText} data-testid="visit-location" />
      </Form.Item>
      {mentors && mentors.length > 1 && (
        <Form.Item name="participantMentorIds" label={t('visits.field.mentorsPresent')}>
          <Checkbox.Group options={mentors.map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
      )}
      <Form.Item name="participants" label={t('visits.field.participants')}>
        <Input
          size="large"
          maxLength={LIMITS.mediumText}
          placeholder={t('visits.field.participantsHint')}
          data-testid="visit-participants"
        />
      </Form.Item>
      <Form.Item name="summary" label={t('visits.field.summary')} rules={required(t('visits.field.summary'))}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={LIMITS.longText}
          placeholder={t('visits.field.summaryHint')}
          data-testid="visit-summary"
        />
      </Form.Item>
      <Form.Item name="observations" label={t('visits.field.observations')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={LIMITS.longText}
          data-testid="visit-observations"
        />
      </Form.Item>
      <Form.Item
        name="confidentialNotes"
        label={
          <span>
            <LockOutlined /> {t('visits.field.confidentialNotes')}
          </span>
        }
        extra={t('visits.field.confidentialHint')}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={LIMITS.longText}
          data-testid="visit-confidential"
        />
      </Form.Item>
      <Form.Item name="nextVisitDue" label={t('visits.field.nextVisitDue')}>
        <DateInput size="large" data-testid="visit-next-due" />
      </Form.Item>
    </>
  );
}
