import { Alert, Anchor, Button, Group, List, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatTile } from '../../components/StatTile.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { costPriceQuery, financeBase, isNoModel } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { CommittedCosts } from '../components/CommittedCosts.tsx';
import { IncomeMix } from '../components/IncomeMix.tsx';
import { SankeyFlows } from '../components/SankeyFlows.tsx';
import { StepDownOrder } from '../components/StepDownOrder.tsx';
import { Section } from '../../components/Section.tsx';
import { useSearchParam } from '../../components/useSearchParam.ts';
import { Coverage, ServicesTable } from '../components/ServicesTable.tsx';
import { money, percent } from '../format.ts';
import { localized } from '../labels.ts';
import type { Method } from '../../../modules/finance/schema.ts';

function useMethod(): [Method, (method: Method) => void] {
  const [param, setMethod] = useSearchParam('method');
  return [param === 'reciprocal' ? 'reciprocal' : 'stepdown', setMethod];
}

/** A section of the report with a link to its table as CSV. */
function CsvSection({
  title,
  url,
  table,
  children,
}: {
  title: string;
  url: string;
  table: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Section
      title={title}
      actions={
        <Anchor
          href={`${url}&table=${table}`}
          download
          size="sm"
          aria-label={t('finance.cost.csvOf', { table: title })}
        >
          CSV
        </Anchor>
      }
    >
      {children}
    </Section>
  );
}

function CostPrice({ orgId, year, href, ready, canManage }: FinanceContext) {
  const { t } = useTranslation();
  const [method, setMethod] = useMethod();
  const report = useQuery({ ...costPriceQuery(orgId, year, method), enabled: ready, retry: false });
  const exportUrl = (kind: string) => `${financeBase(orgId)}/costprice.${kind}?year=${year}&method=${method}`;
  const csvUrl = exportUrl('csv');
  const switcher = (
    <SegmentedControl
      aria-label={t('finance.cost.method')}
      value={method}
      onChange={(value) => setMethod(value as Method)}
      data={[
        { value: 'stepdown', label: t('finance.cost.stepdown') },
        { value: 'reciprocal', label: t('finance.cost.reciprocal') },
      ]}
    />
  );
  const data = report.data;
  let body: React.ReactNode;
  // No model yet, or a model without services: either way the way on is the model page.
  if (isNoModel(report.error) || data?.services.length === 0) {
    body = (
      <Empty
        title={t('finance.cost.noModelTitle')}
        text={t('finance.cost.noModel')}
        to={href('model')}
        action={t('finance.cost.toModel')}
      />
    );
  } else if (!data) {
    body = <QueryState error={report.error} inline />;
  } else {
    body = (
      <>
        {data.warnings.length > 0 && (
          <Alert color="orange" variant="light" title={t('finance.cost.warnings')}>
            <List size="sm">
              {data.warnings.map((w, i) => (
                <List.Item key={i}>{localized(w)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <StatTile label={t('finance.cost.totalCost')}>{money(data.organisation.totalCostCents)}</StatTile>
          <StatTile label={t('finance.cost.totalIncome')}>{money(data.organisation.incomeCents)}</StatTile>
          <StatTile label={t('finance.cost.orgCoverage')}>
            <Coverage value={data.organisation.coverage} size="inherit" />
          </StatTile>
          <StatTile label={t('finance.cost.government')} note={t('finance.cost.governmentFormula')}>
            {percent(data.organisation.incomeMix.governmentShare)}
          </StatTile>
        </SimpleGrid>
        <CsvSection title={t('finance.cost.servicesTitle')} url={csvUrl} table="services">
          <ServicesTable report={data} />
        </CsvSection>
        {data.method === 'stepdown' && (
          <StepDownOrder
            report={data}
            orgId={orgId}
            year={year}
            canManage={canManage}
            onReciprocal={() => setMethod('reciprocal')}
          />
        )}
        <CsvSection title={t('finance.cost.flowsTitle')} url={csvUrl} table="flows">
          <SankeyFlows report={data} />
        </CsvSection>
        <CsvSection title={t('finance.cost.mixTitle')} url={csvUrl} table="mix">
          <IncomeMix report={data} />
        </CsvSection>
      </>
    );
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        {switcher}
        {/* The exports only when there is a report to export; otherwise the body says what to do. */}
        {data && data.services.length > 0 ? (
          <Group gap="xs">
            <Button component="a" href={exportUrl('pdf')} variant="default" size="sm" target="_blank" rel="noopener">
              PDF
            </Button>
            <Button component="a" href={exportUrl('xlsx')} variant="default" size="sm" download>
              XLSX
            </Button>
          </Group>
        ) : (
          report.isFetched && (
            <Text size="sm" c="dimmed">
              {t('finance.cost.noExport')}
            </Text>
          )
        )}
      </Group>
      {body}
      <CommittedCosts orgId={orgId} year={year} />
    </Stack>
  );
}

/** `/o/:orgId/finance/costprice`: cost price per service, allocation flows, income mix and coverage. */
export const CostPricePage = financePage({ title: 'finance.cost.title', page: 'costprice' }, CostPrice);
