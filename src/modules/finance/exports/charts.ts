/**
 * Charts of the cost-price report rendered on the server as SVG strings with Apache ECharts
 * (SSR, no DOM), for embedding in the PDF: cost vs income per unit, and the income mix.
 */
import type * as echarts from 'echarts';
import type { CostPriceView } from '../costing.ts';
import { FONT, renderSvg, wrap } from '../../../lib/exports/svg-chart.ts';
import { INCOME_TYPE_LABELS } from './labels.ts';
import { usedIncomeTypes } from './tables.ts';
import { type Lang, money, moneyFormat, percent, unitLabel } from '../../../lib/exports/format.ts';
import type { Message } from '../../../lib/messages.ts';
import { msg } from '../messages.ts';

/** Euros without cents for axis labels: `€ 1.234`. */
function axisEuros(): (v: number) => string {
  const f = moneyFormat(0);
  return (v) => f.format(v);
}

/** Up to this many services the bars stand; with more they lie down, one row per service. */
const MAX_STANDING = 4;

/** The height the cost-vs-income chart needs for the report's services. */
export function costVsIncomeHeight(view: CostPriceView): number {
  const n = view.services.filter((s) => s.costPerUnitCents !== null || s.incomePerUnitCents !== null).length;
  return n <= MAX_STANDING ? 220 : 90 + n * 46;
}

/**
 * Grouped bars per service: cost per unit next to income per unit (and the price per unit when the
 * model has one), each labelled in euros, the unit named with the service. Services without a
 * volume are left out. With more than four services the bars are horizontal.
 */
export function costVsIncomeSvg(
  view: CostPriceView,
  lang: Lang,
  width = 760,
  height = costVsIncomeHeight(view),
): string {
  const services = view.services.filter((s) => s.costPerUnitCents !== null || s.incomePerUnitCents !== null);
  const lying = services.length > MAX_STANDING;
  const categories = services.map((s) => `${wrap(s.name, lying ? 26 : 22)}\n(per ${unitLabel(s.unit, lang, '?')})`);
  const euros = (c: number | null) => (c === null ? null : c / 100);
  const label = {
    show: true,
    position: lying ? ('right' as const) : ('top' as const),
    fontSize: 9,
    color: '#1d2733',
    textBorderWidth: 0,
    formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? money(Math.round(p.value * 100), lang) : ''),
  };
  const bar = (name: Message, data: (number | null)[]): echarts.SeriesOption => ({
    type: 'bar',
    name: name[lang],
    data: lying ? [...data].reverse() : data,
    label,
    barGap: '10%',
    barMaxWidth: 46,
  });
  const series = [
    bar(
      msg('cost_per_unit'),
      services.map((s) => euros(s.costPerUnitCents)),
    ),
    bar(
      msg('income_per_unit'),
      services.map((s) => euros(s.incomePerUnitCents)),
    ),
  ];
  if (services.some((s) => s.pricePerUnitCents !== null)) {
    series.push(
      bar(
        msg('price_per_unit_model'),
        services.map((s) => euros(s.pricePerUnitCents)),
      ),
    );
  }
  const category = {
    type: 'category' as const,
    data: lying ? [...categories].reverse() : categories,
    axisLabel: { fontSize: 10, interval: 0, lineHeight: 13 },
  };
  const value = { type: 'value' as const, axisLabel: { fontSize: 10, formatter: axisEuros() } };
  return renderSvg(
    {
      title: {
        text: lang === 'nl' ? 'Kostprijs en inkomsten per eenheid' : 'Cost and income per unit',
        left: 'center',
        textStyle: { fontSize: 13, fontFamily: FONT },
      },
      legend: { bottom: 0, textStyle: { fontSize: 10 } },
      grid: lying ? { left: 170, right: 70, top: 40, bottom: 50 } : { left: 70, right: 20, top: 50, bottom: 66 },
      xAxis: lying ? value : category,
      yAxis: lying ? category : value,
      series,
    },
    width,
    height,
  );
}

/**
 * The income mix as 100% stacked horizontal bars: one per service and one for the organisation,
 * a segment per income type (labelled when large enough), the government share after each name.
 */
export function incomeMixSvg(view: CostPriceView, lang: Lang, width = 760, height = 260): string {
  const types = usedIncomeTypes(view);
  const org = { name: lang === 'nl' ? 'Organisatie' : 'Organisation', incomeMix: view.organisation.incomeMix };
  const rows = [...view.services, org].reverse();
  const gov = lang === 'nl' ? 'overheidsgeld incl. PVF' : 'government money incl. PVF';
  const categories = rows.map((r) => `${wrap(r.name, 26, 1)}\n${gov} ${percent(r.incomeMix.governmentShare, lang)}`);
  const series: echarts.SeriesOption[] = types.map((t) => ({
    type: 'bar',
    stack: 'mix',
    name: INCOME_TYPE_LABELS[t][lang],
    barWidth: '60%',
    data: rows.map((r) => r.incomeMix.byType[t].share ?? 0),
    label: {
      show: true,
      fontSize: 9,
      color: '#fff',
      textBorderWidth: 0,
      formatter: (p: { value: unknown }) =>
        typeof p.value === 'number' && p.value >= 0.07 ? percent(p.value, lang) : '',
    },
  }));
  return renderSvg(
    {
      title: {
        text: lang === 'nl' ? 'Inkomstenmix' : 'Income mix',
        left: 'center',
        textStyle: { fontSize: 13, fontFamily: FONT },
      },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 10 } },
      grid: { left: 150, right: 20, top: 36, bottom: 64 },
      xAxis: {
        type: 'value',
        max: 1,
        axisLabel: { fontSize: 10, formatter: (v: number) => percent(v, lang).replace(/,0(?=\s?%)/, '') },
      },
      yAxis: { type: 'category', data: categories, axisLabel: { fontSize: 10, lineHeight: 13 } },
      series,
    },
    width,
    height,
  );
}
