import type { ReactNode } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ActionItemRowFragment as ActionItemRowData, ActionItemStatus } from '../../gql/graphql';
import { ActionItemActions } from './action-item-actions';
import { ItemDue } from './item-due';

export { ItemDue };

/**
 * What a row shows and its actions need: every query listing action items spreads this, so the
 * selection is written once. Lists that also name the mentee add `pairing { mentee }` beside it.
 */
export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow on ActionItem {
    id
    description
    dueDate
    status
    overdue
    note
    version
    confidential
    owner {
      ...OfficerName
    }
    branch {
      id
    }
    pairing {
      id
    }
  }
`);

export type ActionItemView = ActionItemRowData & {
  pairing?: { id: string; mentee?: { id: string; name: string } | null } | null;
};

/** "负责人：王俊 · 帮扶对象：李明": who does it and whom it is about, each named as such. */
export function ItemPeople({ item }: { item: Pick<ActionItemView, 'owner' | 'pairing'> }) {
  const { t } = useTranslation();
  const colon = t('common.colon');
  const mentee = item.pairing?.mentee;
  return (
    <span data-testid="item-people">
      {t('actionItems.owner')}
      {colon}
      {item.owner.name}
      {mentee && (
        <>
          {' · '}
          {t('actionItems.mentee')}
          {colon}
          {mentee.name}
        </>
      )}
    </span>
  );
}

/** 未完成 / 已完成 / 不再跟进, or 已逾期 in red for an open item past its date. */
export function ItemStatus({ item }: { item: Pick<ActionItemView, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  const open = item.status === 'OPEN';
  return (
    <Tag color={open ? (item.overdue ? 'red' : 'blue') : 'default'}>
      {item.overdue ? t('actionItems.overdue') : t(`actionItems.status.${item.status as ActionItemStatus}`)}
    </Tag>
  );
}

/** One action item in a record or list: what, status, who, when, and what the viewer may do. */
export function ActionItemRow({ item, extra }: { item: ActionItemView; extra?: ReactNode }) {
  const open = item.status === 'OPEN';
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid={`action-item-${item.id}`}>
      <Flex gap={8} wrap align="center">
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
        <ItemStatus item={item} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <ItemPeople item={item} />
        {' · '}
        <ItemDue dueDate={item.dueDate} open={open} />
        {extra}
      </Typography.Text>
      {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
      <ActionItemActions item={item} />
    </Flex>
  );
}

/** A record's action items as plain rows (antd's List is deprecated), or the empty text. */
export function ActionItemRows({ items, empty }: { items: readonly ActionItemView[]; empty: string }) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {items.map((item) => (
        <ActionItemRow key={item.id} item={item} />
      ))}
    </Flex>
  );
}
