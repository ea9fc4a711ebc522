import { LIMITS } from '@tongxin/schema';
import { Button, Card, Checkbox, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/dates';
import { todayPlus } from './format';

export interface OpenItem {
  id: string;
  description: string;
  dueDate: string;
  overdue: boolean;
  owner: { id: string; name: string };
}

/** New follow-ups written with the visit: for the mentee or for the mentor, with a due date. */
export function NewItemsFields({ mentee, meId }: { mentee: { id: string; name: string }; meId: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name="actionItems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          <Typography.Text strong>{t('visits.form.newItems')}</Typography.Text>
          {fields.map((field) => (
            <Card key={field.key} size="small" data-testid={`visit-item-${field.name}`}>
              <Form.Item name={[field.name, 'ownerId']} label={t('visits.form.owner')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: mentee.id, label: mentee.name },
                    { value: meId, label: t('visits.form.ownerMe') },
                  ]}
                  data-testid={`visit-item-owner-${field.name}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label={t('visits.form.description')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('visits.form.required', { field: t('visits.form.description') }),
                  },
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={LIMITS.actionItemText}
                  data-testid={`visit-item-description-${field.name}`}
                />
              </Form.Item>
              <Flex align="end" gap={8}>
                <Form.Item
                  name={[field.name, 'dueDate']}
                  label={t('visits.form.dueDate')}
                  rules={[{ required: true }]}
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <DateInput data-testid={`visit-item-due-${field.name}`} />
                </Form.Item>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('visits.form.removeItem')}
                />
              </Flex>
            </Card>
          ))}
          <Button
            block
            size="large"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ ownerId: mentee.id, description: '', dueDate: todayPlus(14) })}
            data-testid="visit-add-item"
          >
            {t('visits.form.addItem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The pairing's open items, each with a tick: done ones are closed with this visit. */
export function OpenItemsField({ items }: { items: OpenItem[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <Form.Item name="closeActionItemIds" label={t('visits.form.openItems')} extra={t('visits.form.openItemsHint')}>
      <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="visit-open-items">
        {items.map((item) => (
          <Checkbox
            key={item.id}
            value={item.id}
            data-testid={`visit-close-item-${item.id}`}
            style={{ padding: '6px 0' }}
          >
            <span>{item.description}</span>{' '}
            <Typography.Text type="secondary">
              {item.owner.name} · {item.dueDate}
            </Typography.Text>{' '}
            {item.overdue && <Tag color="red">{t('actionItems.overdue')}</Tag>}
          </Checkbox>
        ))}
      </Checkbox.Group>
    </Form.Item>
  );
}
