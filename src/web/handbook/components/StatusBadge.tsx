import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../../../modules/handbook/schema.ts';

const COLOUR: Record<VersionStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  withdrawn: 'red',
};

/** A version's status as a coloured label. */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOUR[status]} variant="light">
      {t(`handbook.status.${status}`)}
    </Badge>
  );
}
