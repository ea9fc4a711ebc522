import { Button, Card, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PairingReason, PairingStatus } from '@tongxin/schema';
import type { PairingFilter, PairingOrderBy } from '../../gql/graphql';
import { useAppAbility, useViewer } from '../auth';
import { CursorList } from '../../ui/cursor-list';
import { OfficerSelect } from './officer-select';
import { PairingsListDocument } from './pairing-documents';
import { PairingListItem } from './pairing-list-item';
import { PageHeader } from '../../ui/page-header';

const PAGE = 20;
const ORDERS: PairingOrderBy[] = ['OVERDUE', 'NEXT_CONTACT_DUE', 'START_DATE', 'UPDATED_AT'];
const LIVE: readonly string[] = ['ACTIVE', 'IN_REVIEW'];

/**
 * The server's default order for this filter when the viewer picked none: live pairings by how
 * overdue they are, closed ones (picked by status) most recently changed first.
 */
const defaultOrder = (filter: PairingFilter): PairingOrderBy =>
  (filter.status ?? []).every((s) => LIVE.includes(s)) ? 'OVERDUE' : 'UPDATED_AT';

/** Filters live in the address, so a link from the home page (e.g. ?overdue=1) opens the right list. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const filter: PairingFilter = {
    status: params.getAll('status').filter((s): s is PairingStatus => s in PairingStatus),
    reason: (params.get('reason') as PairingReason | null) ?? undefined,
    mentorId: params.get('mentor') ?? undefined,
    overdue: params.get('overdue') === '1' ? true : params.get('overdue') === '0' ? false : undefined,
    search: params.get('q') ?? undefined,
    awaitingAcknowledgment: params.get('ack') === '1' ? true : undefined,
  };
  if (!filter.status?.length) delete filter.status;
  const order = params.get('sort') as PairingOrderBy | null;
  // Without a choice the server orders (and the select shows what it does).
  const orderBy: PairingOrderBy | undefined = order && ORDERS.includes(order) ? order : undefined;
  const set = (key: string, value: string | string[] | undefined) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    for (const v of Array.isArray(value) ? value : value ? [value] : []) next.append(key, v);
    setParams(next, { replace: true });
  };
  const active = ['status', 'reason', 'mentor', 'overdue', 'q', 'ack'].some((k) => params.has(k));
  return { filter, orderBy, set, active, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}

export function PairingsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const canCreate = ability.can('create', 'Pairing');
  // Filtering by mentor makes sense to those who oversee many pairs (a branch or the bureau).
  const me = useViewer();
  const oversees = me.roles.includes('SECRETARY') || me.roles.includes('COMMITTEE');
  const { filter, orderBy, set, active, clear } = useListParams();
  const [search, setSearch] = useState(filter.search ?? '');

  const empty = useMemo(
    () => (
      <Empty
        data-testid="pairings-empty"
        description={
          <Flex vertical gap={4}>
            <Typography.Text>{t('pairings.list.empty')}</Typography.Text>
            <Typography.Text type="secondary">
              {active ? t('pairings.list.emptyHintFiltered') : t('pairings.list.emptyHintCreate')}
            </Typography.Text>
          </Flex>
        }
      >
        <Flex gap={8} justify="center" wrap>
          {active ? <Button onClick={clear}>{t('pairings.list.clearFilters')}</Button> : null}
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/pairings/new')}>
              {t('pairings.newPairing')}
            </Button>
          ) : null}
        </Flex>
      </Empty>
    ),
    [active, canCreate, clear, navigate, t],
  );

  return (
    <Flex vertical gap={16} data-testid="page-pairings">
      <PageHeader
        title={t('pairings.title')}
        extra={
          canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/pairings/new')}
              data-testid="pairings-new"
            >
              {t('pairings.newPairing')}
            </Button>
          ) : null
        }
      />
      <Card size="small">
        <Flex vertical gap={8}>
          <Input.Search
            data-testid="pairings-search"
            allowClear
            placeholder={t('pairings.list.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => set('q', v.trim() || undefined)}
          />
          <Flex gap={8} wrap>
            <Select
              data-testid="filter-status"
              mode="multiple"
              allowClear
              placeholder={t('pairings.list.statusLive')}
              style={{ minWidth: 160, flex: '1 1 160px' }}
              value={filter.status ?? []}
              onChange={(v: string[]) => set('status', v)}
              options={Object.values(PairingStatus).map((s) => ({ value: s, label: t(`pairings.status.${s}`) }))}
            />
            <Select
              data-testid="filter-reason"
              allowClear
              placeholder={t('pairings.list.reason')}
              style={{ minWidth: 140, flex: '1 1 140px' }}
              value={filter.reason}
              onChange={(v?: string) => set('reason', v)}
              options={Object.values(PairingReason).map((r) => ({ value: r, label: t(`pairings.reason.${r}`) }))}
            />
            {oversees ? (
              <div style={{ minWidth: 160, flex: '1 1 160px' }}>
                <OfficerSelect
                  testId="filter-mentor"
                  allowClear
                  placeholder={t('pairings.list.mentor')}
                  value={filter.mentorId == null ? undefined : String(filter.mentorId)}
                  onChange={(v) => set('mentor', typeof v === 'string' ? v : undefined)}
                />
              </div>
            ) : null}
            <Select
              data-testid="filter-overdue"
              style={{ minWidth: 120, flex: '1 1 120px' }}
              value={filter.overdue === undefined ? 'any' : filter.overdue ? '1' : '0'}
              onChange={(v: string) => set('overdue', v === 'any' ? undefined : v)}
              options={[
                {
                  value: 'any',
                  label: `${t('pairings.list.overdue')}${t('common.colon')}${t('pairings.list.overdueAny')}`,
                },
                { value: '1', label: t('pairings.list.overdueYes') },
                { value: '0', label: t('pairings.list.overdueNo') },
              ]}
            />
            {filter.awaitingAcknowledgment ? (
              <Tag closable color="gold" onClose={() => set('ack', undefined)} data-testid="filter-ack">
                {t('pairings.home.awaitingAck')}
              </Tag>
            ) : null}
            <Select
              data-testid="pairings-sort"
              style={{ minWidth: 150, flex: '1 1 150px' }}
              value={orderBy ?? defaultOrder(filter)}
              onChange={(v: string) => set('sort', v)}
              options={ORDERS.map((o) => ({ value: o, label: t(`pairings.list.sortBy.${o}`) }))}
            />
          </Flex>
        </Flex>
      </Card>
      <Flex vertical gap={8} data-testid="pairings-list">
        <CursorList
          query={PairingsListDocument}
          variables={{ filter, orderBy }}
          connection={(data) => data.pairings}
          renderCard={(p, page) => (
            // The branch tells rows apart only for viewers who see more than their own branch.
            <PairingListItem
              p={p}
              showBranch={me.roles.includes('COMMITTEE') || page.some((q) => q.branch.id !== me.branch?.id)}
            />
          )}
          empty={empty}
          total={(count) => t('pairings.list.total', { count })}
          testIds={{ total: 'pairings-total', more: 'pairings-load-more' }}
          pageSize={PAGE}
        />
      </Flex>
    </Flex>
  );
}
