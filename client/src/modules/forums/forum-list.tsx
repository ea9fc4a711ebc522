import { useMemo, useState } from 'react';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ForumCardFragment as Listed, ForumFilter, ForumKind } from '../../gql/graphql';
import { graphql } from '../../gql';
import { Can } from '../auth';
import { CursorList } from '../../ui/cursor-list';
import { RelativeDate } from '../../ui/dates';
import { column, linkColumn, timeColumn } from '../../ui/record-columns';
import { RecordFilterBar, SelectFilter, useDateRange } from '../visits/record-filters';
import { ForumsQuery } from './forum-documents';
import { FORUM_KINDS } from './forum-kinds';

/** What a forum's card and row show: the list query spreads it. */
export const ForumCardFragment = graphql(`
  fragment ForumCard on Forum {
    id
    kind
    title
    occurredAt
    place
    attendeeCount
    presentCount
    branch {
      ...BranchName
    }
    host {
      ...OfficerName
    }
  }
`);

/** 记录座谈会, for whoever may create a forum (a secretary for their branch, the committee). */
export function NewForumButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Can I="create" a="Forum">
      <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/forums/new')} data-testid="forum-new">
        {t('forums.create')}
      </Button>
    </Can>
  );
}

/** /forums — the forums the viewer may see, latest first; a table on a desktop, cards on a phone. */
export function ForumList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState<string | null>(null);
  const [kind, setKind] = useState<ForumKind | undefined>();
  const dates = useDateRange();
  const filter = useMemo<ForumFilter>(
    () => ({ search, kind: kind ?? null, from: dates.from ?? null, to: dates.to ?? null }),
    [search, kind, dates.from, dates.to],
  );
  return (
    <CursorList
      query={ForumsQuery}
      variables={{ filter }}
      connection={(data) => data.forums}
      filters={
        <RecordFilterBar
          id="forum-filter"
          search={{
            label: t('forums.list.search'),
            placeholder: t('forums.list.searchPlaceholder'),
            onSearch: setSearch,
          }}
          dates={dates}
        >
          <SelectFilter
            id="forum-filter-kind"
            label={t('forums.list.kind')}
            allowClear
            placeholder={t('forums.list.allKinds')}
            value={kind}
            onChange={setKind}
            options={FORUM_KINDS.map((k) => ({ value: k, label: t(`forums.kind.${k}`) }))}
            data-testid="forum-filter-kind"
          />
        </RecordFilterBar>
      }
      renderCard={(f) => <ForumCard f={f} />}
      columns={useForumColumns()}
      row={(f) => ({ testId: `forum-row-${f.id}`, onClick: () => navigate(`/forums/${f.id}`) })}
      empty={t('forums.list.empty')}
      total={(count) => t('forums.list.total', { count })}
      testIds={{ total: 'forum-total', more: 'forum-more', table: 'forum-table' }}
    />
  );
}

function useForumColumns(): TableColumnsType<Listed> {
  const { t } = useTranslation();
  return [
    linkColumn<Listed>(
      'title',
      t('forums.field.title'),
      (f) => `/forums/${f.id}`,
      (f) => f.title,
    ),
    column<Listed>('kind', t('forums.field.kind'), (f) => <Tag color="purple">{t(`forums.kind.${f.kind}`)}</Tag>),
    timeColumn<Listed>('occurredAt', t('forums.field.occurredAt'), (f) => f.occurredAt),
    column<Listed>('organiser', t('forums.field.organiser'), (f) => f.branch?.name ?? t('forums.scope.bureau')),
    column<Listed>('host', t('forums.field.host'), (f) => f.host?.name),
    column<Listed>('attendees', t('forums.field.attendees'), (f) =>
      t('forums.attendance.count', { present: f.presentCount, total: f.attendeeCount }),
    ),
  ];
}

function ForumCard({ f }: { f: Listed }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => navigate(`/forums/${f.id}`)} data-testid={`forum-row-${f.id}`}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Tag color="purple">{t(`forums.kind.${f.kind}`)}</Tag>
          <Typography.Text strong>{f.title}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary">
          <RelativeDate value={f.occurredAt} time />
          {f.place ? ` · ${f.place}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {f.branch?.name ?? t('forums.scope.bureau')} ·{' '}
          {t('forums.attendance.count', { present: f.presentCount, total: f.attendeeCount })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
