/**
 * A small ECharts wrapper: init on a div, setOption when the option changes, resize with the
 * container, dispose on unmount. Only the chart types the pages use are registered, so the
 * bundle stays small. The chart is an image with a label; its data is always in a table beside it.
 */
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

echarts.use([
  BarChart,
  LineChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({ option, label, height = 320 }: { option: ChartOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Formatters read the interface language when called (src/web/chartFormat.ts): draw again when it changes.
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    if (language) chart.current?.setOption(option, { notMerge: true });
  }, [option, language]);

  // ECharts writes its own attributes on the element it draws in: the label sits on a wrapper.
  return (
    <div role="img" aria-label={label} data-chart>
      <div ref={ref} style={{ width: '100%', height }} />
    </div>
  );
}
