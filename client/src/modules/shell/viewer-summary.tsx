import { Flex, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rankedRoles, useViewer } from '../auth';

/** Who is logged in, as the header shows it: name, roles as tags and branch. */
export function ViewerSummary({ vertical = false, showName = true }: { vertical?: boolean; showName?: boolean }) {
  const { t } = useTranslation();
  const me = useViewer();
  return (
    <Flex gap={vertical ? 8 : 12} vertical={vertical} align={vertical ? 'flex-start' : 'center'} wrap>
      {showName && (
        <Typography.Text strong data-testid="viewer-name">
          <UserOutlined /> {me.officer.name}
        </Typography.Text>
      )}
      <span data-testid="viewer-roles">
        {rankedRoles(me.roles).map((role) => (
          <Tag key={role} color={role === 'OFFICER' ? 'default' : 'red'} data-role={role}>
            {t(`role.${role}`)}
          </Tag>
        ))}
      </span>
      <Typography.Text type="secondary" data-testid="viewer-branch">
        {me.branch.name}
      </Typography.Text>
    </Flex>
  );
}
