import { useRef, useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LIMITS } from '@tongxin/schema';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorCode } from '../api/create-api-client';
import { LoginMutationDocument } from './auth-documents';

interface Credentials {
  username: string;
  password: string;
}

type LoginError = 'badCredentials' | 'rateLimited' | 'failed';

function loginErrorOf(code: string | undefined): LoginError {
  if (code === 'UNAUTHENTICATED') return 'badCredentials';
  if (code === 'RATE_LIMITED') return 'rateLimited';
  return 'failed';
}

/** Calls `onLoggedIn` after the server accepted the credentials and set the session cookie. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [, login] = useMutation(LoginMutationDocument);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<LoginError | null>(null);
  // State updates are asynchronous; the ref stops a second Enter press landing in the same tick.
  const inFlight = useRef(false);

  async function onFinish(values: Credentials) {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setFailure(null);
    try {
      const result = await login({ username: values.username.trim(), password: values.password });
      if (result.error || !result.data) {
        setFailure(loginErrorOf(errorCode(result.error)));
        return;
      }
      await onLoggedIn();
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  const tooLong = (max: number) => t('login.tooLong', { max });

  return (
    <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)}>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={t(`login.${failure}`)}
          data-testid="login-error"
          role="alert"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[
          { required: true, whitespace: true, message: t('login.usernameRequired') },
          { max: LIMITS.usernameMax, message: tooLong(LIMITS.usernameMax) },
        ]}
      >
        <Input
          id="username"
          name="username"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          size="large"
        />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[
          { required: true, message: t('login.passwordRequired') },
          { max: LIMITS.passwordMax, message: tooLong(LIMITS.passwordMax) },
        ]}
      >
        <Input.Password
          id="password"
          name="password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={submitting}
        disabled={submitting}
        data-testid="login-submit"
      >
        {t('login.submit')}
      </Button>
    </Form>
  );
}
