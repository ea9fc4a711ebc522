import { useMemo, useState } from 'react';
import { Card, Checkbox, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import type { ProblemCardFragment as Listed, ProblemFilter, ProblemStatus } from '../../gql/graphql';
import { graphql } from '../../gql';
import { useViewer } from '../auth';
import { CursorList } from '../../ui/cursor-list';
import { column, clampedColumn, linkColumn } from '../../ui/record-columns';
import { FilterField, RecordFilterBar, SelectFilter } from '../visits/record-filters';
import { OfficerSelect } from '../pairings/officer-select';
import { ProblemCategoriesQuery } from '../forums/forum-documents';
import { ProblemBranchesQuery, ProblemsQuery } from './problem-documents';
import { PROBLEM_STATUSES, ProblemDue, ProblemOwner, ProblemStatusTag } from './problem-tags';

/** What a problem's card and row show: the list query spreads it. */
export const ProblemCardFragment = graphql(`
  fragment ProblemCard on Problem {
    id
    text
    status
    dueDate
    overdue
    category {
      id
      name
    }
    owner {
      ...OfficerName
    }
    ownerBranch {
      ...BranchName
    }
    forum {
      id
      title
    }
  }
`);

/** /problems — the problems the viewer may see, filtered by status, category, owner and overdue. */
export function ProblemList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useViewer();
  const [search, setSearch] = useState<string | null>(null);
  const [status, setStatus] = useState<ProblemStatus | 'ALL'>('ALL');
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [ownerBranchId, setOwnerBranchId] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [{ data: categories }] = useQuery({ query: ProblemCategoriesQuery });
  // Whatever branches the viewer may list (the committee: all; anyone else: their own).
  const [{ data: branches }] = useQuery({ query: ProblemBranchesQuery });
  const filter = useMemo<ProblemFilter>(
    () => ({
      search,
      status: status === 'ALL' ? null : [status],
      categoryId: categoryId ?? null,
      // "Mine" is a shortcut for picking oneself; the two never disagree because picking clears it.
      ownerId: mine ? me.id : (ownerId ?? null),
      ownerBranchId: ownerBranchId ?? null,
      overdue: overdue ? true : null,
    }),
    [search, status, categoryId, mine, ownerId, ownerBranchId, overdue, me.id],
  );
  return (
    <CursorList
      query={ProblemsQuery}
      variables={{ filter }}
      connection={(data) => data.problems}
      filters={
        <RecordFilterBar
          id="problem-filter"
          search={{
            label: t('problems.filter.search'),
            placeholder: t('problems.filter.searchPlaceholder'),
            onSearch: setSearch,
          }}
        >
          <SelectFilter
            id="problem-filter-status"
            label={t('problems.filter.status')}
            value={status}
            onChange={setStatus}
            minWidth={120}
            options={[
              { value: 'ALL' as const, label: t('problems.filter.allStatuses') },
              ...PROBLEM_STATUSES.map((s) => ({ value: s, label: t(`problems.status.${s}`) })),
            ]}
            data-testid="problem-filter-status"
          />
          <SelectFilter
            id="problem-filter-category"
            label={t('problems.filter.category')}
            allowClear
            placeholder={t('problems.filter.allCategories')}
            value={categoryId}
            onChange={setCategoryId}
            minWidth={160}
            options={categories?.problemCategories.map((c) => ({ value: c.id, label: c.name })) ?? []}
            data-testid="problem-filter-category"
          />
          {!mine && (
            <FilterField id="problem-filter-owner" label={t('problems.filter.ownerPerson')}>
              <div style={{ minWidth: 180 }}>
                <OfficerSelect
                  id="problem-filter-owner"
                  testId="problem-filter-owner"
                  allowClear
                  placeholder={t('problems.filter.ownerPersonPlaceholder')}
                  value={ownerId}
                  onChange={(value) => setOwnerId(typeof value === 'string' ? value : undefined)}
                />
              </div>
            </FilterField>
          )}
          {(branches?.branches.length ?? 0) > 0 && (
            <SelectFilter
              id="problem-filter-owner-branch"
              label={t('problems.filter.ownerBranch')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('problems.filter.allBranches')}
              value={ownerBranchId}
              onChange={setOwnerBranchId}
              minWidth={160}
              options={branches?.branches.map((b) => ({ value: b.id, label: b.name })) ?? []}
              data-testid="problem-filter-owner-branch"
            />
          )}
          <Checkbox
            checked={mine}
            onChange={(e) => {
              setMine(e.target.checked);
              if (e.target.checked) setOwnerId(undefined);
            }}
            data-testid="problem-filter-mine"
          >
            {t('problems.filter.mine')}
          </Checkbox>
          <Checkbox
            checked={overdue}
            onChange={(e) => setOverdue(e.target.checked)}
            data-testid="problem-filter-overdue"
          >
            {t('problems.filter.overdueOnly')}
          </Checkbox>
        </RecordFilterBar>
      }
      renderCard={(p) => <ProblemCard p={p} />}
      columns={useProblemColumns()}
      row={(p) => ({ testId: `problem-row-${p.id}`, onClick: () => navigate(`/problems/${p.id}`) })}
      empty={t('problems.empty')}
      total={(count) => t('problems.total', { count })}
      testIds={{ total: 'problem-total', more: 'problem-more', table: 'problem-table' }}
    />
  );
}

function useProblemColumns(): TableColumnsType<Listed> {
  const { t } = useTranslation();
  return [
    linkColumn<Listed>(
      'text',
      t('problems.field.text'),
      (p) => `/problems/${p.id}`,
      (p) => p.text,
    ),
    column<Listed>('status', t('problems.field.status'), (p) => <ProblemStatusTag problem={p} />),
    column<Listed>('category', t('problems.field.category'), (p) => p.category?.name),
    column<Listed>('owner', t('problems.field.owner'), (p) => <ProblemOwner problem={p} />),
    column<Listed>('dueDate', t('problems.field.dueDate'), (p) => <ProblemDue problem={p} />),
    clampedColumn<Listed>('source', t('problems.field.source'), (p) => p.forum?.title),
  ];
}

function ProblemCard({ p }: { p: Listed }) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => navigate(`/problems/${p.id}`)} data-testid={`problem-row-${p.id}`}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <ProblemStatusTag problem={p} />
          {p.category && <Tag>{p.category.name}</Tag>}
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {p.text}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ProblemOwner problem={p} /> · <ProblemDue problem={p} />
        </Typography.Text>
      </Flex>
    </Card>
  );
}
