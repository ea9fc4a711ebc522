import { LIMITS } from '@tongxin/schema';
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Grid, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import type { AuditEventFilter, AuditEventsQuery as AuditEventsResult } from '../../gql/graphql';
import { PeriodPicker } from '../dashboard/period-picker';
import { AuditDetail, recordPath } from './audit-details';
import { AuditEventsQuery } from './audit-documents';
import { auditZh } from './audit-messages';
import { userMessage } from '../api/server-error';

const PAGE = 20;
type Row = AuditEventsResult['auditEvents']['edges'][number]['node'];

/** Action names the server writes; their labels live under audit.actions with `.`/`:` as `_`. */
const ACTION_OPTIONS = Object.keys(auditZh.actions).map((key) =>
  key === 'login_failed' ? 'login.failed' : key.replace(/^read_/, 'read:').replace('Visit_', 'Visit.'),
);
const SUBJECT_TYPES = Object.keys(auditZh.subjects);

export const actionKey = (action: string) => action.replace(/[.:]/g, '_');

export interface AuditFilterState {
  action: string | null;
  subjectType: string | null;
  subjectId: string;
  actor: { id: string; name: string } | null;
  period: [Dayjs, Dayjs] | null;
}

const EMPTY: AuditFilterState = { action: null, subjectType: null, subjectId: '', actor: null, period: null };

export function toFilter(f: AuditFilterState): AuditEventFilter {
  return {
    action: f.action,
    subjectType: f.subjectType,
    subjectId: f.subjectId.trim() || null,
    actorId: f.actor?.id ?? null,
    from: f.period ? f.period[0].startOf('day').toISOString() : null,
    // `to` is exclusive on the server: the day after the last day picked.
    to: f.period ? f.period[1].add(1, 'day').startOf('day').toISOString() : null,
  };
}

