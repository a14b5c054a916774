import { Badge, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAYROLL_FIELDS } from '../../../modules/people/logic/payroll-fields.ts';
import type { PayrollPreview } from '../../../modules/people/schema-import.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatNumber, formatPeriod } from '../../format.ts';
import { localized } from '../../finance/labels.ts';

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
  const unknown = new Set(preview.unknownHeaders);
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
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('people.payroll.columns')}
        </Title>
        {preview.unknownHeaders.length > 0 && <Text size="sm">{t('people.payroll.columnsHelp')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {preview.headers.map((header) => (
            <Select
              key={header}
              label={
                <Group gap={6} component="span">
                  <span>{t('people.payroll.columnLabel', { header })}</span>
                  {unknown.has(header) && (
                    <Badge size="xs" color="orange">
                      {t('people.payroll.unknown')}
                    </Badge>
                  )}
                </Group>
              }
              aria-label={t('people.payroll.columnLabel', { header })}
              data={options}
              value={mapping[header] ?? preview.mapping[header] ?? 'ignore'}
              onChange={(value) => value && onMapping(header, value)}
              allowDeselect={false}
              readOnly={!editable}
            />
          ))}
        </SimpleGrid>
      </Stack>
      {preview.errorCount > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4" c="red.8">
            {t('people.payroll.errorsTitle', { count: preview.errorCount })}
          </Title>
          <DataTable
            caption={t('people.payroll.errorsCaption')}
            rows={preview.errors.map((error, index) => ({ ...error, index }))}
            rowKey={(error) => String(error.index)}
            columns={[
              { key: 'line', header: t('people.payroll.line'), value: (error) => error.line || null },
              { key: 'column', header: t('people.payroll.column'), value: (error) => error.column },
              { key: 'reason', header: t('people.payroll.reason'), value: (error) => localized(error) },
            ]}
            minWidth={520}
            maxHeight={400}
          />
          {preview.errorCount > preview.errors.length && (
            <Text size="sm">
              {t('people.payroll.moreErrors', { count: preview.errorCount - preview.errors.length })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
