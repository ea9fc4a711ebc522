import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../gql/graphql';
import { type ChartOption, EChart } from './echart';

type Figures = DashboardQuery['dashboard'];

const RATING_COLORS = ['#389e0d', '#95de64', '#d9d9d9', '#cf1322'];

/** Visits, follow-ups and talks per month: the trend the committee used to count by hand. */
export function ContactsTrendChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    // A month not over (or only partly in the period) is marked, and its points drawn hollow and
    // faint: its lower count is not a fall. Straight lines: a smoothed curve invents values between months.
    const months = figures.contactsByMonth.map((m) =>
      m.partial ? `${m.month}${t('dashboard.partialMonth')}` : m.month,
    );
    const points = (pick: (m: Figures['contactsByMonth'][number]) => number) =>
      figures.contactsByMonth.map((m) =>
        m.partial ? { value: pick(m), symbol: 'emptyCircle', itemStyle: { opacity: 0.5 } } : pick(m),
      );
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 32, right: 12, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.visits'), type: 'line', smooth: false, data: points((m) => m.visits) },
        { name: t('dashboard.followUps'), type: 'line', smooth: false, data: points((m) => m.followUps) },
        { name: t('dashboard.talks'), type: 'line', smooth: false, data: points((m) => m.talks) },
      ],
    } as ChartOption;
  }, [figures, t]);
  const label = figures.contactsByMonth
    .map((m) => `${m.month}${m.partial ? t('dashboard.partialMonth') : ''} ${m.visits}/${m.talks}`)
    .join('; ');
  const partial = figures.contactsByMonth.filter((m) => m.partial).map((m) => m.month);
  return (
    <>
      <EChart option={option} testId="chart-contacts" label={`${t('dashboard.contactsTrend')} ${label}`} />
      {partial.length > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="chart-partial-note">
          {t('dashboard.partialHint', { month: partial.join('、') })}
        </Typography.Text>
      ) : null}
    </>
  );
}

export function OutcomesChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () =>
      ({
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: figures.ratings.map((r) => t(`reviews.ratingName.${r.rating}`)),
          axisLabel: { interval: 0, width: 56, overflow: 'break' },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: t('dashboard.outcomes'),
            data: figures.ratings.map((r, i) => ({ value: r.count, itemStyle: { color: RATING_COLORS[i] } })),
          },
        ],
      }) as ChartOption,
    [figures, t],
  );
  const label = figures.ratings.map((r) => `${t(`reviews.ratingName.${r.rating}`)} ${r.count}`).join('; ');
  return <EChart option={option} testId="chart-outcomes" label={`${t('dashboard.outcomes')} ${label}`} />;
}

export function ReasonsChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    // Horizontal bars: the reasons' names stay readable on a narrow card or a phone.
    const rows = [...figures.pairingsByReason].reverse();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => t(`reviews.reasonName.${r.reason}`)) },
      series: [
        {
          type: 'bar',
          name: t('dashboard.reasons'),
          data: rows.map((r) => r.count),
          itemStyle: { color: '#b71c1c' },
          label: { show: true, position: 'right' },
        },
      ],
    } as ChartOption;
  }, [figures, t]);
  const label = figures.pairingsByReason.map((r) => `${t(`reviews.reasonName.${r.reason}`)} ${r.count}`).join('; ');
  return <EChart option={option} testId="chart-reasons" label={`${t('dashboard.reasons')} ${label}`} />;
}