/** /audit — the committee's audit log: filters, and pages that follow the server's cursors. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  // On a phone the table's columns cannot all fit: each event becomes a card, with every part reachable.
  const narrow = Grid.useBreakpoint().md === false;
  const [state, setState] = useState<AuditFilterState>(EMPTY);
  const filter = useMemo(() => toFilter(state), [state]);
  // The cursors of the pages seen so far: page n is fetched `after` cursors[n].
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const update = (patch: Partial<AuditFilterState>) => {
    setState((s) => ({ ...s, ...patch }));
    setCursors([null]);
  };

  const [{ data, fetching, error }] = useQuery({
    query: AuditEventsQuery,
    variables: { filter, first: PAGE, after: cursors[page] },
  });
  const connection = data?.auditEvents;
  const label = (action: string) =>
    i18n.exists(`audit.actions.${actionKey(action)}`) ? t(`audit.actions.${actionKey(action)}` as never) : action;
  const subjectLabel = (type: string) =>
    i18n.exists(`audit.subjects.${type}`) ? t(`audit.subjects.${type}` as never) : type;

  const subject = (row: Row) => {
    const text = `${subjectLabel(row.subjectType)}${row.subjectId ? ` #${row.subjectId}` : ''}`;
    const path = recordPath(row.subjectType, row.subjectId);
    return path ? (
      <Link to={path} data-testid={`audit-subject-${row.id}`}>
        {text}
      </Link>
    ) : (
      text
    );
  };
  const actor = (row: Row) =>
    row.actor ? (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        title={t('audit.filterByActor')}
        onClick={() => update({ actor: { id: row.actor!.id, name: row.actor!.name } })}
        data-testid={`audit-actor-${row.id}`}
      >
        {row.actor.name}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('audit.unknownActor')}</Typography.Text>
    );
  const actionTag = (a: string) => <Tag color={a.startsWith('read:') ? 'orange' : 'blue'}>{label(a)}</Tag>;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  // The person column filters the log by person: the people on this page, and the one chosen.
  const people = new Map<string, string>();
  if (state.actor) people.set(state.actor.id, state.actor.name);
  for (const r of rows) if (r.actor) people.set(r.actor.id, r.actor.name);

  const columns: ColumnsType<Row> = [
    {
      title: t('audit.column.time'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.column.actor'),
      key: 'actor',
      width: 130,
      filters: [...people].map(([value, text]) => ({ value, text })),
      filterMultiple: false,
      filteredValue: state.actor ? [state.actor.id] : null,
      render: (_: unknown, row) => actor(row),
    },
    {
      title: t('audit.column.action'),
      dataIndex: 'action',
      width: 160,
      render: actionTag,
    },
    {
      title: t('audit.column.subject'),
      key: 'subject',
      width: 120,
      render: (_: unknown, row) => subject(row),
    },
    {
      title: t('audit.column.detail'),
      key: 'detail',
      render: (_: unknown, row) => <AuditDetail row={row} />,
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="audit-log">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.hint')}</Typography.Text>
      </div>
      <Flex wrap gap={8} align="center">
        <Select
          allowClear
          showSearch
          placeholder={t('audit.filter.anyAction')}
          value={state.action}
          onChange={(v) => update({ action: v ?? null })}
          options={ACTION_OPTIONS.map((a) => ({ value: a, label: label(a) }))}
          style={{ minWidth: 170 }}
          aria-label={t('audit.filter.action')}
          data-testid="audit-filter-action"
        />
        <Select
          allowClear
          placeholder={t('audit.filter.anyType')}
          value={state.subjectType}
          onChange={(v) => update({ subjectType: v ?? null })}
          options={SUBJECT_TYPES.map((s) => ({ value: s, label: subjectLabel(s) }))}
          style={{ minWidth: 120 }}
          aria-label={t('audit.filter.subjectType')}
          data-testid="audit-filter-type"
        />
        <Input
          allowClear
          placeholder={t('audit.filter.subjectId')}
          value={state.subjectId}
          onChange={(e) => update({ subjectId: e.target.value })}
          style={{ width: 120 }}
          maxLength={LIMITS.idFilterMax}
          data-testid="audit-filter-subject-id"
        />
        <PeriodPicker
          value={state.period}
          onChange={(period) => update({ period })}
          aria-label={t('audit.filter.period')}
          data-testid="audit-filter-period"
        />
        {state.actor && (
          <Tag closable onClose={() => update({ actor: null })} data-testid="audit-filter-actor">
            {t('audit.filter.actor')}
            {t('common.colon')}
            {state.actor.name}
          </Tag>
        )}
        <Button onClick={() => update(EMPTY)} data-testid="audit-filter-reset">
          {t('audit.filter.reset')}
        </Button>
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('audit.loadFailed', { message: userMessage(error, t) })}
          data-testid="audit-load-failed"
        />
      )}
      {connection && (
        <Typography.Text type="secondary" data-testid="audit-total">
          {t('audit.total', { count: connection.totalCount })}
        </Typography.Text>
      )}
      {narrow ? (
        <Flex vertical gap={8} data-testid="audit-cards">
          {rows.length === 0 && !fetching ? (
            <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>
          ) : null}
          {rows.map((row) => (
            <Card key={row.id} size="small" data-testid={`audit-card-${row.id}`}>
              <Flex vertical gap={4}>
                <Flex wrap gap={8} align="center" justify="space-between">
                  {actionTag(row.action)}
                  <Typography.Text type="secondary">
                    {dayjs(row.createdAt).format('YYYY-MM-DD HH:mm:ss')}
                  </Typography.Text>
                </Flex>
                <Flex wrap gap={8} align="center">
                  {actor(row)}
                  <span>{subject(row)}</span>
                </Flex>
                <AuditDetail row={row} />
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Row>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={fetching}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('audit.empty') }}
          onChange={(_pagination, filters) => {
            const id = (filters.actor?.[0] as string | undefined) ?? null;
            if (id === (state.actor?.id ?? null)) return;
            update({ actor: id ? { id, name: people.get(id) ?? id } : null });
          }}
          data-testid="audit-table"
        />
      )}
      <Flex gap={8} align="center" justify="flex-end">
        <Button disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="audit-prev">
          {t('audit.page.previous')}
        </Button>
        <Typography.Text data-testid="audit-page">{t('audit.page.number', { page: page + 1 })}</Typography.Text>
        <Button
          disabled={!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
          onClick={() => setCursors((c) => [...c, connection!.pageInfo.endCursor!])}
          data-testid="audit-next"
        >
          {t('audit.page.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
