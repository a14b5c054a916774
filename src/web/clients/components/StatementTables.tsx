import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { formatPointsE4 } from '../format.ts';
import type { CareLine, FundingType, Statement } from '../../../modules/clients/schema.ts';

const FUNDING: FundingType[] = ['voucher', 'cash', 'rth', 'other'];
const R = { ta: 'right' as const, ff: 'monospace' };

/** The price(s) per unit a line was valued at, one per row: "0,1000 (IDO)", with units when the price changed in the month. */
function AppliedPrices({ line }: { line: CareLine }) {
  const { t } = useTranslation();
  const prices = (line.prices ?? []).filter((p) => p.priceE4 !== null);
  if (prices.length === 0) return <>—</>;
  return (
    <>
      {prices.map((p) => (
        <div key={`${p.priceE4}-${p.source}`}>
          {formatPointsE4(p.priceE4!)}
          {p.source ? ` (${t(`clients.statements.priceSources.${p.source}`)})` : ''}
          {prices.length > 1 ? ` × ${formatNumber(p.units)}` : ''}
        </div>
      ))}
    </>
  );
}

/** Care lines (and corrections of earlier months, marked) per client and function. */
export function CareLinesTable({
  lines,
  caption,
  nameOf,
  fnName,
}: {
  lines: CareLine[];
  caption: string;
  nameOf: (id: string) => string;
  fnName: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.statements.client')}</Table.Th>
            <Table.Th scope="col">{t('clients.statements.function')}</Table.Th>
            <Table.Th scope="col">{t('clients.statements.funding')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.units')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.price')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.points')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.euro')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.orgPoints')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.orgEuro')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={`${l.month}-${l.clientId}-${l.function}-${l.funding}-${i}`}>
              <Table.Th scope="row" fw={500}>
                {nameOf(l.clientId)}{' '}
                {l.correction && (
                  <Badge color="orange" variant="light" size="sm">
                    {t('clients.statements.correctionOf', { month: l.month })}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>{fnName(l.function)}</Table.Td>
              <Table.Td>{t(`clients.statements.fundingTypes.${l.funding}`)}</Table.Td>
              <Table.Td {...R}>{formatNumber(l.units)}</Table.Td>
              <Table.Td {...R} style={{ whiteSpace: 'nowrap' }}>
                <AppliedPrices line={l} />
              </Table.Td>
              <Table.Td {...R}>{formatPointsE4(l.pointsE4)}</Table.Td>
              <Table.Td {...R}>{formatMoneyCents(l.cents)}</Table.Td>
              <Table.Td {...R}>{formatPointsE4(l.organisationE4)}</Table.Td>
              <Table.Td {...R}>{formatMoneyCents(l.organisationCents)}</Table.Td>
              <Table.Td {...R} fw={600}>
                {formatMoneyCents(l.totalCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Totals per funding type, woon- en leefkosten and the grand total. */
export function TotalsTable({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const totals = statement.totalsByFunding;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} withTableBorder>
        <Table.Caption>{t('clients.statements.totalsCaption', { month: statement.month })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.statements.funding')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.points')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.orgPoints')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FUNDING.filter((f) => totals[f]).map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row">{t(`clients.statements.fundingTypes.${f}`)}</Table.Th>
              <Table.Td {...R}>{formatPointsE4(totals[f].pointsE4)}</Table.Td>
              <Table.Td {...R}>{formatPointsE4(totals[f].organisationE4)}</Table.Td>
              <Table.Td {...R}>{formatMoneyCents(totals[f].cents)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('clients.statements.living')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td {...R}>{formatMoneyCents(statement.livingTotalCents)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('clients.statements.grandTotal')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td {...R} fw={700}>
              {formatMoneyCents(statement.totalCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Woon- en leefkosten per client. */
export function LivingTable({ statement, nameOf }: { statement: Statement; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{t('clients.statements.livingCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.statements.client')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.tariff')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.quantity')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('clients.statements.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statement.livingLines.map((l, i) => (
            <Table.Tr key={`${l.clientId}-${i}`}>
              <Table.Th scope="row" fw={500}>
                {nameOf(l.clientId)}
              </Table.Th>
              <Table.Td {...R}>
                {formatMoneyCents(l.tariffCents)} {t(`clients.agreements.livingPer.${l.per}`)}
              </Table.Td>
              <Table.Td {...R}>{formatNumber(l.quantity)}</Table.Td>
              <Table.Td {...R}>{formatMoneyCents(l.totalCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
