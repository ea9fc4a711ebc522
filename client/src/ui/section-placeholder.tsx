import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The frame of a section whose features are still to come: its title and an honest empty state. */
export function SectionPlaceholder({ title, testId }: { title: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid={testId}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Empty description={t('section.building')}>
        <Typography.Text type="secondary">{t('section.buildingHint')}</Typography.Text>
      </Empty>
    </section>
  );
}
