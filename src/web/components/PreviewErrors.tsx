import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../finance/labels.ts';
import { DataTable } from './DataTable.tsx';

interface LineError {
  line: number;
  column: string;
  nl: string;
  en: string;
}

/**
 * The refused lines of an import preview (ledger, payroll): line, column and reason, the first ones
 * the server sends, and how many more there are. `texts` is the locale group holding `errorsTitle`,
 * `errorsCaption`, `line`, `column`, `reason` and `moreErrors` (e.g. `finance.ledger`).
 */
export function PreviewErrors(props: {
  preview: { errors: LineError[]; errorCount: number };
  texts: 'finance.ledger' | 'people.payroll';
  order?: TitleOrder;
}) {
  const { t } = useTranslation();
  const { errors, errorCount } = props.preview;
  const text = (key: string, options?: Record<string, unknown>) => t(`${props.texts}.${key}`, options);
  if (errorCount === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={props.order ?? 3} size="h4" c="red.8">
        {text('errorsTitle', { count: errorCount })}
      </Title>
      <DataTable
        caption={text('errorsCaption')}
        rows={errors.map((error, index) => ({ ...error, index }))}
        rowKey={(error) => String(error.index)}
        columns={[
          { key: 'line', header: text('line'), value: (error) => error.line || null },
          { key: 'column', header: text('column'), value: (error) => error.column },
          { key: 'reason', header: text('reason'), value: (error) => localized(error) },
        ]}
        minWidth={520}
        maxHeight={400}
      />
      {errorCount > errors.length && <Text size="sm">{text('moreErrors', { count: errorCount - errors.length })}</Text>}
    </Stack>
  );
}
