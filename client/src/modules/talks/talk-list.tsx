import { useMemo, useState } from 'react';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { TalkKind } from '@tongxin/schema';
import type { TalkCardFragment as TalkCardData, TalkFilter, TalkKind as TalkKindType } from '../../gql/graphql';
import { Can } from '../auth';
import { RelativeDate } from '../../ui/dates';
import { RecordFilterBar, SelectFilter, useDateRange } from '../visits/record-filters';
import { graphql } from '../../gql';
import { CursorList } from '../../ui/cursor-list';
import { clampedColumn, column, linkColumn, timeColumn } from '../../ui/record-columns';
import { TalksQuery } from './talk-documents';
import { PageHeader } from '../../ui/page-header';

export const TALK_KINDS = Object.values(TalkKind);
const PAGE = 20;

/** /talks — the talk records the viewer may read; confidential ones are marked 保密. */
export function TalkList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState<string | null>(null);
  const [kind, setKind] = useState<TalkKindType | undefined>();
  const [confidential, setConfidential] = useState<'all' | 'yes' | 'no'>('all');
  const dates = useDateRange();
  const filter = useMemo<TalkFilter>(
    () => ({
      search,
      kind: kind ?? null,
      confidential: confidential === 'all' ? null : confidential === 'yes',
      from: dates.from ?? null,
      to: dates.to ?? null,
    }),
    [search, kind, confidential, dates.from, dates.to],
  );

  return (
    <Flex vertical gap={12} data-testid="talk-list">
      <PageHeader
        title={t('talks.title')}
        extra={
          <Can I="create" a="Talk">
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/talks/new')}
              data-testid="talk-new"
            >
              {t('talks.record')}
            </Button>
          </Can>
        }
      />
      <RecordFilterBar
        id="talk-filter"
        search={{ label: t('talks.list.search'), placeholder: t('talks.list.searchPlaceholder'), onSearch: setSearch }}
        dates={dates}
      >
        <SelectFilter
          id="talk-filter-kind"
          label={t('talks.list.kind')}
          allowClear
          placeholder={t('talks.list.allKinds')}
          value={kind}
          onChange={setKind}
          options={TALK_KINDS.map((k) => ({ value: k, label: t(`talks.kind.${k}`) }))}
          data-testid="talk-filter-kind"
        />
        <SelectFilter
          id="talk-filter-confidential"
          label={t('talks.list.confidential')}
          value={confidential}
          onChange={setConfidential}
          minWidth={120}
          options={[
            { value: 'all', label: t('talks.list.confidentialAll') },
            { value: 'yes', label: t('talks.list.confidentialOnly') },
            { value: 'no', label: t('talks.list.confidentialNone') },
          ]}
          data-testid="talk-filter-confidential"
        />
      </RecordFilterBar>
      <CursorList
        query={TalksQuery}
        variables={{ filter }}
        connection={(data) => data.talks}
        renderCard={(talk) => <TalkCard talk={talk} />}
        columns={useTalkColumns()}
        row={(talk) => ({ testId: `talk-row-${talk.id}`, onClick: () => navigate(`/talks/${talk.id}`) })}
        testIds={{ table: 'talk-table' }}
        empty={t('talks.list.empty')}
        total={(count) => t('talks.list.total', { count })}
        pageSize={PAGE}
      />
    </Flex>
  );
}

/** What a talk card shows: the list query spreads it, so the card and its data change together. */
export const TalkCardFragment = graphql(`
  fragment TalkCard on Talk {
    id
    kind
    occurredAt
    topics
    confidential
    talker {
      ...OfficerName
    }
    talkee {
      ...OfficerName
    }
    branch {
      ...BranchName
    }
  }
`);

type Listed = TalkCardData;

/** The talks as a table on a desktop: the card's parts, one column each. */
function useTalkColumns(): TableColumnsType<Listed> {
  const { t } = useTranslation();
  return [
    linkColumn<Listed>(
      'talkee',
      t('talks.field.talkee'),
      (talk) => `/talks/${talk.id}`,
      (talk) => talk.talkee.name,
    ),
    column<Listed>('kind', t('talks.field.kind'), (talk) => (
      <Flex gap={4} wrap>
        <Tag color="purple">{t(`talks.kind.${talk.kind}`)}</Tag>
        {talk.confidential && (
          <Tag color="red" icon={<LockOutlined />} data-testid={`talk-confidential-${talk.id}`}>
            {t('talks.confidential')}
          </Tag>
        )}
      </Flex>
    )),
    timeColumn<Listed>('occurredAt', t('talks.field.occurredAt'), (talk) => talk.occurredAt),
    clampedColumn<Listed>('topics', t('talks.field.topics'), (talk) => talk.topics),
    column<Listed>('talker', t('talks.field.talker'), (talk) => talk.talker.name),
    column<Listed>('branch', t('talks.field.branch'), (talk) => talk.branch.name),
  ];
}

/** One talk in the list, as a card on a phone. */
export function TalkCard({ talk }: { talk: Listed }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => navigate(`/talks/${talk.id}`)} data-testid={`talk-row-${talk.id}`}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Tag color="purple">{t(`talks.kind.${talk.kind}`)}</Tag>
          {talk.confidential && (
            <Tag color="red" icon={<LockOutlined />} data-testid={`talk-confidential-${talk.id}`}>
              {t('talks.confidential')}
            </Tag>
          )}
          <Typography.Text strong>{talk.talkee.name}</Typography.Text>
          <Typography.Text type="secondary">
            <RelativeDate value={talk.occurredAt} time />
          </Typography.Text>
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {talk.topics}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('talks.field.talker')}
          {t('common.colon')}
          {talk.talker.name} · {talk.branch.name}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
