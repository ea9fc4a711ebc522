import { Checkbox, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface OpenItem {
  id: string;
  description: string;
  dueDate: string;
  overdue: boolean;
  owner: { id: string; name: string };
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
