import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { CloseCircleFilled, EyeInvisibleOutlined, EyeOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { LIMITS } from '@tongxin/schema';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LightAlert, LightButton } from '../../ui/light-ui';
import { errorCode } from '../api/create-api-client';
import { LoginMutationDocument } from './auth-documents';
import './login-form.css';

type Field = 'username' | 'password';
type Credentials = Record<Field, string>;
type LoginError = 'badCredentials' | 'rateLimited' | 'failed';

function loginErrorOf(code: string | undefined): LoginError {
  if (code === 'UNAUTHENTICATED') return 'badCredentials';
  if (code === 'RATE_LIMITED') return 'rateLimited';
  return 'failed';
}

/**
 * One labelled input with its icon and its message (antd's large Input in a Form.Item, in plain
 * markup: the login page is part of the first load). The message is tied to the input for screen
 * readers and announced when it appears.
 */
function TextField({
  id,
  label,
  icon,
  error,
  suffix,
  ...input
}: {
  id: Field;
  label: string;
  icon: ReactNode;
  error: string | null;
  suffix?: ReactNode;
  type: string;
  value: string;
  autoComplete: string;
  autoCapitalize?: string;
  spellCheck?: boolean;
  onChange: (value: string) => void;
}) {
  const { onChange, ...attributes } = input;
  return (
    <div className="tx-field">
      <label htmlFor={id} className="tx-field-label">
        {label}
      </label>
      <span className={error ? 'tx-input tx-input-error' : 'tx-input'}>
        <span className="tx-input-icon" aria-hidden>
          {icon}
        </span>
        <input
          id={id}
          name={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
          {...attributes}
        />
        {suffix}
      </span>
      <div className="tx-field-error" id={`${id}-error`} role="alert">
        {error}
      </div>
    </div>
  );
}

/** Calls `onLoggedIn` after the server accepted the credentials and set the session cookie. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [, login] = useMutation(LoginMutationDocument);
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [errors, setErrors] = useState<Record<Field, string | null>>({ username: null, password: null });
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<LoginError | null>(null);
  // State updates are asynchronous; the ref stops a second Enter press landing in the same tick.
  const inFlight = useRef(false);

  // The same rules, and messages, as the server's limits (LIMITS) and antd's Form had.
  const check = (field: Field, value: string): string | null => {
    const max = field === 'username' ? LIMITS.usernameMax : LIMITS.passwordMax;
    const empty = field === 'username' ? !value.trim() : !value;
    if (empty) return t(field === 'username' ? 'login.usernameRequired' : 'login.passwordRequired');
    return value.length > max ? t('login.tooLong', { max }) : null;
  };

  const change = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: check(field, value) }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const found = { username: check('username', values.username), password: check('password', values.password) };
    setErrors(found);
    const invalid = (['username', 'password'] as const).find((f) => found[f]);
    if (invalid) {
      document.getElementById(invalid)?.focus();
      return;
    }
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

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)}>
      {failure && (
        <LightAlert
          tone="error"
          icon={<CloseCircleFilled />}
          data-testid="login-error"
          role="alert"
          style={{ marginBottom: 16 }}
        >
          {t(`login.${failure}`)}
        </LightAlert>
      )}
      <TextField
        id="username"
        label={t('login.username')}
        icon={<UserOutlined />}
        error={errors.username}
        type="text"
        value={values.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        onChange={change('username')}
      />
      <TextField
        id="password"
        label={t('login.password')}
        icon={<LockOutlined />}
        error={errors.password}
        type={showPassword ? 'text' : 'password'}
        value={values.password}
        autoComplete="current-password"
        onChange={change('password')}
        suffix={
          <button
            type="button"
            className="tx-input-toggle"
            aria-label={t(showPassword ? 'login.hidePassword' : 'login.showPassword')}
            aria-pressed={showPassword}
            onClick={() => setShowPassword((s) => !s)}
          >
            {showPassword ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          </button>
        }
      />
      <LightButton
        variant="primary"
        type="submit"
        size="large"
        block
        loading={submitting}
        disabled={submitting}
        data-testid="login-submit"
      >
        {t('login.submit')}
      </LightButton>
    </form>
  );
}
