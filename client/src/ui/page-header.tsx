import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/**
 * A page's title, with what the page offers at the right (a "new" button) that wraps under it on a
 * phone. Sections are titled at level 3, a workspace's parts at level 4.
 */
export function PageHeader({ title, extra, level = 3 }: { title: ReactNode; extra?: ReactNode; level?: 3 | 4 }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={level} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
