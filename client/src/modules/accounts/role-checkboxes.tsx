import { Checkbox, Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isExclusiveRole, ROLES, type Role } from '@tongxin/schema';

/**
 * The roles of an account. SYSADMIN and AUDITOR are held alone (三员分立): once one is ticked the
 * others are off, and once another role is ticked they are; the server refuses a mix regardless.
 */
export function RoleCheckboxes({ value = [], onChange }: { value?: Role[]; onChange?: (roles: Role[]) => void }) {
  const { t } = useTranslation();
  const exclusive = value.some(isExclusiveRole);
  const others = value.some((r) => !isExclusiveRole(r));
  return (
    <Flex vertical gap={4}>
      <Checkbox.Group<Role>
        value={value}
        onChange={(roles) => onChange?.(roles)}
        options={ROLES.map((role) => ({
          value: role,
          label: <span data-testid={`role-${role}`}>{t(`role.${role}`)}</span>,
          disabled: value.includes(role) ? false : isExclusiveRole(role) ? value.length > 0 : exclusive,
        }))}
      />
      {(exclusive || !others) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('accounts.exclusiveHint')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Form rule: at least one role, an exclusive one alone (the form prevents it, a paste could not). */
export const rolesRule = (t: TFunction) => ({
  validator: (_: unknown, roles: Role[] | undefined) => {
    if (!roles || roles.length === 0) return Promise.reject(new Error(t('accounts.rolesRequired')));
    if (roles.length > 1 && roles.some(isExclusiveRole)) return Promise.reject(new Error(t('errors.ROLE_HELD_ALONE')));
    return Promise.resolve();
  },
});
