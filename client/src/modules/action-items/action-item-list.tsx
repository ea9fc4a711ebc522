import { useMemo, useState } from 'react';
import { Card, Checkbox, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorList } from '../../ui/cursor-list';
import { Link } from 'react-router-dom';
import type { ActionItemFilter, ActionItemStatus, ActionItemsQuery as ActionItemsData } from '../../gql/graphql';
import { useViewer } from '../auth';
import { FilterField, SearchFilter } from '../visits/record-filters';
import { ActionItemsQuery } from './action-item-documents';
import { ActionItemRow } from './action-item-row';

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
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('actionItems.title')}
      </Typography.Title>
      <Flex wrap gap={12} align="flex-end">
        <SearchFilter
          id="item-filter-search"
          label={t('actionItems.filter.search')}
          placeholder={t('actionItems.filter.searchPlaceholder')}
          onSearch={setSearch}
          testId="item-filter-search"
        />
        <FilterField id="item-filter-status" label={t('actionItems.filter.status')}>
          <Select
            id="item-filter-status"
            value={status}
            onChange={setStatus}
            style={{ minWidth: 120 }}
            options={[
              { value: 'ALL', label: t('actionItems.filter.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) })),
            ]}
            data-testid="item-filter-status"
          />
        </FilterField>
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="item-filter-mine">
          {t('actionItems.filter.mine')}
        </Checkbox>
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="item-filter-overdue">
          {t('actionItems.filter.overdueOnly')}
        </Checkbox>
      </Flex>
      <CursorList
        query={ActionItemsQuery}
        variables={{ filter }}
        connection={(data) => data.actionItems}
        renderCard={(item) => <ItemCard item={item} />}
        empty={t('actionItems.empty')}
        more={t('actionItems.more')}
        total={(count) => t('actionItems.total', { count })}
        pageSize={PAGE}
      />
    </Flex>
  );
}

type ListedItem = ActionItemsData['actionItems']['edges'][number]['node'];

function ItemCard({ item }: { item: ListedItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid={`item-row-${item.id}`}>
      <ActionItemRow
        item={item}
        extra={
          <>
            {item.visit && (
              <>
                {' · '}
                <Link to={`/visits/${item.visit.id}`}>{t('actionItems.fromVisit')}</Link>
              </>
            )}
            {item.talk && (
              <>
                {' · '}
                <Link to={`/talks/${item.talk.id}`}>{t('actionItems.fromTalk')}</Link>
              </>
            )}
          </>
        }
      />
    </Card>
  );
}
