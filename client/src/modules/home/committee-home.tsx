import { Alert, Button, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LightCard } from '../../ui/light-ui';
import { Link, useNavigate } from 'react-router-dom';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ReviewQueue } from '../reviews/review-queue';
import { CommitteeTodoQueryDocument } from '../dashboard/dashboard-documents';
import { PageHeader } from '../../ui/page-header';

const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;
const ROW = { padding: '10px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' } as const;

/**
 * The committee's 工作台: what waits for them (pairings to review, escalated pairings, branches
 * behind on contacts), each a link to where it is handled. The figures live on 统计分析.
 * `onReady` hears that the part is on screen (its placeholders hold the room from then on).
 */
export function CommitteeHome({ onReady }: { onReady?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: CommitteeTodoQueryDocument,
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => onReady?.(), [onReady]);
  const escalated = data?.escalated;
  const dashboard = data?.dashboard;
  const behind = (dashboard?.branches ?? []).filter((b) => b.overdue > 0);
  const branchLink = (id: string) =>
    dashboard ? `/dashboard?branch=${id}&from=${dashboard.from}&to=${dashboard.to}` : `/dashboard?branch=${id}`;

  return (
    <Flex vertical gap={16} data-testid="committee-home">
      <PageHeader
        level={3}
        title={t('dashboard.todo.title')}
        extra={
          <Button
            icon={<BarChartOutlined />}
            onClick={() => navigate('/dashboard')}
            data-testid="committee-open-figures"
          >
            {t('dashboard.todo.openFigures')}
          </Button>
        }
      />
      <ReviewQueue />
      {error && !data ? <Alert type="error" showIcon title={t('dashboard.todo.loadFailed')} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <LightCard
            titleAs="div"

            title={
              <Flex gap={8} align="center">
                {t('dashboard.todo.escalated')}
                {escalated ? <Tag color="red">{escalated.totalCount}</Tag> : null}
              </Flex>
            }
            data-testid="committee-escalated"
          >
            {!data && fetching ? (
              <Skeleton active />
            ) : !escalated || escalated.edges.length === 0 ? (
              <Empty description={t('dashboard.todo.escalatedEmpty')} />
            ) : (
              escalated.edges.map(({ node: p }) => (
                <Flex key={p.id} gap={8} wrap align="center" style={ROW} data-testid={`committee-escalated-${p.id}`}>
                  <Link to={`/reviews/${p.id}`}>
                    <Typography.Text strong>{p.mentee.name}</Typography.Text>
                  </Link>
                  <Typography.Text type="secondary">{p.branch.name}</Typography.Text>
                  <Tag>{t(`reviews.reasonName.${p.reason}`)}</Tag>
                </Flex>
              ))
            )}
          </LightCard>
        </Col>
        <Col xs={24} lg={12}>
          <LightCard titleAs="div" title={t('dashboard.todo.overdueBranches')} data-testid="committee-overdue-branches">
            {!data && fetching ? (
              <Skeleton active />
            ) : behind.length === 0 ? (
              <Empty description={t('dashboard.todo.overdueBranchesEmpty')} />
            ) : (
              behind.map((b) => (
                <Flex
                  key={b.branch.id}
                  gap={8}
                  wrap
                  align="center"
                  justify="space-between"
                  style={ROW}
                  data-testid={`committee-overdue-${b.branch.id}`}
                >
                  <Link to={branchLink(b.branch.id)}>{b.branch.name}</Link>
                  <Flex gap={8} align="center">
                    <Typography.Text type="secondary">
                      {t('dashboard.todo.overdueBranch', { overdue: b.overdue, active: b.active })}
                    </Typography.Text>
                    <Tag color="red">{percent(b.overdueShare)}</Tag>
                  </Flex>
                </Flex>
              ))
            )}
          </LightCard>
        </Col>
      </Row>
    </Flex>
  );
}
