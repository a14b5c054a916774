import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime, formatNumber } from '../../format.ts';
import { importsQuery } from '../api.ts';
import { type FinanceContext, FinanceFrame } from '../components/FinanceFrame.tsx';
import { LedgerCompare } from '../components/LedgerCompare.tsx';
import { LedgerUpload } from '../components/LedgerUpload.tsx';
import { Section } from '../../components/Section.tsx';
import { money } from '../format.ts';
import type { LedgerImport } from '../../../modules/finance/schema.ts';
import { thisYear as brusselsYear } from '../../../lib/calendar.ts';

/** The current version of a year and the one before it, when there is one. */
function versionsOf(items: LedgerImport[], year: number): { current: LedgerImport; previous: LedgerImport } | null {
  const ofYear = items.filter((i) => i.year === year).sort((a, b) => b.version - a.version);
  const current = ofYear.find((i) => i.current) ?? ofYear[0];
  const previous = ofYear.find((i) => i !== current && i.version < (current?.version ?? 0));
  return current && previous ? { current, previous } : null;
}

function Ledger({ orgId, year, canManage, ready }: FinanceContext) {
  const { t } = useTranslation();
  const imports = useQuery(importsQuery(orgId));
  const [compareYear, setCompareYear] = useState<number | null>(null);
  const items = imports.data?.items ?? [];
  const pair = compareYear === null ? null : versionsOf(items, compareYear);
  const thisYear = brusselsYear();
  // Next year down to six years back (accounts are kept seven years), plus every imported year.
  const recent = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const years = [...new Set([...recent, year, ...items.map((i) => i.year)])].sort((a, b) => b - a);
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  return (
    <Stack gap="lg">
      {canManage && ready && (
        <Section title={t('finance.ledger.uploadTitle')}>
          <Text size="sm">{t('finance.ledger.uploadHelp')}</Text>
          <LedgerUpload
            orgId={orgId}
            defaultYear={year}
            years={years}
            onImported={(imported) => setCompareYear(imported.year)}
          />
        </Section>
      )}
      {pair && (
        <Section title={t('finance.ledger.compareTitle', { year: pair.current.year })}>
          <LedgerCompare orgId={orgId} current={pair.current} previous={pair.previous} />
        </Section>
      )}
      <Section title={t('finance.ledger.importsTitle')}>
        {!imports.data ? (
          <QueryState error={imports.error} inline />
        ) : items.length === 0 ? (
          <Text>{t('finance.ledger.noImports')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('finance.ledger.importsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finance.year')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.version')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.fileName')}</Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.ledger.linesShort')}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.ledger.debit')}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.ledger.credit')}
                  </Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.date')}</Table.Th>
                  <Table.Th scope="col">{t('finance.ledger.by')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('finance.ledger.compare')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.year}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {item.version}{' '}
                      {item.current && (
                        <Text span size="xs" fw={700} c="teal.8">
                          ({t('finance.ledger.current')})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{item.fileName}</Table.Td>
                    <Table.Td style={right}>{formatNumber(item.lines)}</Table.Td>
                    <Table.Td style={right}>{money(item.debitCents)}</Table.Td>
                    <Table.Td style={right}>{money(item.creditCents)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.importedAt)}</Table.Td>
                    <Table.Td>{item.importedBy ?? '—'}</Table.Td>
                    <Table.Td>
                      {item.current && versionsOf(items, item.year) && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setCompareYear(item.year)}
                          aria-label={t('finance.ledger.compareOf', { year: item.year })}
                        >
                          {t('finance.ledger.compare')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </Stack>
  );
}

/** `/o/:orgId/finance/ledger`: imports per year, upload with preview and mapping, version comparison. */
export function LedgerPage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('finance.ledger.title')} page="ledger" showYear={false}>
      {(context) => <Ledger {...context} />}
    </FinanceFrame>
  );
}
