import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rankedRoles, useViewer } from '../auth';
import { LightTag } from '../../ui/light-ui';

/** Who is logged in, as the header shows it: name, roles as tags and branch. */
export function ViewerSummary({ vertical = false, showName = true }: { vertical?: boolean; showName?: boolean }) {
  const { t } = useTranslation();
  const me = useViewer();
  return (
    <div
      className={vertical ? 'tx-stack' : 'tx-row'}
      style={{ gap: vertical ? 8 : 12, alignItems: vertical ? 'flex-start' : 'center', lineHeight: 1.5715 }}
    >
      {showName && (
        <strong data-testid="viewer-name">
          <UserOutlined /> {me.officer.name}
        </strong>
      )}
      <span data-testid="viewer-roles">
        {rankedRoles(me.roles).map((role) => (
          <LightTag key={role} red={role !== 'OFFICER'} data-role={role}>
            {t(`role.${role}`)}
          </LightTag>
        ))}
      </span>
      <span className="tx-secondary" data-testid="viewer-branch">
        {me.branch.name}
      </span>
    </div>
  );
}
