import { Badge, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
      <PreviewErrors preview={preview} texts="people.payroll" order={2} />
    </Stack>
  );
}
