import { Button, Card, Col, Flex, Row, Skeleton, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import type { DashboardQuery } from '../../gql/graphql';
import { LoadFailed } from '../../ui/load-failed';
import { ContactsTrendChart, OutcomesChart, ReasonsChart } from './dashboard-charts';
import { DashboardQueryDocument } from './dashboard-documents';
import { ForumProblemFigures } from './forum-problem-figures';
import { Kpi } from './kpi-card';
import { parseDay, type Period, PeriodPicker } from './period-picker';

type Figures = DashboardQuery['dashboard'];
type BranchRow = Figures['branches'][number];

const percent = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);

interface DashboardViewProps {
  /** Offer the whole bureau and drilling into a branch (the committee); a secretary sees their branch. */
  bureauWide: boolean;
}

/** The dashboard's place in the URL: `?branch=&from=&to=`, so a drill-down can be shared and Back returns. */
function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const branchId = params.get('branch');
  const from = parseDay(params.get('from') ?? '');
  const to = parseDay(params.get('to') ?? '');
  const period: Period | null = from && to && !to.isBefore(from) ? [from, to] : null;
  const change = (patch: { branch?: string | null; period?: Period }) => {
    const next = new URLSearchParams(params);
    if (patch.branch !== undefined) {
      if (patch.branch) next.set('branch', patch.branch);
      else next.delete('branch');
    }
    if (patch.period) {
      next.set('from', patch.period[0].format('YYYY-MM-DD'));
      next.set('to', patch.period[1].format('YYYY-MM-DD'));
    }
    setParams(next);
  };
  return { branchId, period, change };
}

/** The live figures of the bureau or one branch over a period, with drill-down into branches. */
export function DashboardView({ bureauWide }: DashboardViewProps) {
  const { t } = useTranslation();
  const { branchId, period, change } = useDashboardParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DashboardQueryDocument,
    variables: {
      branchId,
      from: period ? period[0].format('YYYY-MM-DD') : null,
      to: period ? period[1].format('YYYY-MM-DD') : null,
    },
    // The figures move with every visit logged anywhere: always ask the server.
    requestPolicy: 'cache-and-network',
  });

  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const figures = data?.dashboard;
  const shownPeriod: [Dayjs, Dayjs] | null = period ?? (figures ? [dayjs(figures.from), dayjs(figures.to)] : null);
  const today = dayjs();

  return (
    <Flex vertical gap={16} data-testid="dashboard" data-branch={figures?.branch?.id ?? 'bureau'}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Flex gap={8} align="center" wrap>
          {bureauWide && branchId ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => change({ branch: null })} data-testid="dashboard-back">
              {t('dashboard.backToBureau')}
            </Button>
          ) : null}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-title">
            {figures?.branch ? t('dashboard.branchTitle', { branch: figures.branch.name }) : t('dashboard.title')}
          </Typography.Title>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('dashboard.period')}</Typography.Text>
          <PeriodPicker
            value={shownPeriod}
            allowClear={false}
            data-testid="dashboard-period"
            onChange={(v) => {
              if (v) change({ period: v });
            }}
            presets={[
              { label: t('dashboard.last12Months'), value: [today.subtract(11, 'month').startOf('month'), today] },
              { label: t('dashboard.thisYear'), value: [today.startOf('year'), today] },
              { label: t('dashboard.last3Months'), value: [today.subtract(2, 'month').startOf('month'), today] },
            ]}
          />
        </Flex>
      </Flex>
      {!figures ? (
        fetching ? (
          <Skeleton active />
        ) : (
          <Typography.Text type="secondary">{t('dashboard.noData')}</Typography.Text>
        )
      ) : (
        <DashboardFigures figures={figures} onBranch={bureauWide ? (id) => change({ branch: id }) : undefined} />
      )}
    </Flex>
  );
}

