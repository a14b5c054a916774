import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import type { Breakdown, Figures } from '../../../modules/surveys/schema.ts';
import { textIn } from '../texts.ts';

type Group = Breakdown['groups'][number];

/** A figure of a group: what it is, how to read it from the group's figures, and its decimals. */
interface GroupFigure {
  key: string;
  header: string;
  pick: (figures: Figures) => number | null | undefined;
  decimals: number;
}

/**
 * The survey's figures per group of one breakdown question. A group under the minimum number of
 * responses shows its count only: "too few" stands where its figures would be.
 */
export function BreakdownTable({ breakdown, survey }: { breakdown: Breakdown; survey: Figures | null | undefined }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  // The survey's own model decides which columns there are (SERVQUAL gap, Herzberg group means).
  const groupFigures: GroupFigure[] = [
    { key: 'satisfaction', header: t('surveys.results.satisfaction'), pick: (f) => f.satisfaction, decimals: 1 },
    { key: 'nps', header: t('surveys.results.nps'), pick: (f) => f.nps?.score, decimals: 1 },
    ...(survey?.servqual
      ? [{ key: 'gap', header: t('surveys.results.gap'), pick: (f: Figures) => f.servqual?.overall ?? 0, decimals: 2 }]
      : []),
    ...(survey?.herzberg
      ? [
          {
            key: 'motivators',
            header: t('surveys.results.motivators'),
            pick: (f: Figures) => f.herzberg?.motivators ?? 0,
            decimals: 2,
          },
          {
            key: 'hygiene',
            header: t('surveys.results.hygieneFactors'),
            pick: (f: Figures) => f.herzberg?.hygiene ?? 0,
            decimals: 2,
          },
        ]
      : []),
  ];
  const figuresOf = (g: Group) => (g.shown ? g.figures : null);
  const columns: Column<Group>[] = [
    { key: 'group', header: t('surveys.results.groupName'), value: (g) => textIn(g.label, lang), rowHeader: true },
    { key: 'responses', header: t('surveys.results.responses'), value: (g) => g.responses, format: 'integer' },
    ...groupFigures.map(
      ({ key, header, pick, decimals }, index): Column<Group> => ({
        key,
        header,
        align: 'right',
        value: (g) => {
          const figures = figuresOf(g);
          return figures ? pick(figures) : null;
        },
        render: (g) => {
          const figures = figuresOf(g);
          if (!figures) {
            return index === 0 ? (
              <Text span size="sm" c="dimmed">
                {t('surveys.results.tooFew')}
              </Text>
            ) : null;
          }
          const value = pick(figures);
          return value === null || value === undefined ? '—' : formatNumber(value, decimals);
        },
      }),
    ),
  ];
  return (
    <DataTable
      caption={t('surveys.results.breakdownCaption')}
      rows={breakdown.groups}
      rowKey={(g) => String(g.option)}
      columns={columns}
      minWidth={480}
    />
  );
}
