import { useState } from 'react';
import { Button, Card, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { RosterOfficerFieldsFragment } from '../../gql/graphql';
import { useAppAbility, useViewer } from '../auth';
import { CursorList } from '../../ui/cursor-list';
import { ListFilters } from '../../ui/list-filters';
import { AdminBranchesQuery, RosterOfficersQuery } from './admin-documents';
import { DeactivateModal, OfficerFormModal, TransferModal } from './officer-modals';

type Row = RosterOfficerFieldsFragment;
type Dialog = { kind: 'create' } | { kind: 'edit' | 'transfer' | 'deactivate'; officer: Row } | null;

/** 人员管理: the roster of the bureau, searched by name, pinyin initials or badge number. */
export function OfficersPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const me = useViewer();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [branchId, setBranchId] = useState<string | undefined>();
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [{ data: branches }] = useQuery({ query: AdminBranchesQuery });

  const of = (kind: 'edit' | 'transfer' | 'deactivate') => (dialog && dialog.kind === kind ? dialog.officer : null);

  // Their own record is another sysadmin's to change (the rules say so; the buttons follow).
  const actions = (o: Row) =>
    o.disabled || o.id === me.officer.id ? null : (
      <Flex gap={4} wrap>
        <Button size="small" onClick={() => setDialog({ kind: 'edit', officer: o })} data-testid="officer-edit">
          {t('admin.officers.edit')}
        </Button>
        <Button size="small" onClick={() => setDialog({ kind: 'transfer', officer: o })} data-testid="officer-transfer">
          {t('admin.officers.transfer')}
        </Button>
        <Button
          size="small"
          danger
          onClick={() => setDialog({ kind: 'deactivate', officer: o })}
          data-testid="officer-deactivate"
        >
          {t('admin.officers.deactivate')}
        </Button>
      </Flex>
    );

  const who = (o: Row) => (
    <Flex gap={6} align="center" wrap>
      <Typography.Text strong>{o.name}</Typography.Text>
      <Typography.Text type="secondary">{o.badgeNumber}</Typography.Text>
      {o.isMentor && <Tag color="blue">{t('role.MENTOR')}</Tag>}
      {o.disabled && <Tag>{t('admin.officers.disabled')}</Tag>}
    </Flex>
  );

  const columns: TableColumnsType<Row> = [
    { key: 'who', title: t('admin.officers.name'), render: (_, o) => who(o) },
    { key: 'category', title: t('admin.officers.category'), render: (_, o) => t(`home.category.${o.category}`) },
    { key: 'branch', title: t('admin.officers.branch'), render: (_, o) => o.branch.name },
    { key: 'position', title: t('admin.officers.position'), render: (_, o) => o.position ?? '—' },
    {
      key: 'account',
      title: t('admin.officers.account'),
      render: (_, o) =>
        o.account ? <Typography.Text code>{o.account.username}</Typography.Text> : t('admin.officers.noAccount'),
    },
    { key: 'actions', title: '', render: (_, o) => actions(o) },
  ];

  return (
    <section data-testid="page-officers">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('admin.officers.title')}
        </Typography.Title>
        {ability.can('create', 'Officer') && (
          <Flex gap={8} wrap>
            <Button icon={<UploadOutlined />} onClick={() => navigate('/officers/import')} data-testid="officer-import">
              {t('roster.title')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'create' })}
              data-testid="officer-create"
            >
              {t('admin.officers.create')}
            </Button>
          </Flex>
        )}
      </Flex>
      <CursorList
        query={RosterOfficersQuery}
        variables={{ filter: { search: search.trim() || undefined, branchId, includeDisabled } }}
        connection={(d) => d.officers}
        columns={columns}
        row={(o) => ({ testId: `officer-row-${o.badgeNumber}` })}
        renderCard={(o) => (
          <Card size="small" data-testid={`officer-row-${o.badgeNumber}`}>
            <Flex vertical gap={6}>
              {who(o)}
              <Typography.Text type="secondary">
                {t(`home.category.${o.category}`)} · {o.branch.name}
                {o.position ? ` · ${o.position}` : ''}
              </Typography.Text>
              {actions(o)}
            </Flex>
          </Card>
        )}
        filters={
          <ListFilters
            searchPlaceholder={t('admin.officers.search')}
            onSearch={setSearch}
            searchTestId="officer-search"
            includeDisabled={includeDisabled}
            onIncludeDisabled={setIncludeDisabled}
            includeDisabledLabel={t('admin.officers.includeDisabled')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('admin.officers.anyBranch')}
              value={branchId}
              onChange={setBranchId}
              options={(branches?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
              style={{ minWidth: 160 }}
              data-testid="officer-branch-filter"
            />
          </ListFilters>
        }
        empty={t('admin.officers.empty')}
        more={t('admin.officers.more')}
        total={(count) => t('admin.officers.total', { count })}
        testIds={{ total: 'officers-total', more: 'officers-more', table: 'officers-table' }}
      />
      <OfficerFormModal
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        officer={of('edit')}
        onClose={() => setDialog(null)}
      />
      <TransferModal officer={of('transfer')} onClose={() => setDialog(null)} />
      <DeactivateModal officer={of('deactivate')} onClose={() => setDialog(null)} />
    </section>
  );
}
