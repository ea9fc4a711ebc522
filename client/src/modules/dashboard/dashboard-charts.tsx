import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../gql/graphql';
import { type ChartOption, EChart } from './echart';

type Figures = DashboardQuery['dashboard'];

const RATING_COLORS = ['#389e0d', '#95de64', '#d9d9d9', '#cf1322'];

/** Visits, follow-ups and talks per month: the trend the committee used to count by hand. */
export function ContactsTrendChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const months = figures.contactsByMonth.map((m) => m.month);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 32, right: 12, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.visits'), type: 'line', smooth: true, data: figures.contactsByMonth.map((m) => m.visits) },
        {
          name: t('dashboard.followUps'),
          type: 'line',
          smooth: true,
          data: figures.contactsByMonth.map((m) => m.followUps),
        },
        { name: t('dashboard.talks'), type: 'line', smooth: true, data: figures.contactsByMonth.map((m) => m.talks) },
      ],
    } as ChartOption;
  }, [figures, t]);
  const label = figures.contactsByMonth.map((m) => `${m.month}: ${m.visits}/${m.talks}`).join('; ');
  return <EChart option={option} testId="chart-contacts" label={`${t('dashboard.contactsTrend')} ${label}`} />;
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
          data: figures.ratings.map((r) => t(`dashboard.rating.${r.rating}`)),
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
  const label = figures.ratings.map((r) => `${t(`dashboard.rating.${r.rating}`)} ${r.count}`).join('; ');
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
      yAxis: { type: 'category', data: rows.map((r) => t(`dashboard.reason.${r.reason}`)) },
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
  const label = figures.pairingsByReason.map((r) => `${t(`dashboard.reason.${r.reason}`)} ${r.count}`).join('; ');
  return <EChart option={option} testId="chart-reasons" label={`${t('dashboard.reasons')} ${label}`} />;
}
