import { Alert, Anchor, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { costPriceQuery, financeBase, isNoModel } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { type FinanceContext, FinanceFrame } from '../components/FinanceFrame.tsx';
import { IncomeMix } from '../components/IncomeMix.tsx';
import { SankeyFlows } from '../components/SankeyFlows.tsx';
import { StepDownOrder } from '../components/StepDownOrder.tsx';
import { Section } from '../../components/Section.tsx';
import { Coverage, ServicesTable } from '../components/ServicesTable.tsx';
import { money, percent } from '../format.ts';
import { localized } from '../labels.ts';
import type { Method } from '../../../modules/finance/schema.ts';

function useMethod(): [Method, (method: Method) => void] {
  const [params, setParams] = useSearchParams();
  const method: Method = params.get('method') === 'reciprocal' ? 'reciprocal' : 'stepdown';
  const set = (next: Method) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('method', next);
        return copy;
      },
      { replace: true },
    );
  return [method, set];
}

function CsvLink({ url, table, label }: { url: string; table: string; label: string }) {
  return (
    <Anchor href={`${url}&table=${table}`} download size="sm" aria-label={label}>
      CSV
    </Anchor>
  );
}

function Stat({ label, note, children }: { label: string; note?: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="white" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700}>
        {children}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

function CostPrice({ orgId, year, href, ready, canManage }: FinanceContext) {
  const { t } = useTranslation();
  const [method, setMethod] = useMethod();
  const report = useQuery({ ...costPriceQuery(orgId, year, method), enabled: ready, retry: false });
  const exportUrl = (kind: string) => `${financeBase(orgId)}/costprice.${kind}?year=${year}&method=${method}`;
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
  if (isNoModel(report.error)) {
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
  } else if (data.services.length === 0) {
    body = (
      <Empty
        title={t('finance.cost.noModelTitle')}
        text={t('finance.cost.noModel')}
        to={href('model')}
        action={t('finance.cost.toModel')}
      />
    );
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
          <Stat label={t('finance.cost.totalCost')}>{money(data.organisation.totalCostCents)}</Stat>
          <Stat label={t('finance.cost.totalIncome')}>{money(data.organisation.incomeCents)}</Stat>
          <Stat label={t('finance.cost.orgCoverage')}>
            <Coverage value={data.organisation.coverage} size="inherit" />
          </Stat>
          <Stat label={t('finance.cost.government')} note={t('finance.cost.governmentFormula')}>
            {percent(data.organisation.incomeMix.governmentShare)}
          </Stat>
        </SimpleGrid>
        <Section
          title={t('finance.cost.servicesTitle')}
          actions={
            <CsvLink
              url={exportUrl('csv')}
              table="services"
              label={t('finance.cost.csvOf', { table: t('finance.cost.servicesTitle') })}
            />
          }
        >
          <ServicesTable report={data} />
        </Section>
        {data.method === 'stepdown' && (
          <StepDownOrder
            report={data}
            orgId={orgId}
            year={year}
            canManage={canManage}
            onReciprocal={() => setMethod('reciprocal')}
          />
        )}
        <Section
          title={t('finance.cost.flowsTitle')}
          actions={
            <CsvLink
              url={exportUrl('csv')}
              table="flows"
              label={t('finance.cost.csvOf', { table: t('finance.cost.flowsTitle') })}
            />
          }
        >
          <SankeyFlows report={data} />
        </Section>
        <Section
          title={t('finance.cost.mixTitle')}
          actions={
            <CsvLink
              url={exportUrl('csv')}
              table="mix"
              label={t('finance.cost.csvOf', { table: t('finance.cost.mixTitle') })}
            />
          }
        >
          <IncomeMix report={data} />
        </Section>
      </>
    );
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        {switcher}
        <Group gap="xs">
          <Button component="a" href={exportUrl('pdf')} variant="default" size="sm" target="_blank" rel="noopener">
            PDF
          </Button>
          <Button component="a" href={exportUrl('xlsx')} variant="default" size="sm" download>
            XLSX
          </Button>
        </Group>
      </Group>
      {body}
    </Stack>
  );
}

/** `/o/:orgId/finance/costprice`: cost price per service, allocation flows, income mix and coverage. */
export function CostPricePage() {
  const { t } = useTranslation();
  return (
    <FinanceFrame title={t('finance.cost.title')} page="costprice">
      {(context) => <CostPrice {...context} />}
    </FinanceFrame>
  );
}
