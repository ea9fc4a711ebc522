import { Form, Input, Radio } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@tongxin/schema';
import { endOfToday } from '../../ui/dates';
import { DateTimeInput } from '../../ui/date-inputs';
import { graphql } from '../../gql';
import { TALK_KINDS } from './talk-list';

const TEXTS = ['officerViews', 'problemsRaised', 'guidance'] as const;

/**
 * What the fields hold, with what decides whether they may still be edited: the edit form loads it
 * and the update returns it, so the cached talk follows a save.
 */
export const TalkFieldValuesFragment = graphql(`
  fragment TalkFieldValues on Talk {
    id
    kind
    occurredAt
    topics
    officerViews
    problemsRaised
    guidance
    assessment
    locked
    editable
    version
  }
`);

/**
 * The fields of a talk its author writes and may later correct, shared by the record and the edit
 * forms (see `talk-input.ts`). `testId` prefixes the test ids: `talk` on the record form, `talk-edit`
 * on the edit form.
 */
export function TalkFields({ testId }: { testId: string }) {
  const { t } = useTranslation();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('talks.form.required', { field }) },
  ];
  const textArea = { autoSize: { minRows: 2, maxRows: 8 }, maxLength: LIMITS.longText };
  return (
    <>
      <Form.Item name="kind" label={t('talks.field.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={TALK_KINDS.map((k) => ({ value: k, label: t(`talks.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="occurredAt"
        label={t('talks.field.occurredAt')}
        rules={[{ required: true, message: t('talks.form.required', { field: t('talks.field.occurredAt') }) }]}
      >
        <DateTimeInput maxDate={endOfToday()} data-testid={`${testId}-occurred-at`} />
      </Form.Item>
      <Form.Item name="topics" label={t('talks.field.topics')} rules={required(t('talks.field.topics'))}>
        <Input.TextArea {...textArea} data-testid={`${testId}-topics`} />
      </Form.Item>
      {TEXTS.map((name) => (
        <Form.Item key={name} name={name} label={t(`talks.field.${name}`)}>
          <Input.TextArea {...textArea} />
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
        <Input.TextArea {...textArea} data-testid={`${testId}-assessment`} />
      </Form.Item>
    </>
  );
}
