import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnMapping } from '../../components/ColumnMapping.tsx';
import { PreviewErrors } from '../../components/PreviewErrors.tsx';
import { PAYROLL_FIELDS } from '../../../modules/people/logic/payroll-fields.ts';
import type { PayrollPreview } from '../../../modules/people/schema-import.ts';
import { formatNumber, formatPeriod } from '../../format.ts';

/** What the server read in a payroll export: counts, how each column is taken (the mapping step), every error. */
export function PayrollPreviewView({
  preview,
  mapping,
  onMapping,
  editable,
}: {
  preview: PayrollPreview;
  mapping: Record<string, string>;
  onMapping: (header: string, field: string) => void;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const options = ['ignore', ...PAYROLL_FIELDS].map((value) => ({ value, label: t(`people.payroll.fields.${value}`) }));
  const period =
    preview.firstMonth && preview.lastMonth
      ? `${formatPeriod(preview.firstMonth)} – ${formatPeriod(preview.lastMonth)}`
      : '—';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Text>
          {t('people.payroll.rows')}: <b>{formatNumber(preview.rows)}</b>
        </Text>
        <Text>
          {t('people.payroll.employees')}: <b>{formatNumber(preview.employees)}</b>
        </Text>
        <Text>
          {t('people.payroll.newEmployees')}: <b>{formatNumber(preview.newEmployees)}</b>
        </Text>
        <Text>
          {t('people.payroll.period')}: <b>{period}</b>
        </Text>
      </SimpleGrid>
      {preview.remembered.length > 0 && (
        <Text size="sm">
          {t('people.payroll.remembered', { columns: preview.remembered.map((h) => `„${h}”`).join(', ') })}
        </Text>
      )}
      <ColumnMapping
        headers={preview.headers}
        unknownHeaders={preview.unknownHeaders}
        options={options}
        valueOf={(header) => mapping[header] ?? preview.mapping[header] ?? 'ignore'}
        onChange={onMapping}
        editable={editable}
        texts={{
          title: t('people.payroll.columns'),
          help: t('people.payroll.columnsHelp'),
          label: (header) => t('people.payroll.columnLabel', { header }),
          unknown: t('people.payroll.unknown'),
        }}
        order={2}
      />
      <PreviewErrors preview={preview} texts="people.payroll" order={2} />
    </Stack>
  );
}
