import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../modules/competences/schema.ts';

const STATE_COLOUR = { expired: 'red', expiring: 'orange', valid: 'teal', no_expiry: 'gray' } as const;

/**
 * The expiry state of a certificate as a badge with its words (never colour alone). A file of its own:
 * the heat map shows it without loading the certificate forms (their date field and dialog).
 */
export function ExpiryBadge({ state }: { state: Certificate['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOUR[state]} variant="light">
      {t(`competences.expiry.${state}`)}
    </Badge>
  );
}
