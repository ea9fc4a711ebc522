import { LIMITS } from '@tongxin/schema';
import { useMemo, useState } from 'react';
import { Button, Card, Flex, Input, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditEventFilter, AuditEventsQuery as AuditEventsResult } from '../../gql/graphql';
import { PeriodPicker } from '../dashboard/period-picker';
import { AuditDetail } from './audit-details';
import { auditTime, recordPath, useAuditLabels } from './audit-describe';
import { AuditEventsQuery } from './audit-documents';
import { auditZh } from './audit-messages';
import { CursorList } from '../../ui/cursor-list';

const PAGE = 20;
type Row = AuditEventsResult['auditEvents']['edges'][number]['node'];

/** Action names the server writes; their labels live under audit.actions with `.`/`:` as `_`. */
const ACTION_OPTIONS = Object.keys(auditZh.actions).map((key) =>
  key === 'login_failed' ? 'login.failed' : key.replace(/^read_/, 'read:').replace('Visit_', 'Visit.'),
);
const SUBJECT_TYPES = Object.keys(auditZh.subjects);

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

/**
 * /audit — the committee's audit log: filters, then the events newest first, older pages loaded on
 * demand like every other list (CursorList). A table on a desktop, a card per event on a phone.
 */
export function AuditLog() {
  const { t } = useTranslation();
  const [state, setState] = useState<AuditFilterState>(EMPTY);
  const filter = useMemo(() => toFilter(state), [state]);
  const update = (patch: Partial<AuditFilterState>) => setState((s) => ({ ...s, ...patch }));

  const labels = useAuditLabels();
  const label = labels.action;
  const subjectLabel = labels.subject;

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
  const time = (row: Row) => auditTime(row.createdAt);

  // The person column filters the log by person: the people on the first page, and the one chosen.
  const people = (rows: readonly Row[]) => {
    const found = new Map<string, string>();
    if (state.actor) found.set(state.actor.id, state.actor.name);
    for (const r of rows) if (r.actor) found.set(r.actor.id, r.actor.name);
    return found;
  };
  const columns = (rows: readonly Row[]): ColumnsType<Row> => [
    { title: t('audit.column.time'), key: 'createdAt', width: 150, render: (_: unknown, row) => time(row) },
    {
      title: t('audit.column.actor'),
      key: 'actor',
      width: 130,
      filters: [...people(rows)].map(([value, text]) => ({ value, text })),
      filterMultiple: false,
      filteredValue: state.actor ? [state.actor.id] : null,
      render: (_: unknown, row) => actor(row),
    },
    { title: t('audit.column.action'), dataIndex: 'action', width: 160, render: actionTag },
    { title: t('audit.column.subject'), key: 'subject', width: 120, render: (_: unknown, row) => subject(row) },
    { title: t('audit.column.detail'), key: 'detail', render: (_: unknown, row) => <AuditDetail row={row} /> },
  ];

  return (
    <Flex vertical gap={12} data-testid="audit-log">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.hint')}</Typography.Text>
      </div>
      <CursorList
        query={AuditEventsQuery}
        variables={{ filter }}
        connection={(data) => data.auditEvents}
        filters={
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
        }
        renderCard={(row) => (
          <Card size="small" data-testid={`audit-card-${row.id}`}>
            <Flex vertical gap={4}>
              <Flex wrap gap={8} align="center" justify="space-between">
                {actionTag(row.action)}
                <Typography.Text type="secondary">{time(row)}</Typography.Text>
              </Flex>
              <Flex wrap gap={8} align="center">
                {actor(row)}
                <span>{subject(row)}</span>
              </Flex>
              <AuditDetail row={row} />
            </Flex>
          </Card>
        )}
        columns={columns}
        table={(rows) => ({
          scroll: { x: 760 },
          onChange: (_pagination, filters) => {
            const id = (filters.actor?.[0] as string | undefined) ?? null;
            if (id === (state.actor?.id ?? null)) return;
            update({ actor: id ? { id, name: people(rows).get(id) ?? id } : null });
          },
        })}
        empty={t('audit.empty')}
        more={t('audit.more')}
        total={(count) => t('audit.total', { count })}
        testIds={{ total: 'audit-total', more: 'audit-more', table: 'audit-table' }}
        pageSize={PAGE}
      />
    </Flex>
  );
}
