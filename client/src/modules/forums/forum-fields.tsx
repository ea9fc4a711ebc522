import { LIMITS } from '@tongxin/schema';
import { Form, Input, Radio } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateTimeInput } from '../../ui/date-inputs';
import { endOfToday } from '../../ui/dates';
import { OfficerSelect, type OfficerOption } from '../pairings/officer-select';
import { FORUM_KINDS } from './forum-kinds';

const BIG_BUTTON = {
  height: 48,
  lineHeight: '46px',
  textAlign: 'center',
  borderRadius: 8,
  borderInlineStartWidth: 1,
} as const;

/**
 * What a forum is (kind, topic, time, place, who came) and what was said (minutes), shared by the
 * new and the edit forms. Built for a phone: a 2×2 grid of big buttons for the kind, the attendees
 * found by pinyin initials as the officer pickers elsewhere.
 */
export function ForumFields({
  knownAttendees,
  onAttendees,
}: {
  knownAttendees?: OfficerOption[];
  /** Hears who was picked, with names, so the problems can name their raisers. */
  onAttendees?: (picked: OfficerOption[]) => void;
}) {
  const { t } = useTranslation();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('forums.form.required', { field }) },
  ];
  return (
    <>
      <Form.Item name="kind" label={t('forums.field.kind')} rules={[{ required: true }]}>
        <Radio.Group
          buttonStyle="solid"
          style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, width: '100%' }}
          data-testid="forum-kind"
        >
          {FORUM_KINDS.map((k) => (
            <Radio.Button key={k} value={k} style={BIG_BUTTON}>
              {/* The test id sits on the visible label: antd puts data-* on the hidden radio input. */}
              <span data-testid={`forum-kind-${k}`} style={{ display: 'block' }}>
                {t(`forums.kind.${k}`)}
              </span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="title" label={t('forums.field.title')} rules={required(t('forums.field.title'))}>
        <Input maxLength={LIMITS.shortText} data-testid="forum-title" />
      </Form.Item>
      <Form.Item name="occurredAt" label={t('forums.field.occurredAt')} rules={[{ required: true }]}>
        <DateTimeInput maxDate={endOfToday()} data-testid="forum-occurred-at" />
      </Form.Item>
      <Form.Item name="place" label={t('forums.field.place')}>
        <Input maxLength={LIMITS.shortText} data-testid="forum-place" />
      </Form.Item>
      <Form.Item
        name="attendeeIds"
        label={t('forums.field.attendees')}
        extra={t('forums.field.attendeesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('forums.form.atLeastOneAttendee') }]}
      >
        <OfficerSelect
          multiple
          testId="forum-attendees"
          known={knownAttendees}
          placeholder={t('forums.field.attendeesHint')}
          onChange={(_, picked) => onAttendees?.(Array.isArray(picked) ? picked : picked ? [picked] : [])}
        />
      </Form.Item>
      <Form.Item name="minutes" label={t('forums.field.minutes')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={LIMITS.longText}
          data-testid="forum-minutes"
        />
      </Form.Item>
      <Form.Item
        name="confidentialMinutes"
        label={
          <span>
            <LockOutlined /> {t('forums.field.confidentialMinutes')}
          </span>
        }
        extra={t('forums.field.confidentialHint')}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={LIMITS.longText}
          data-testid="forum-confidential-minutes"
        />
      </Form.Item>
    </>
  );
}
