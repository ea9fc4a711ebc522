import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../ui/load-failed';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import type { ActionItemFilter, ActionItemStatus } from '../../gql/graphql';
import { useViewer } from '../auth';
import { FilterField, SearchFilter } from '../visits/record-filters';
import { useCursors } from '../visits/use-cursors';
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
  const { cursors, more } = useCursors(JSON.stringify(filter));

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
      {cursors.map((after, i) => (
        <ItemChunk
          key={after ?? 'first'}
          filter={filter}
          after={after}
          first={i === 0}
          onMore={i === cursors.length - 1 ? more : null}
        />
      ))}
    </Flex>
  );
}

function ItemChunk({
  filter,
  after,
  first,
  onMore,
}: {
  filter: ActionItemFilter;
  after: string | null;
  first: boolean;
  onMore: ((cursor: string) => void) | null;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reload] = useQuery({
    query: ActionItemsQuery,
    variables: { filter, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Spin />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return first ? <Empty description={t('actionItems.empty')} /> : null;
  const { edges, pageInfo, totalCount } = data.actionItems;
  return (
    <>
      {first && <Typography.Text type="secondary">{t('actionItems.total', { count: totalCount })}</Typography.Text>}
      {first && edges.length === 0 && <Empty description={t('actionItems.empty')} />}
      {edges.map(({ node: item }) => (
        <Card key={item.id} size="small" data-testid={`item-row-${item.id}`}>
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
      ))}
      {onMore && pageInfo.hasNextPage && pageInfo.endCursor && (
        <Button block onClick={() => onMore(pageInfo.endCursor!)}>
          {t('actionItems.more')}
        </Button>
      )}
    </>
  );
}
