import { LIMITS } from '@tongxin/schema';
import { Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/dates';
import { todayPlus } from '../visits/format';

/** The follow-ups (整改事项 / 承诺) written with a talk: for the talkee or the talker, with a due date. */
export function TalkItemsFields({ talkeeId, meId }: { talkeeId?: string; meId: string }) {
  const { t } = useTranslation();
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('talks.form.required', { field }) },
  ];
  return (
    <Form.List name="actionItems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('talks.form.items')}</Typography.Text>
          {fields.map((field) => (
            <Card key={field.key} size="small">
              <Form.Item name={[field.name, 'ownerId']} label={t('talks.form.owner')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: talkeeId ?? '', label: t('talks.form.ownerTalkee'), disabled: !talkeeId },
                    { value: meId, label: t('talks.form.ownerMe') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'description']}
                label={t('talks.form.description')}
                rules={required(t('talks.form.description'))}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LIMITS.actionItemText} />
              </Form.Item>
              <Flex gap={8} align="end">
                <Form.Item
                  name={[field.name, 'dueDate']}
                  label={t('talks.form.dueDate')}
                  rules={[{ required: true }]}
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <DateInput />
                </Form.Item>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('talks.form.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ ownerId: talkeeId ?? meId, dueDate: todayPlus(14) })}
          >
            {t('talks.form.addItem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
