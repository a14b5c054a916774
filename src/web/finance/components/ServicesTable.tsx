import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { coverageColor, money, percent } from '../format.ts';
import { unitLabel } from '../labels.ts';
import type { CostPriceReport } from '../../../modules/finance/schema.ts';

/** Coverage as a percentage, red below 100 %, with the words for colour-blind readers. */
export function Coverage({ value, size = 'sm' }: { value: number | null; size?: string }) {
  const { t } = useTranslation();
  if (value === null) return <>—</>;
  return (
    <Text
      component="span"
      c={coverageColor(value)}
      fw={600}
      fz={size === 'sm' ? 'sm' : 'inherit'}
      title={value < 1 ? t('finance.cost.under') : t('finance.cost.over')}
    >
      {percent(value)}
    </Text>
  );
}

/** Cost price per service; `compact` leaves out the income columns (overview). */
export function ServicesTable({ report, compact = false }: { report: CostPriceReport; compact?: boolean }) {
  const { t } = useTranslation();
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  return (
    <Table.ScrollContainer minWidth={compact ? 640 : 1100}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t('finance.cost.servicesCaption', { year: report.year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('finance.cost.service')}</Table.Th>
            <Table.Th scope="col">{t('finance.cost.unit')}</Table.Th>
            <Table.Th scope="col" style={right}>
              {t('finance.cost.volume')}
            </Table.Th>
            {!compact && (
              <Table.Th scope="col" style={right}>
                {t('finance.cost.direct')}
              </Table.Th>
            )}
            {!compact && (
              <Table.Th scope="col" style={right}>
                {t('finance.cost.indirect')}
              </Table.Th>
            )}
            <Table.Th scope="col" style={right}>
              {t('finance.cost.total')}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('finance.cost.perUnit')}
            </Table.Th>
            {!compact && (
              <Table.Th scope="col" style={right}>
                {t('finance.cost.incomePerUnit')}
              </Table.Th>
            )}
            {!compact && (
              <Table.Th scope="col" style={right}>
                {t('finance.cost.pricePerUnit')}
              </Table.Th>
            )}
            <Table.Th scope="col" style={right}>
              {t('finance.cost.coverage')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.services.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Th scope="row" fw={500}>
                {s.name}
              </Table.Th>
              <Table.Td>{unitLabel(t, s.unit)}</Table.Td>
              <Table.Td style={right}>{s.volume === null ? '—' : formatNumber(s.volume)}</Table.Td>
              {!compact && <Table.Td style={right}>{money(s.directCents)}</Table.Td>}
              {!compact && <Table.Td style={right}>{money(s.indirectCents)}</Table.Td>}
              <Table.Td style={right}>{money(s.totalCents)}</Table.Td>
              <Table.Td style={right}>{money(s.costPerUnitCents)}</Table.Td>
              {!compact && <Table.Td style={right}>{money(s.incomePerUnitCents)}</Table.Td>}
              {!compact && <Table.Td style={right}>{money(s.pricePerUnitCents)}</Table.Td>}
              <Table.Td style={right}>
                <Coverage value={s.coverage} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('finance.cost.organisation')}</Table.Th>
            <Table.Td />
            <Table.Td />
            {!compact && <Table.Td />}
            {!compact && <Table.Td />}
            <Table.Td style={right} fw={600}>
              {money(report.organisation.totalCostCents)}
            </Table.Td>
            <Table.Td />
            {!compact && <Table.Td />}
            {!compact && <Table.Td />}
            <Table.Td style={right}>
              <Coverage value={report.organisation.coverage} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
