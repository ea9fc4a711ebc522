import { useMemo, useState } from 'react';
import { Card, Checkbox, Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorList } from '../../ui/cursor-list';
import { column } from '../../ui/record-columns';
import { Link } from 'react-router-dom';
import type { ActionItemFilter, ActionItemStatus, ActionItemsQuery as ActionItemsData } from '../../gql/graphql';
import { useViewer } from '../auth';
import { RecordFilterBar, SelectFilter } from '../visits/record-filters';
import { ActionItemsQuery } from './action-item-documents';
import { ActionItemActions } from './action-item-actions';
import { ActionItemRow, ItemDue, ItemStatus } from './action-item-row';
import { PageHeader } from '../../ui/page-header';

const PAGE = 20;
const STATUSES: ActionItemStatus[] = ['OPEN', 'DONE', 'DROPPED'];

/** /action-items — follow-ups the viewer may see, earliest due first; close them from here. */
export function ActionItemList() {
  const { t } = useTranslation();
  const me = useViewer();
  const [search, setSearch] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [status, setStatus] = useState<ActionItemStatus | 'ALL'>('OPEN');
  const filter = useMemo<ActionItemFilter>(
    () => ({
      search,
      ownerId: mine ? me.id : null,
      status: status === 'ALL' ? null : status,
      overdue: overdue ? true : null,
    }),
    [search, mine, overdue, status, me.id],
  );

  return (
    <Flex vertical gap={12} data-testid="action-item-list">
      <PageHeader title={t('actionItems.title')} />
      <RecordFilterBar
        id="item-filter"
        search={{
          label: t('actionItems.filter.search'),
          placeholder: t('actionItems.filter.searchPlaceholder'),
          onSearch: setSearch,
        }}
      >
        <SelectFilter
          id="item-filter-status"
          label={t('actionItems.filter.status')}
          value={status}
          onChange={setStatus}
          minWidth={120}
          options={[
            { value: 'ALL', label: t('actionItems.filter.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) })),
          ]}
          data-testid="item-filter-status"
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="item-filter-mine">
          {t('actionItems.filter.mine')}
        </Checkbox>
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="item-filter-overdue">
          {t('actionItems.filter.overdueOnly')}
        </Checkbox>
      </RecordFilterBar>
      <CursorList
        query={ActionItemsQuery}
        variables={{ filter }}
        connection={(data) => data.actionItems}
        renderCard={(item) => <ItemCard item={item} />}
        columns={useItemColumns()}
        row={(item) => ({ testId: `item-row-${item.id}` })}
        testIds={{ table: 'item-table' }}
        empty={t('actionItems.empty')}
        total={(count) => t('actionItems.total', { count })}
        pageSize={PAGE}
      />
    </Flex>
  );
}

type ListedItem = ActionItemsData['actionItems']['edges'][number]['node'];

/** The record an item came from, as a link. */
function ItemSource({ item }: { item: ListedItem }) {
  const { t } = useTranslation();
  return (
    <>
      {item.visit && <Link to={`/visits/${item.visit.id}`}>{t('actionItems.fromVisit')}</Link>}
      {item.visit && item.talk && ' · '}
      {item.talk && <Link to={`/talks/${item.talk.id}`}>{t('actionItems.fromTalk')}</Link>}
    </>
  );
}

/** The items as a table on a desktop: the card's parts, one column each, the actions last. */
function useItemColumns(): TableColumnsType<ListedItem> {
  const { t } = useTranslation();
  return [
    column<ListedItem>('description', t('actionItems.description'), (item) => (
      <Flex vertical gap={2} data-testid={`action-item-${item.id}`}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
        {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
      </Flex>
    )),
    column<ListedItem>('status', t('actionItems.filter.status'), (item) => <ItemStatus item={item} />),
    column<ListedItem>('owner', t('actionItems.owner'), (item) => item.owner.name),
    column<ListedItem>('mentee', t('actionItems.mentee'), (item) => item.pairing?.mentee?.name),
    column<ListedItem>('dueDate', t('actionItems.dueDate'), (item) => (
      <ItemDue dueDate={item.dueDate} open={item.status === 'OPEN'} />
    )),
    column<ListedItem>('from', t('actionItems.from'), (item) => <ItemSource item={item} />),
    column<ListedItem>('actions', '', (item) => <ActionItemActions item={item} />),
  ];
}

function ItemCard({ item }: { item: ListedItem }) {
  return (
    <Card size="small" data-testid={`item-row-${item.id}`}>
      <ActionItemRow
        item={item}
        extra={
          (item.visit || item.talk) && (
            <>
              {' · '}
              <ItemSource item={item} />
            </>
          )
        }
      />
    </Card>
  );
}
