import { LIMITS } from '@tongxin/schema';
import { Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/date-inputs';
import { todayPlus } from '../visits/format';

export interface OwnerChoice {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * The new follow-ups written with a visit or a talk (the `actionItems` list of `LogVisitInput` and
 * `LogTalkInput`): each for one of `owners`, with a due date two weeks out by default. One component so both
 * forms keep the same limits, rules and test ids (`{testId}-item-{n}`, `{testId}-item-description-{n}`, `{testId}-add-item`…).
 */
export function NewItemsFields({
  title,
  addLabel,
  owners,
  defaultOwnerId,
  testId,
}: {
  title: string;
  addLabel: string;
  owners: OwnerChoice[];
  defaultOwnerId: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name="actionItems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{title}</Typography.Text>
          {fields.map((field) => (
            <Card key={field.key} size="small" data-testid={`${testId}-item-${field.name}`}>
              <Form.Item name={[field.name, 'ownerId']} label={t('actionItems.owner')} rules={[{ required: true }]}>
                <Radio.Group optionType="button" options={owners} data-testid={`${testId}-item-owner-${field.name}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label={t('actionItems.description')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('actionItems.required', { field: t('actionItems.description') }),
                  },
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={LIMITS.actionItemText}
                  data-testid={`${testId}-item-description-${field.name}`}
                />
              </Form.Item>
              <Flex align="end" gap={8}>
                <Form.Item
                  name={[field.name, 'dueDate']}
                  label={t('actionItems.dueDate')}
                  rules={[{ required: true }]}
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <DateInput data-testid={`${testId}-item-due-${field.name}`} />
                </Form.Item>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('actionItems.remove')}
                />
              </Flex>
            </Card>
          ))}
          <Button
            block
            size="large"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ ownerId: defaultOwnerId, description: '', dueDate: todayPlus(14) })}
            data-testid={`${testId}-add-item`}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