function DashboardFigures({ figures, onBranch }: { figures: Figures; onBranch?: (id: string) => void }) {
  const { t } = useTranslation();
  const items = figures.actionItems;
  return (
    <>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8}>
          <Kpi
            testId="kpi-officers-helped"
            title={t('dashboard.officersHelped')}
            value={figures.officersHelped}
            suffix={t('dashboard.officersUnit')}
            tip={t('dashboard.tip.officersHelped')}
          />
        </Col>
        <Col xs={12} md={8}>
          <Kpi
            testId="kpi-follow-ups"
            title={t('dashboard.followUps')}
            value={figures.followUpVisits}
            suffix={t('dashboard.followUpsUnit')}
            tip={t('dashboard.tip.followUps')}
          />
        </Col>
        <Col xs={24} md={8}>
          {/* The same items as the completion rate: 应整改 (done + open), 按期完成 a part of done. */}
          <Kpi
            testId="kpi-fixed-on-time"
            title={`${t('dashboard.issuesRaised')} / ${t('dashboard.fixedOnTime')}`}
            value={`${items.counted} / ${items.doneOnTime}`}
            suffix={t('dashboard.issuesUnit')}
            tip={t('dashboard.tip.issues')}
            footer={t('dashboard.itemsDone', { done: items.done, onTime: items.doneOnTime, overdue: items.overdue })}
          />
        </Col>
        {(
          [
            ['kpi-active', 'active', figures.pairings.active],
            ['kpi-in-review', 'inReview', figures.pairings.inReview],
            ['kpi-concluded', 'concluded', figures.pairings.concluded],
            ['kpi-escalated', 'escalated', figures.pairings.escalated],
            ['kpi-overdue', 'overdue', figures.overduePairings],
          ] as const
        ).map(([testId, key, value]) => (
          <Col xs={12} md={4} key={key}>
            <Kpi
              testId={testId}
              title={t(`dashboard.${key}`)}
              value={value}
              suffix={t('dashboard.pairsUnit')}
              tip={t(`dashboard.tip.${key}`)}
            />
          </Col>
        ))}
        <Col xs={12} md={4}>
          <Kpi
            testId="kpi-talks"
            title={t('dashboard.talks')}
            value={figures.talkCount}
            suffix={t('dashboard.talksUnit')}
            tip={t('dashboard.tip.talks')}
          />
        </Col>
        <Col xs={12} md={6}>
          <Kpi
            testId="kpi-ack-rate"
            title={t('dashboard.ackRate')}
            value={percent(figures.acknowledgmentRate)}
            tip={t('dashboard.tip.ackRate')}
          />
        </Col>
        <Col xs={12} md={6}>
          <Kpi
            testId="kpi-completion-rate"
            title={t('dashboard.completionRate')}
            value={percent(items.completionRate)}
            tip={t('dashboard.tip.completionRate')}
            footer={t('dashboard.itemsRate', { done: items.done, counted: items.counted })}
          />
        </Col>
      </Row>
      <ForumProblemFigures figures={figures} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.contactsTrend')}>
            <ContactsTrendChart figures={figures} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card size="small" title={t('dashboard.outcomes')}>
            <OutcomesChart figures={figures} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card size="small" title={t('dashboard.reasons')}>
            <ReasonsChart figures={figures} />
          </Card>
        </Col>
      </Row>
      <BranchRanking rows={figures.branches} onBranch={onBranch} />
      <Typography.Text type="secondary" data-testid="dashboard-as-of">
        {t('dashboard.asOf', { time: dayjs(figures.asOf).format('YYYY-MM-DD HH:mm') })}
      </Typography.Text>
    </>
  );
}

function BranchRanking({ rows, onBranch }: { rows: BranchRow[]; onBranch?: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('dashboard.ranking')}
      extra={onBranch ? <Typography.Text type="secondary">{t('dashboard.rankingHint')}</Typography.Text> : null}
    >
      <Table<BranchRow>
        size="small"
        rowKey={(r) => r.branch.id}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        scroll={{ x: 720 }}
        data-testid="branch-ranking"
        onRow={(r) => ({
          onClick: onBranch ? () => onBranch(r.branch.id) : undefined,
          style: onBranch ? { cursor: 'pointer' } : undefined,
          'data-testid': `branch-row-${r.branch.id}`,
        })}
        columns={[
          { title: t('dashboard.colBranch'), dataIndex: ['branch', 'name'], fixed: 'left', width: 150 },
          { title: t('dashboard.colOverdueShare'), dataIndex: 'overdueShare', render: (v: number) => percent(v) },
          { title: t('dashboard.colOverdue'), dataIndex: 'overdue' },
          { title: t('dashboard.colActive'), dataIndex: 'active' },
          { title: t('dashboard.colInReview'), dataIndex: 'inReview' },
          { title: t('dashboard.colHelped'), dataIndex: 'officersHelped' },
          { title: t('dashboard.colContacts'), dataIndex: 'contacts' },
          { title: t('dashboard.colFollowUps'), dataIndex: 'followUps' },
          { title: t('dashboard.colTalks'), dataIndex: 'talks' },
          { title: t('dashboard.colAck'), dataIndex: 'acknowledgmentRate', render: (v: number | null) => percent(v) },
        ]}
      />
    </Card>
  );
}
