import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import type { BudgetStart } from '../../../modules/clients/schema.ts';

const COLORS = { ok: 'teal', near: 'yellow', passed: 'red' } as const;

/** Budgets made available but not started: the 4-month deadline, warned ahead, and the dated fall-back to PG3. */
export function BudgetStartsSection({ href, starts }: { href: (path: string) => string; starts: BudgetStart[] }) {
  const { t } = useTranslation();
  const state = (b: BudgetStart) =>
    b.fellBack
      ? t('clients.waiting.startsPassed', { date: formatDate(b.fallbackOn) })
      : t(b.status === 'near' ? 'clients.waiting.startsNear' : 'clients.waiting.startsOk', { days: b.daysLeft });
  return (
    <Section title={t('clients.waiting.startsTitle')}>
      <Text size="sm">{t('clients.waiting.startsHelp')}</Text>
      {starts.length === 0 ? (
        <Text>{t('clients.waiting.startsNone')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={6}>
            <Table.Caption>{t('clients.waiting.startsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clients.waiting.startsClient')}</Table.Th>
                <Table.Th scope="col">{t('clients.waiting.startsCategory')}</Table.Th>
                <Table.Th scope="col">{t('clients.waiting.startsMadeAvailable')}</Table.Th>
                <Table.Th scope="col">{t('clients.waiting.startsDeadline')}</Table.Th>
                <Table.Th scope="col">{t('clients.waiting.startsState')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {starts.map((b) => (
                <Table.Tr key={b.fundingId}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={href(`clients/${b.clientId}`)}>
                      {b.clientName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{b.category ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(b.madeAvailableOn)}</Table.Td>
                  <Table.Td>{formatDate(b.deadline)}</Table.Td>
                  <Table.Td>
                    <Badge color={COLORS[b.status]} variant={b.status === 'ok' ? 'light' : 'filled'}>
                      {state(b)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
