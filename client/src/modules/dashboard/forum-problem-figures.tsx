import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../gql/graphql';
import { Kpi } from './kpi-card';

type Figures = DashboardQuery['dashboard'];

/**
 * The article's way of counting the forums: "座谈会 N 场, 征集问题 N 个, 即知即改 N 个", with what became
 * of the rest (已销号, 逾期). Counted from the forum and problem records in the viewer's scope.
 */
export function ForumProblemFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const p = figures.problems;
  const tiles = [
    ['kpi-problems-raised', 'raised', p.raised],
    ['kpi-problems-fixed', 'fixedOnTheSpot', p.fixedOnTheSpot],
    ['kpi-problems-closed', 'closed', p.closed],
    ['kpi-problems-overdue', 'overdue', p.overdue],
  ] as const;
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-problems">
      <Col xs={12} md={4}>
        <Kpi
          testId="kpi-forums"
          title={t('dashboard.forums')}
          value={figures.forumSessions}
          suffix={t('dashboard.forumsUnit')}
          tip={t('dashboard.tip.forums')}
        />
      </Col>
      {tiles.map(([testId, key, value]) => (
        <Col xs={12} md={5} key={key}>
          <Kpi
            testId={testId}
            title={t(`dashboard.problems.${key}`)}
            value={value}
            suffix={t('dashboard.problems.unit')}
            tip={t(`dashboard.problems.tip.${key}`)}
          />
        </Col>
      ))}
    </Row>
  );
}
