import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { Role } from '@tongxin/schema';
import { showRefusal } from '../api/form-refusal';
import { AdminBranchesQuery, TransferOfficerMutation } from '../admin/admin-documents';
import { OfficerPicker } from '../admin/officer-picker';
import { CreateAccountMutation } from './accounts-documents';
import type { OneTimePassword } from './one-time-password-modal';
import { RoleCheckboxes, rolesRule } from './role-checkboxes';

interface Values {
  officerId: string;
  username: string;
  roles: Role[];
  branchId?: string;
}

const FIELDS = ['officerId', 'username', 'roles', 'branchId'] as const;

/**
 * A new account for an officer of the roster. A secretary runs their own branch, so choosing a
 * secretary for another branch first transfers the officer there (two audited steps, in order).
 */
export function CreateAccountModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (shown: OneTimePassword) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, create] = useMutation(CreateAccountMutation);
  const [, transfer] = useMutation(TransferOfficerMutation);
  const [{ data: branches }] = useQuery({ query: AdminBranchesQuery, pause: !open });
  const officerId = Form.useWatch('officerId', form);
  const roles = Form.useWatch('roles', form) ?? [];
  const secretary = roles.includes('SECRETARY');

  async function submit(values: Values) {
    setFailure(null);
    setBusy(true);
    try {
      if (secretary && values.branchId) {
        const moved = await transfer({ input: { officerId: values.officerId, branchId: values.branchId } });
        // Already in that branch is what was wanted; anything else stops before the account exists.
        const reason = moved.error?.graphQLErrors[0]?.extensions.reason;
        if (moved.error && reason !== 'SAME_BRANCH') {
          setFailure(showRefusal(form, moved.error, ['branchId'], t));
          return;
        }
      }
      const result = await create({
        input: { officerId: values.officerId, username: values.username.trim(), roles: values.roles },
      });
      if (result.error || !result.data) {
        setFailure(showRefusal(form, result.error, FIELDS, t));
        return;
      }
      const { account, oneTimePassword } = result.data.createAccount;
      form.resetFields();
      onCreated({ username: account.username, password: oneTimePassword });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('accounts.create')}
      okText={t('accounts.save')}
      cancelText={t('accounts.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'account-create-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        initialValues={{ roles: ['OFFICER'] }}
        data-testid="account-create-form"
      >
        {failure && (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="account-error" />
        )}
        <Form.Item
          name="officerId"
          label={t('accounts.officer')}
          rules={[{ required: true, message: t('accounts.officerRequired') }]}
        >
          <OfficerPicker placeholder={t('accounts.officerSearch')} testId="account-officer" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('accounts.username')}
          extra={t('accounts.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('accounts.usernameRequired') }]}
        >
          <Input autoCapitalize="none" spellCheck={false} autoComplete="off" data-testid="account-username" />
        </Form.Item>
        <Form.Item name="roles" label={t('accounts.roles')} rules={[rolesRule(t)]}>
          <RoleCheckboxes />
        </Form.Item>
        {secretary && officerId ? (
          <Form.Item name="branchId" label={t('accounts.secretaryBranch')} extra={t('accounts.secretaryBranchHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(branches?.branches ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.code})` }))}
              data-testid="account-branch"
            />
          </Form.Item>
        ) : (
          secretary && <Typography.Text type="secondary">{t('accounts.secretaryBranchHint')}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
