import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsumptionRow } from '../../../modules/clients/schema.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';

/** The warnings of a consumption row (budget runs out, under-use) as badges, their full text as a title. */
export function ConsumptionWarnings({ warnings }: { warnings: ConsumptionRow['warnings'] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {warnings.map((w) => (
        <Badge
          key={w.code}
          color={w.code === 'runs_out' ? 'red' : 'yellow'}
          variant="light"
          tt="none"
          title={currentLocale() === 'nl' ? w.nl : w.en}
          styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          {w.code === 'runs_out'
            ? t('clients.consumption.runsOut', { date: w.date ? formatDate(w.date) : '' })
            : t('clients.consumption.underUse', { percent: w.percent })}
        </Badge>
      ))}
    </Group>
  );
}
