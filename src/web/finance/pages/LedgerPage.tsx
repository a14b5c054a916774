import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { importsQuery } from '../api.ts';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { LedgerCompare } from '../components/LedgerCompare.tsx';
import { LedgerUpload } from '../components/LedgerUpload.tsx';
import { Section } from '../../components/Section.tsx';
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
  const columns: Column<LedgerImport>[] = [
    { key: 'year', header: t('finance.year'), value: (item) => item.year, format: 'text' },
    {
      key: 'version',
      header: t('finance.ledger.version'),
      value: (item) => item.version,
      nowrap: true,
      align: 'left',
      render: (item) => (
        <>
          {item.version}{' '}
          {item.current && (
            <Text span size="xs" fw={700} c="teal.8">
              ({t('finance.ledger.current')})
            </Text>
          )}
        </>
      ),
    },
    { key: 'file', header: t('finance.ledger.fileName'), value: (item) => item.fileName },
    { key: 'lines', header: t('finance.ledger.linesShort'), value: (item) => item.lines, format: 'integer' },
    { key: 'debit', header: t('finance.ledger.debit'), value: (item) => item.debitCents, format: 'moneyCents' },
    { key: 'credit', header: t('finance.ledger.credit'), value: (item) => item.creditCents, format: 'moneyCents' },
    { key: 'date', header: t('finance.ledger.date'), value: (item) => item.importedAt, format: 'dateTime' },
    { key: 'by', header: t('finance.ledger.by'), value: (item) => item.importedBy },
    {
      key: 'compare',
      header: t('finance.ledger.compare'),
      render: (item) =>
        item.current &&
        versionsOf(items, item.year) && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setCompareYear(item.year)}
            aria-label={t('finance.ledger.compareOf', { year: item.year })}
          >
            {t('finance.ledger.compare')}
          </Button>
        ),
    },
  ];
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
          <DataTable
            caption={t('finance.ledger.importsCaption')}
            rows={items}
            rowKey={(item) => item.id}
            columns={columns}
            empty={null}
            minWidth={960}
          />
        )}
      </Section>
    </Stack>
  );
}

/** `/o/:orgId/finance/ledger`: imports per year, upload with preview and mapping, version comparison. */
export const LedgerPage = financePage({ title: 'finance.ledger.title', page: 'ledger', showYear: false }, Ledger);
