// One echarts canvas as a React element. Only the parts used are registered (bar, line, grid, tooltip, legend,
// canvas renderer): the full echarts bundle is several times larger, and this chunk loads only on this screen.
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
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The app's font and blues, so the charts look like the rest of the screen (and print the Chinese correctly). */
export const CHART_FONT =
  "'Microsoft YaHei', '微软雅黑', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', sans-serif";
export const CHART_COLOURS = ['#2660aa', '#5b9bd5', '#9cc3e6', '#c0504d', '#70ad47', '#ed7d31'];

type EChartProps = {
  option: ChartOption;
  /** Accessible description of what the chart shows (a canvas says nothing to a screen reader). */
  label: string;
  height: number;
  onItemClick?: (dataIndex: number) => void;
};

export function EChart({ option, label, height, onItemClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickRef.current?.(event.dataIndex));
    // the shell's content area changes width with the window; the canvas does not follow by itself
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: CHART_COLOURS, textStyle: { fontFamily: CHART_FONT }, ...option }, true);
  }, [option]);

  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} />;
}
