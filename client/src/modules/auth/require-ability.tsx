import type { ReactNode } from 'react';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Action, SubjectName } from '@tongxin/schema';
import { useAppAbility } from './ability';
import { LightResult } from '../../ui/light-ui';

/**
 * A section someone reaches by typing its address still shows a plain refusal rather than an
 * empty screen; the server refuses the data regardless.
 */
export function RequireAbility({
  action,
  subject,
  children,
}: {
  action: Action;
  subject: SubjectName;
  children: ReactNode;
}) {
  const ability = useAppAbility();
  const { t } = useTranslation();
  if (ability.can(action, subject)) return <>{children}</>;
  return (
    <LightResult
      icon={<StopOutlined style={{ color: 'var(--tx-error)' }} />}
      title={t('forbidden.title')}
      subTitle={t('forbidden.hint')}
      data-testid="forbidden"
    />
  );
}

/** `element` behind `RequireAbility`, for a route's `element` prop (every section's `*-routes.tsx`). */
export const guarded = (action: Action, subject: SubjectName, element: ReactNode) => (
  <RequireAbility action={action} subject={subject}>
    {element}
  </RequireAbility>
);
