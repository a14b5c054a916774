import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintSummary } from '../../../modules/complaints/schema.ts';

const COLOURS = { received: 'gray', acknowledged: 'blue', answered: 'teal' } as const;

/** Where a complaint stands, and a red badge when a deadline passed while it was still open. */
export function StageBadge({ complaint }: { complaint: Pick<ComplaintSummary, 'stage' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLOURS[complaint.stage]} variant="light">
        {t(`complaints.stage.${complaint.stage}`)}
      </Badge>
      {complaint.overdue && (
        <Badge color="red" variant="light">
          {t(`complaints.overdue.${complaint.overdue}`)}
        </Badge>
      )}
    </Group>
  );
}
