import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Spin, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../ui/load-failed';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import type { VisitFilter, VisitKind } from '../../gql/graphql';
import { graphql } from '../../gql';
import { formatDateTime } from './format';
import { useCursors } from './use-cursors';
import { VisitsQuery } from './visit-documents';
import { VISIT_KINDS } from './visit-fields';

const BranchesQuery = graphql(`
  query VisitBranches {
    branches {
      id
      name
    }
  }
`);

const PAGE = 20;

/** /visits — the visits the viewer may see, latest first, with filters; one card per visit. */
export function VisitList() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<VisitKind | undefined>();
  const [ack, setAck] = useState<'all' | 'pending' | 'done'>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [branchId, setBranchId] = useState<string | undefined>();
  const [{ data: branches }] = useQuery({ query: BranchesQuery });
  const filter = useMemo<VisitFilter>(
    () => ({
      kind: kind ?? null,
      acknowledged: ack === 'all' ? null : ack === 'done',
      from: from || null,
      to: to || null,
      branchId: branchId ?? null,
    }),
    [kind, ack, from, to, branchId],
  );
  const { cursors, more } = useCursors(JSON.stringify(filter));

  return (
    <Flex vertical gap={12} data-testid="visit-list">
      <Flex wrap gap={8}>
        <Select
          allowClear
          placeholder={t('visits.list.filterKind')}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 140 }}
          options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visits.kind.${k}`) }))}
          data-testid="visit-filter-kind"
        />
        <Select
          value={ack}
          onChange={setAck}
          style={{ minWidth: 120 }}
          options={[
            { value: 'all', label: t('visits.list.ackAll') },
            { value: 'pending', label: t('visits.list.ackPending') },
            { value: 'done', label: t('visits.list.ackDone') },
          ]}
          data-testid="visit-filter-ack"
        />
        {(branches?.branches.length ?? 0) > 1 && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('visits.list.allBranches')}
            value={branchId}
            onChange={setBranchId}
            style={{ minWidth: 160 }}
            options={branches?.branches.map((b) => ({ value: b.id, label: b.name }))}
          />
        )}
        <Input
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-label={t('visits.list.from')}
          style={{ width: 150 }}
        />
        <Input
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-label={t('visits.list.to')}
          style={{ width: 150 }}
        />
      </Flex>
      {cursors.map((after, i) => (
        <VisitChunk
          key={after ?? 'first'}
          filter={filter}
          after={after}
          onMore={i === cursors.length - 1 ? more : null}
          first={i === 0}
        />
      ))}
    </Flex>
  );
}

function VisitChunk({
  filter,
  after,
  onMore,
  first,
}: {
  filter: VisitFilter;
  after: string | null;
  onMore: ((cursor: string) => void) | null;
  first: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({
    query: VisitsQuery,
    variables: { filter, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Spin />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return first ? <Empty description={t('visits.list.empty')} /> : null;
  const { edges, pageInfo, totalCount } = data.visits;
  return (
    <>
      {first && (
        <Typography.Text type="secondary" data-testid="visit-total">
          {t('visits.list.total', { count: totalCount })}
        </Typography.Text>
      )}
      {first && edges.length === 0 && <Empty description={t('visits.list.empty')} />}
      {edges.map(({ node: v }) => (
        <Card
          key={v.id}
          size="small"
          hoverable
          onClick={() => navigate(`/visits/${v.id}`)}
          data-testid={`visit-row-${v.id}`}
        >
          <Flex vertical gap={4}>
            <Flex gap={8} wrap align="center">
              <Tag color="blue">{t(`visits.kind.${v.kind}`)}</Tag>
              <Typography.Text strong>{v.pairing?.mentee.name}</Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(v.occurredAt)}</Typography.Text>
              {v.acknowledgedAt ? (
                <Tag color="green">{t('visits.list.ackDone')}</Tag>
              ) : (
                <Tag color="orange">{t('visits.list.ackPending')}</Tag>
              )}
              {v.locked && <LockOutlined aria-label={t('visits.detail.locked')} />}
            </Flex>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {v.summary}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.author.name}
              {v.location ? ` · ${v.location}` : ''}
            </Typography.Text>
          </Flex>
        </Card>
      ))}
      {onMore && pageInfo.hasNextPage && pageInfo.endCursor && (
        <Button block onClick={() => onMore(pageInfo.endCursor!)} data-testid="visit-more">
          {t('visits.list.more')}
        </Button>
      )}
    </>
  );
}
