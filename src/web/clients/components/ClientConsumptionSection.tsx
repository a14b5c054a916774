/**
 * One client's budget on the client page: per support function the points agreed, used, remaining
 * and projected at year end with the overview's warnings, and the registrations behind each line.
 */
import { Accordion, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { thisYear } from '../../../lib/calendar.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { clientConsumptionQuery } from '../api.ts';
import { formatPoints, pointsValue } from '../format.ts';
import { ConsumptionWarnings } from './ConsumptionWarnings.tsx';
import type { z } from 'zod';
import type { clientConsumptionAnswer } from '../../../modules/clients/schema.ts';

type Line = z.infer<typeof clientConsumptionAnswer>['functions'][number];
type Registration = Line['registrations'][number];

export function ClientConsumptionSection({ orgId, clientId }: { orgId: string; clientId: string }) {
  const { t } = useTranslation();
  const data = useQuery(clientConsumptionQuery(orgId, clientId, thisYear()));
  if (!data.data) return <QueryState error={data.error} />;
  const { year, asOf, functions } = data.data;
  /** A column of points: sorted by value, shown in the Belgian format. */
  const points = (key: 'agreed' | 'used' | 'projected'): Column<Line> => ({
    key,
    header: t(`clients.consumption.${key}`),
    value: (l) => pointsValue(l[key]),
    render: (l) => formatPoints(l[key]),
    align: 'right',
  });
  const columns: Column<Line>[] = [
    { key: 'function', header: t('clients.consumption.function'), value: (l) => l.functionName, rowHeader: true },
    {
      key: 'funding',
      header: t('clients.statements.funding'),
      value: (l) => l.fundingTypes.map((f) => t(`clients.statements.fundingTypes.${f}`)).join(', '),
    },
    points('agreed'),
    points('used'),
    {
      key: 'remaining',
      header: t('clients.consumption.remaining'),
      value: (l) => pointsValue(l.remaining),
      render: (l) => (
        <Text span c={pointsValue(l.remaining) < 0 ? 'red.8' : undefined} fw={600} size="sm">
          {formatPoints(l.remaining)}
        </Text>
      ),
      align: 'right',
    },
    points('projected'),
    {
      key: 'warnings',
      header: t('clients.consumption.warnings'),
      value: (l) => l.warnings.length,
      render: (l) => <ConsumptionWarnings warnings={l.warnings} />,
    },
  ];
  const registrationColumns: Column<Registration>[] = [
    { key: 'date', header: t('clients.consumption.date'), value: (r) => r.date, format: 'date', rowHeader: true },
    { key: 'units', header: t('clients.statements.units'), value: (r) => Number(r.units), format: 'number' },
    {
      key: 'points',
      header: t('clients.statements.points'),
      value: (r) => pointsValue(r.points),
      render: (r) => formatPoints(r.points),
      align: 'right',
    },
    {
      key: 'funding',
      header: t('clients.statements.funding'),
      value: (r) => t(`clients.statements.fundingTypes.${r.fundingType}`),
    },
  ];
  return (
    <Section
      title={t('clients.consumption.clientTitle', { year })}
      intro={t('clients.consumption.clientText', { date: formatDate(asOf) })}
    >
      <DataTable
        caption={t('clients.consumption.clientCaption', { year })}
        rows={functions}
        rowKey={(l) => l.function}
        columns={columns}
        empty={t('clients.consumption.clientNone', { year })}
      />
      {functions.some((l) => l.registrations.length > 0) && (
        <Accordion variant="separated" chevronPosition="left">
          {functions
            .filter((l) => l.registrations.length > 0)
            .map((l) => (
              <Accordion.Item key={l.function} value={l.function}>
                <Accordion.Control>
                  {t('clients.consumption.behind', { name: l.functionName, count: l.registrations.length })}
                </Accordion.Control>
                <Accordion.Panel>
                  <DataTable
                    caption={t('clients.consumption.behindCaption', { name: l.functionName })}
                    rows={l.registrations}
                    rowKey={(r) => r.id}
                    columns={registrationColumns}
                    initialSort={{ key: 'date', direction: 'descending' }}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
        </Accordion>
      )}
    </Section>
  );
}
