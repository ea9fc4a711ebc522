import { useEffect, useRef } from 'react';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts and components the dashboard draws are bundled.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: ChartOption;
  height?: number;
  testId?: string;
  /** Spoken by screen readers: the chart's figures in words. */
  label: string;
}

/** A chart that follows its container's width (phones included) and is disposed with the component. */
export function EChart({ option, height = 280, testId, label }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // No 2D canvas (e.g. a test DOM): the figures stay available in the label and tables.
    if (!document.createElement('canvas').getContext?.('2d')) return;
    let instance: echarts.ECharts;
    try {
      instance = echarts.init(el, undefined, { renderer: 'canvas' });
    } catch {
      // No canvas (e.g. a test DOM): the figures stay available in the label and tables.
      return;
    }
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
