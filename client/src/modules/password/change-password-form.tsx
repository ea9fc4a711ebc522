import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { firstRefusal, reasonMessage, userMessage } from '../api/server-error';
import { ChangePasswordMutation } from './password-documents';

// The policy as the server enforces it (changePassword's contract); the form only spares a round
// trip for the length, the server alone knows the common passwords.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Current + new + repeat; a refusal naming a field is shown under that field. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);

  async function onFinish(values: Values) {
    setFailure(null);
    const result = await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.error || !result.data) {
      const refusal = firstRefusal(result.error);
      const field = FIELDS.find((f) => f === refusal?.field);
      if (refusal && field) form.setFields([{ name: field, errors: [reasonMessage(refusal, t)] }]);
      else setFailure(userMessage(result.error, t));
      return;
    }
    form.resetFields();
    await onChanged();
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void onFinish(v)}
      data-testid="change-password-form"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('password.policyTitle')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="password-policy">
            <li>{t('password.policy.length')}</li>
            <li>{t('password.policy.common')}</li>
            <li>{t('password.policy.identity')}</li>
          </ul>
        }
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure}
          style={{ marginBottom: 16 }}
          data-testid="password-error"
        />
      )}
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password id="currentPassword" autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        label={t('password.next')}
        name="newPassword"
        rules={[
          { required: true, message: t('password.nextRequired') },
          { min: PASSWORD_MIN, message: t('password.tooShort', { min: PASSWORD_MIN }) },
          { max: PASSWORD_MAX, message: t('password.tooLong', { max: PASSWORD_MAX }) },
        ]}
      >
        <Input.Password id="newPassword" autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        label={t('password.repeat')}
        name="repeat"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.repeatRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password id="repeatPassword" autoComplete="new-password" data-testid="password-repeat" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={fetching} data-testid="password-submit">
        {t('password.submit')}
      </Button>
    </Form>
  );
}

/** /password: the same form for anyone who wants a new password. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <section data-testid="page-password" style={{ maxWidth: 480 }}>
      <Typography.Title level={2}>{t('password.title')}</Typography.Title>
      {done && (
        <Alert
          type="success"
          showIcon
          title={t('password.done')}
          style={{ marginBottom: 16 }}
          data-testid="password-done"
        />
      )}
      <ChangePasswordForm onChanged={() => setDone(true)} />
    </section>
  );
}
