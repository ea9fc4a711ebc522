import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../ui/load-failed';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import type { ActionItemFilter, ActionItemStatus } from '../../gql/graphql';
import { useViewer } from '../auth';
import { formatDate } from '../visits/format';
import { useCursors } from '../visits/use-cursors';
import { ActionItemActions } from './action-item-actions';
import { ActionItemsQuery } from './action-item-documents';

const PAGE = 20;
const STATUSES: ActionItemStatus[] = ['OPEN', 'DONE', 'DROPPED'];

/** /action-items — follow-ups the viewer may see, earliest due first; close them from here. */
export function ActionItemList() {
  const { t } = useTranslation();
  const me = useViewer();
  const [mine, setMine] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [status, setStatus] = useState<ActionItemStatus | 'ALL'>('OPEN');
  const filter = useMemo<ActionItemFilter>(
    () => ({
      ownerId: mine ? me.id : null,
      status: status === 'ALL' ? null : status,
      overdue: overdue ? true : null,
    }),
    [mine, overdue, status, me.id],
  );
  const { cursors, more } = useCursors(JSON.stringify(filter));

  return (
    <Flex vertical gap={12} data-testid="action-item-list">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('actionItems.title')}
      </Typography.Title>
      <Flex wrap gap={12} align="center">
        <Select
          value={status}
          onChange={setStatus}
          style={{ minWidth: 120 }}
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
          <Flex vertical gap={6}>
            <Flex gap={8} wrap align="center">
              <span>{item.description}</span>
              <Tag color={item.status === 'OPEN' ? (item.overdue ? 'red' : 'blue') : 'default'}>
                {item.overdue ? t('actionItems.overdue') : t(`actionItems.status.${item.status}`)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('actionItems.owner')}：{item.owner.name}
              {item.pairing?.mentee ? ` · ${item.pairing.mentee.name}` : ''} ·{' '}
              {t('actionItems.due', { date: formatDate(item.dueDate) })}
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
            </Typography.Text>
            {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
            <ActionItemActions item={item} />
          </Flex>
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
