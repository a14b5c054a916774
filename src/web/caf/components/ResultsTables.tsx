/** The two tables of a round's results: the consensus score per criterion and per subcriterion, with the previous round. */
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BANDS, CRITERIA, subcriterion } from '../../../modules/caf/model.ts';
import type { Results } from '../../../modules/caf/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';

type Kind = 'enabler' | 'result';
type Delta = { previous: number | null; delta: number | null } | undefined;

export const num = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : formatNumber(v, digits);
export const signed = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 1)}`;
export const deltaColor = (v: number | null | undefined) => (!v ? undefined : v > 0 ? 'teal.8' : 'red.8');

/** The columns "score, band, previous, change" both tables share; the last two only with a previous round. */
function scoreColumns<Row extends { kind: Kind; score: number | null; band: number | null }>(
  t: TFunction,
  digits: number,
  delta: ((row: Row) => Delta) | null,
): Column<Row>[] {
  const lang = currentLocale();
  const columns: Column<Row>[] = [
    {
      key: 'score',
      header: t('caf.score.score'),
      value: (r) => r.score,
      align: 'right',
      render: (r) => (
        <Text span fw={600} inherit>
          {num(r.score, digits)}
        </Text>
      ),
    },
    {
      key: 'band',
      header: t('caf.consensus.band'),
      value: (r) => r.band,
      render: (r) => (r.band === null ? '—' : BANDS[r.kind][r.band]!.short[lang]),
    },
  ];
  if (!delta) return columns;
  return [
    ...columns,
    {
      key: 'previous',
      header: t('caf.results.prev'),
      value: (r) => delta(r)?.previous,
      align: 'right',
      render: (r) => num(delta(r)?.previous, digits),
    },
    {
      key: 'change',
      header: t('caf.results.change'),
      value: (r) => delta(r)?.delta,
      align: 'right',
      render: (r) => (
        <Text span c={deltaColor(delta(r)?.delta)} inherit>
          {signed(delta(r)?.delta)}
        </Text>
      ),
    },
  ];
}

export function CriteriaTable({ r }: { r: Results }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const cmp = r.comparison;
  type Row = Results['criteria'][number];
  const columns: Column<Row>[] = [
    {
      key: 'criterion',
      header: t('caf.results.criterion'),
      value: (c) => c.criterion,
      rowHeader: true,
      render: (c) => `${c.criterion}. ${CRITERIA[c.criterion - 1]!.short[lang]}`,
    },
    ...scoreColumns<Row>(t, 1, cmp ? (c) => cmp.criteria[c.criterion - 1] : null),
  ];
  return (
    <DataTable
      caption={t('caf.results.criteriaCaption')}
      rows={r.criteria}
      rowKey={(c) => String(c.criterion)}
      columns={columns}
      minWidth={480}
      striped
    />
  );
}

export function SubcriteriaTable({ r }: { r: Results }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const cmp = r.comparison;
  type Row = Results['subcriteria'][number];
  const byCode = new Map(cmp?.subcriteria.map((d) => [d.code, d]));
  const title = (s: Row) =>
    `${s.kind === 'result' ? `${CRITERIA[s.criterion - 1]!.short[lang]}: ` : ''}${subcriterion(s.code)!.title[lang]}`;
  const columns: Column<Row>[] = [
    { key: 'code', header: t('caf.results.code'), value: (s) => s.code, rowHeader: true },
    { key: 'title', header: t('caf.results.subcriterion'), value: title },
    ...scoreColumns<Row>(t, 0, cmp ? (s) => byCode.get(s.code) : null),
  ];
  return (
    <DataTable
      caption={t('caf.results.subCaption')}
      rows={r.subcriteria}
      rowKey={(s) => s.code}
      columns={columns}
      minWidth={640}
      striped
    />
  );
}
