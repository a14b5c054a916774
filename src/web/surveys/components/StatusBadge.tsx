import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../modules/surveys/schema.ts';

const COLOURS = { draft: 'gray', open: 'teal', closed: 'blue', expired: 'orange' } as const;

export function StatusBadge({ survey }: { survey: Pick<SurveySummary, 'status' | 'expired'> }) {
  const { t } = useTranslation();
  const status = survey.expired ? 'expired' : survey.status;
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}
