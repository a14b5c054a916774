import { SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { thisYear } from '../../../lib/calendar.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { formatNumber, formatPercent } from '../../format.ts';
import { figuresQuery } from '../api.ts';

/** This year's complaint figures in four tiles (the same figures the KPIs compute per period). */
export function Figures({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const figures = useQuery(figuresQuery(orgId));
  if (!figures.data) return <QueryState error={figures.error} />;
  const year = thisYear();
  const f = figures.data.years.find((y) => y.year === year);
  const none = t('complaints.none');
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} aria-label={t('complaints.figures', { year })}>
      <StatTile label={t('complaints.receivedYear')}>{f?.received ?? 0}</StatTile>
      <StatTile label={t('complaints.onTimeShare')}>
        {f?.onTimeShare == null ? none : formatPercent(f.onTimeShare)}
      </StatTile>
      <StatTile label={t('complaints.foundedShare')}>
        {f?.foundedShare == null ? none : formatPercent(f.foundedShare)}
      </StatTile>
      <StatTile label={t('complaints.meanDays')}>
        {f?.meanHandlingDays == null ? none : t('complaints.days', { value: formatNumber(f.meanHandlingDays, 1) })}
      </StatTile>
    </SimpleGrid>
  );
}
