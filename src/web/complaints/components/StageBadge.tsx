import { Badge, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummary } from '../../../modules/complaints/schema.ts';

/** A badge in a narrow table cell keeps its whole text. */
const FULL = { minWidth: 'max-content' };
const COLOURS = { received: 'gray', acknowledged: 'blue', answered: 'teal' } as const;

/** Where a complaint stands, and a red badge when a deadline passed while it was still open. */
export function StageBadge({ complaint }: { complaint: Pick<ComplaintSummary, 'stage' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={COLOURS[complaint.stage]} variant="light" style={FULL}>
        {t(`complaints.stage.${complaint.stage}`)}
      </Badge>
      {complaint.overdue && (
        <Badge color="red" variant="light" style={FULL}>
          {t(`complaints.overdue.${complaint.overdue}`)}
        </Badge>
      )}
    </Stack>
  );
}
