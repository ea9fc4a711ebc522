import { LIMITS } from '@tongxin/schema';
import { useEffect } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DateInput } from '../../ui/date-inputs';
import { errorField, serverMessage } from '../visits/format';
import { EditActionItemMutation, ItemOwnerOptionsQuery } from './action-item-documents';

export interface EditableItem {
  id: string;
  version: number;
  description: string;
  dueDate: string;
  owner: { id: string; name: string };
  pairing?: { id: string } | null;
}

interface Values {
  description: string;
  dueDate: string;
  ownerId: string;
}

const FIELDS: (keyof Values)[] = ['description', 'dueDate', 'ownerId'];

/**
 * Correcting an open item (text, due date, owner) by a mentor or the secretary. The owner is chosen
 * among the pairing's mentee and current mentors, as the server requires.
 */
export function EditActionItem({ item, open, onClose }: { item: EditableItem; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, save] = useMutation(EditActionItemMutation);
  const [{ data }] = useQuery({
    query: ItemOwnerOptionsQuery,
    variables: { id: item.pairing?.id ?? '' },
    pause: !open || !item.pairing,
  });
  useEffect(() => {
    if (open) form.setFieldsValue({ description: item.description, dueDate: item.dueDate, ownerId: item.owner.id });
  }, [open, item, form]);

  const people = new Map<string, string>([[item.owner.id, item.owner.name]]);
  if (data?.pairing) {
    people.set(data.pairing.mentee.id, `${data.pairing.mentee.name} · ${t('actionItems.mentee')}`);
    for (const m of data.pairing.mentors) people.set(m.officer.id, m.officer.name);
  }

  const submit = async () => {
    const values = await form.validateFields();
    const res = await save({
      input: {
        id: item.id,
        version: item.version,
        description: values.description.trim(),
        dueDate: values.dueDate,
        ownerId: values.ownerId,
      },
    });
    if (res.error) {
      const code = res.error.graphQLErrors[0]?.extensions?.code;
      const field = errorField(res.error) as keyof Values | undefined;
      if (code === 'BAD_USER_INPUT' && field && FIELDS.includes(field)) {
        form.setFields([{ name: field, errors: [serverMessage(res.error)] }]);
      } else {
        message.error(
          code === 'CONFLICT'
            ? t('actionItems.conflict')
            : t('actionItems.failed', { message: serverMessage(res.error) }),
        );
      }
      return;
    }
    message.success(t('actionItems.saved'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('actionItems.editTitle')}
      confirmLoading={fetching}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': `item-edit-save-${item.id}` } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`item-edit-form-${item.id}`}>
        <Form.Item
          name="description"
          label={t('actionItems.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('actionItems.required', { field: t('actionItems.description') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.actionItemText} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('actionItems.dueDate')}
          rules={[{ required: true, message: t('actionItems.required', { field: t('actionItems.dueDate') }) }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="ownerId" label={t('actionItems.owner')} rules={[{ required: true }]}>
          <Select options={[...people].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
