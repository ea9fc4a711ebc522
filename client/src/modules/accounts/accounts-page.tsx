import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { rankedRoles } from '../auth';
import { useAppAbility } from '../auth';
import { userMessage } from '../api/server-error';
import type { AccountFieldsFragment } from '../../gql/graphql';
import { CursorList } from '../../ui/cursor-list';
import { ListFilters } from '../../ui/list-filters';
import {
  AccountsQuery,
  DisableAccountMutation,
  EnableAccountMutation,
  ResetPasswordMutation,
} from './accounts-documents';
import { CreateAccountModal } from './create-account-modal';
import { EditRolesModal } from './edit-roles-modal';
import { OneTimePasswordModal, type OneTimePassword } from './one-time-password-modal';

type Row = AccountFieldsFragment;

function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="account-roles">
      {rankedRoles(roles).map((r) => (
        <Tag key={r} color={r === 'OFFICER' ? 'default' : 'red'}>
          {t(`role.${r}`)}
        </Tag>
      ))}
    </span>
  );
}

function Status({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.disabled) return <Tag color="default">{t('accounts.disabled')}</Tag>;
  if (row.mustChangePassword) return <Tag color="orange">{t('accounts.mustChange')}</Tag>;
  return <Tag color="green">{t('accounts.active')}</Tag>;
}

/** 账号管理: the sysadmin creates accounts, changes roles, locks and resets; nothing else. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const [search, setSearch] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [shown, setShown] = useState<OneTimePassword | null>(null);
  const [, disable] = useMutation(DisableAccountMutation);
  const [, enable] = useMutation(EnableAccountMutation);
  const [, reset] = useMutation(ResetPasswordMutation);
  const manage = ability.can('update', 'Account');

  async function toggle(row: Row) {
    const result = await (row.disabled ? enable : disable)({ officerId: row.id });
    if (result.error) void message.error(userMessage(result.error, t));
    else void message.success(t('accounts.saved'));
  }

  async function resetPassword(row: Row) {
    const result = await reset({ officerId: row.id });
    if (result.error || !result.data) {
      void message.error(userMessage(result.error, t));
      return;
    }
    setShown({ username: row.username, password: result.data.resetPassword.oneTimePassword });
  }

  const actions = (row: Row) =>
    manage ? (
      <Flex gap={4} wrap>
        <Button size="small" onClick={() => setEditing(row)} data-testid="account-edit-roles">
          {t('accounts.editRoles')}
        </Button>
        <Popconfirm
          title={row.disabled ? t('accounts.enable') : t('accounts.disableConfirm')}
          onConfirm={() => void toggle(row)}
          okButtonProps={{ 'data-testid': 'account-toggle-confirm' } as never}
        >
          <Button size="small" danger={!row.disabled} data-testid="account-toggle">
            {row.disabled ? t('accounts.enable') : t('accounts.disable')}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('accounts.resetConfirm')}
          onConfirm={() => void resetPassword(row)}
          okButtonProps={{ 'data-testid': 'account-reset-confirm' } as never}
        >
          <Button size="small" disabled={row.disabled} data-testid="account-reset">
            {t('accounts.resetPassword')}
          </Button>
        </Popconfirm>
      </Flex>
    ) : null;

  const columns: TableColumnsType<Row> = [
    {
      key: 'username',
      title: t('accounts.username'),
      render: (_, r) => <Typography.Text code>{r.username}</Typography.Text>,
    },
    {
      key: 'officer',
      title: t('accounts.officer'),
      render: (_, r) => `${r.officer.name} · ${r.officer.badgeNumber} · ${r.officer.branch.name}`,
    },
    { key: 'roles', title: t('accounts.roles'), render: (_, r) => <RoleTags roles={r.roles} /> },
    { key: 'status', title: t('accounts.status'), render: (_, r) => <Status row={r} /> },
    { key: 'actions', title: '', render: (_, r) => actions(r) },
  ];

  return (
    <section data-testid="page-accounts">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        {ability.can('create', 'Account') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
            {t('accounts.create')}
          </Button>
        )}
      </Flex>
      <CursorList
        query={AccountsQuery}
        variables={{ filter: { search: search.trim() || undefined, includeDisabled } }}
        connection={(d) => d.accounts}
        columns={columns}
        row={(r) => ({ testId: `account-row-${r.username}` })}
        renderCard={(r) => (
          <Card size="small" data-testid={`account-row-${r.username}`}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text code>{r.username}</Typography.Text>
                <Status row={r} />
              </Flex>
              <Typography.Text>
                {r.officer.name} · {r.officer.badgeNumber} · {r.officer.branch.name}
              </Typography.Text>
              <RoleTags roles={r.roles} />
              {actions(r)}
            </Flex>
          </Card>
        )}
        filters={
          <ListFilters
            searchPlaceholder={t('accounts.search')}
            onSearch={setSearch}
            searchTestId="account-search"
            includeDisabled={includeDisabled}
            onIncludeDisabled={setIncludeDisabled}
            includeDisabledLabel={t('accounts.includeDisabled')}
          />
        }
        empty={t('accounts.empty')}
        more={t('accounts.more')}
        total={(count) => t('accounts.total', { count })}
        testIds={{ total: 'accounts-total', more: 'accounts-more', table: 'accounts-table' }}
      />
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(otp) => {
          setCreating(false);
          setShown(otp);
        }}
      />
      <EditRolesModal account={editing} onClose={() => setEditing(null)} />
      <OneTimePasswordModal shown={shown} onClose={() => setShown(null)} />
    </section>
  );
}
