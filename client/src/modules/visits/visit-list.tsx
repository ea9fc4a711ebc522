import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Modal, Spin, Tag, Typography, type TableColumnsType } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RelativeDate } from '../../ui/dates';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import type { VisitCardFragment as VisitCardData, VisitFilter, VisitKind } from '../../gql/graphql';
import { graphql } from '../../gql';
import { Can, useViewer } from '../auth';
import { RecordFilterBar, SelectFilter, useDateRange } from './record-filters';
import { CursorList } from '../../ui/cursor-list';
import { clampedColumn, column, linkColumn, timeColumn } from '../../ui/record-columns';
import { LoadFailed } from '../../ui/load-failed';
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

const LivePairingsQuery = graphql(`
  query VisitListLivePairings($mentorId: ID!) {
    pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: 50) {
      edges {
        node {
          id
          mentee {
            ...OfficerName
            badgeNumber
          }
        }
      }
    }
  }
`);

const PAGE = 20;

/**
 * 记录走访 from the visits list: the mentor picks one of the ACTIVE pairings they mentor, then logs
 * the visit on it. Shown only to someone whose rules allow logging visits.
 */
export function LogVisitButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useViewer();
  const [open, setOpen] = useState(false);
  const [{ data, fetching, error }, reload] = useQuery({
    query: LivePairingsQuery,
    variables: { mentorId: me.id },
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const pairings = data?.pairings.edges.map((e) => e.node) ?? [];
  return (
    <Can I="create" a="Visit">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="visit-new">
        {t('visits.logVisit')}
      </Button>
      <Modal open={open} title={t('visits.list.choosePairing')} footer={null} onCancel={() => setOpen(false)}>
        {fetching && !data && <Spin />}
        {error && !data && <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />}
        {data && pairings.length === 0 && <Empty description={t('visits.list.noLivePairings')} />}
        <Flex vertical gap={8} data-testid="visit-new-chooser">
          {pairings.map((p) => (
            <Button
              key={p.id}
              block
              size="large"
              onClick={() => navigate(`/visits/new?pairingId=${p.id}`)}
              data-testid={`visit-new-pairing-${p.id}`}
            >
              <Flex justify="space-between" style={{ width: '100%' }}>
                <span>{p.mentee.name}</span>
                <Typography.Text type="secondary">{p.mentee.badgeNumber}</Typography.Text>
              </Flex>
            </Button>
          ))}
        </Flex>
      </Modal>
    </Can>
  );
}

/** /visits — the visits the viewer may see, latest first, with filters; a table on a desktop, cards on a phone. */
export function VisitList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState<string | null>(null);
  const [kind, setKind] = useState<VisitKind | undefined>();
  const [ack, setAck] = useState<'all' | 'pending' | 'done'>('all');
  const dates = useDateRange();
  const [branchId, setBranchId] = useState<string | undefined>();
  const [{ data: branches }] = useQuery({ query: BranchesQuery });
  const filter = useMemo<VisitFilter>(
    () => ({
      search,
      kind: kind ?? null,
      acknowledged: ack === 'all' ? null : ack === 'done',
      from: dates.from ?? null,
      to: dates.to ?? null,
      branchId: branchId ?? null,
    }),
    [search, kind, ack, dates.from, dates.to, branchId],
  );

  return (
    <Flex vertical gap={12} data-testid="visit-list">
      <RecordFilterBar
        id="visit-filter"
        search={{
          label: t('visits.list.search'),
          placeholder: t('visits.list.searchPlaceholder'),
          onSearch: setSearch,
        }}
        dates={dates}
      >
        <SelectFilter
          id="visit-filter-kind"
          label={t('visits.list.kind')}
          allowClear
          placeholder={t('visits.list.filterKind')}
          value={kind}
          onChange={setKind}
          options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visits.kind.${k}`) }))}
          data-testid="visit-filter-kind"
        />
        <SelectFilter
          id="visit-filter-ack"
          label={t('visits.list.filterAck')}
          value={ack}
          onChange={setAck}
          minWidth={120}
          options={[
            { value: 'all', label: t('visits.list.ackAll') },
            { value: 'pending', label: t('visits.list.ackPending') },
            { value: 'done', label: t('visits.list.ackDone') },
          ]}
          data-testid="visit-filter-ack"
        />
        {(branches?.branches.length ?? 0) > 1 && (
          <SelectFilter
            id="visit-filter-branch"
            label={t('visits.list.branch')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('visits.list.allBranches')}
            value={branchId}
            onChange={setBranchId}
            minWidth={160}
            options={branches?.branches.map((b) => ({ value: b.id, label: b.name })) ?? []}
          />
        )}
      </RecordFilterBar>
      <CursorList
        query={VisitsQuery}
        variables={{ filter }}
        connection={(data) => data.visits}
        renderCard={(v) => <VisitCard v={v} />}
        columns={useVisitColumns()}
        row={(v) => ({ testId: `visit-row-${v.id}`, onClick: () => navigate(`/visits/${v.id}`) })}
        empty={t('visits.list.empty')}
        total={(count) => t('visits.list.total', { count })}
        testIds={{ total: 'visit-total', more: 'visit-more', table: 'visit-table' }}
        pageSize={PAGE}
      />
    </Flex>
  );
}

/** What a visit card shows: the list query spreads it, so the card and its data change together. */
export const VisitCardFragment = graphql(`
  fragment VisitCard on Visit {
    id
    kind
    occurredAt
    location
    summary
    acknowledgedAt
    locked
    author {
      ...OfficerName
    }
    pairing {
      id
      mentee {
        ...OfficerName
      }
    }
  }
`);

type Listed = VisitCardData;

/** The visits as a table on a desktop: the card's parts, one column each. */
function useVisitColumns(): TableColumnsType<Listed> {
  const { t } = useTranslation();
  return [
    linkColumn<Listed>(
      'mentee',
      t('visits.field.mentee'),
      (v) => `/visits/${v.id}`,
      (v) => v.pairing?.mentee.name,
    ),
    column<Listed>('kind', t('visits.field.kind'), (v) => <Tag color="blue">{t(`visits.kind.${v.kind}`)}</Tag>),
    timeColumn<Listed>('occurredAt', t('visits.field.occurredAt'), (v) => v.occurredAt),
    clampedColumn<Listed>('summary', t('visits.field.summary'), (v) => v.summary),
    column<Listed>('author', t('visits.field.author'), (v) => v.author.name),
    column<Listed>('location', t('visits.field.location'), (v) => v.location),
    column<Listed>('acknowledged', t('visits.field.acknowledged'), (v) => (
      <Flex gap={4} align="center">
        {v.acknowledgedAt ? (
          <Tag color="green">{t('visits.list.ackDone')}</Tag>
        ) : (
          <Tag color="orange">{t('visits.list.ackPending')}</Tag>
        )}
        {v.locked && <LockOutlined aria-label={t('visits.detail.locked')} />}
      </Flex>
    )),
  ];
}

/** One visit in the list, as a card on a phone. */
export function VisitCard({ v }: { v: Listed }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => navigate(`/visits/${v.id}`)} data-testid={`visit-row-${v.id}`}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Tag color="blue">{t(`visits.kind.${v.kind}`)}</Tag>
          <Typography.Text strong>{v.pairing?.mentee.name}</Typography.Text>
          <Typography.Text type="secondary">
            <RelativeDate value={v.occurredAt} time />
          </Typography.Text>
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
  );
}
