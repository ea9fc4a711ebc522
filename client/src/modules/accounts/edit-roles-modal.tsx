import { useEffect, useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Role } from '@tongxin/schema';
import type { AccountFieldsFragment } from '../../gql/graphql';
import { showRefusal } from '../api/form-refusal';
import { SetAccountRolesMutation } from './accounts-documents';
import { RoleCheckboxes, rolesRule } from './role-checkboxes';

/** Replaces an account's roles; the server's refusal (e.g. a sysadmin on a live pairing) shows here. */
export function EditRolesModal({ account, onClose }: { account: AccountFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roles: Role[] }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SetAccountRolesMutation);

  useEffect(() => {
    if (account) form.setFieldsValue({ roles: account.roles as Role[] });
    setFailure(null);
  }, [account, form]);

  async function submit({ roles }: { roles: Role[] }) {
    if (!account) return;
    setFailure(null);
    const result = await save({ input: { officerId: account.id, roles } });
    if (result.error) {
      setFailure(showRefusal(form, result.error, ['roles'], t));
      return;
    }
    void message.success(t('accounts.saved'));
    onClose();
  }

  return (
    <Modal
      open={account !== null}
      title={`${t('accounts.editRoles')} · ${account?.username ?? ''}`}
      okText={t('accounts.save')}
      cancelText={t('accounts.cancel')}
      okButtonProps={{ loading: fetching, 'data-testid': 'roles-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="roles-form">
        {failure && (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="roles-error" />
        )}
        <Form.Item name="roles" label={t('accounts.roles')} rules={[rolesRule(t)]}>
          <RoleCheckboxes />
        </Form.Item>
      </Form>
    </Modal>
  );
}
