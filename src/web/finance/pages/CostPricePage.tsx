import { Alert, Anchor, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { costPriceQuery, financeBase, financeKey, FinanceApiError, isNoModel, modelQuery } from '../api.ts';
import { Empty } from '../components/Empty.tsx';
import { type FinanceContext, FinanceFrame } from '../components/FinanceFrame.tsx';
import { IncomeMix } from '../components/IncomeMix.tsx';
import { SankeyFlows } from '../components/SankeyFlows.tsx';
import { Section } from '../../components/Section.tsx';
import { Coverage, ServicesTable } from '../components/ServicesTable.tsx';
import { money, percent } from '../format.ts';
import { localized } from '../labels.ts';
import type { CostModelDoc, Method } from '../types.ts';

function useMethod(): [Method, (method: Method) => void] {
  const [params, setParams] = useSearchParams();
  const method: Method = params.get('method') === 'reciprocal' ? 'reciprocal' : 'stepdown';
  const set = (next: Method) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('method', next);
      return copy;
    }, { replace: true });
  return [method, set];
}

function CsvLink({ url, table, label }: { url: string; table: string; label: string }) {
  return (
    <Anchor href={`${url}&table=${table}`} download size="sm" aria-label={label}>
      CSV
    </Anchor>
  );
}

function Circular({ error, href, onReciprocal, orgId, year, canManage }: {
  error: FinanceApiError;
  href: (page: string) => string;
  onReciprocal: () => void;
  orgId: string;
  year: number;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const model = useQuery(modelQuery(orgId, year));
  const nameOf = (code: string) => model.data?.centres.find((c) => c.code === code)?.name ?? code;
  const inner = (error.details.details ?? {}) as Record<string, unknown>;
  const suggested = inner.suggestedOrder ?? error.details.suggestedOrder;
  const order = Array.isArray(suggested) ? (suggested as string[]) : [];
  // Saves the suggested order in the model; the report then reloads with it.
  const applyOrder = useMutation({
    mutationFn: async () => {
      const doc = await queryClient.fetchQuery(modelQuery(orgId, year));
      return api<CostModelDoc>('PUT', `${financeBase(orgId)}/model?year=${year}`, { ...doc, stepOrder: order });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(modelQuery(orgId, year).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: [...financeKey(orgId), 'costprice'] });
    },
  });
  return (
    <Alert color="orange" variant="light" title={t('finance.cost.circularTitle')}>
      <Stack gap="sm">
        <Text>{error.message}</Text>
        {order.length > 0 && (
          <>
            <Text>{t('finance.cost.suggestedOrder')}</Text>
            <List type="ordered">{order.map((code) => <List.Item key={code}>{nameOf(code)} ({code})</List.Item>)}</List>
          </>
        )}
        <Text>{t('finance.cost.circularAdvice')}</Text>
        <Group>
          <Button onClick={onReciprocal}>{t('finance.cost.useReciprocal')}</Button>
          {canManage && order.length > 0 && (
            <Button variant="light" onClick={() => applyOrder.mutate()} loading={applyOrder.isPending}>{t('finance.cost.useOrder')}</Button>
          )}
          <Button component={Link} to={href('model')} variant="default">{t('finance.cost.toModel')}</Button>
        </Group>
        <ErrorAlert error={applyOrder.error} />
      </Stack>
    </Alert>
  );
}

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="white" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={22} fw={700}>{children}</Text>
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
  if (report.error instanceof FinanceApiError && report.error.code === 'circular_allocation') {
    body = (
      <Circular error={report.error} href={href} onReciprocal={() => setMethod('reciprocal')} orgId={orgId} year={year} canManage={canManage} />
    );
  } else if (isNoModel(report.error)) {
    body = <Empty title={t('finance.cost.noModelTitle')} text={t('finance.cost.noModel')} to={href('model')} action={t('finance.cost.toModel')} />;
  } else if (!data) {
    body = <QueryState error={report.error} inline />;
  } else if (data.services.length === 0) {
    body = <Empty title={t('finance.cost.noModelTitle')} text={t('finance.cost.noModel')} to={href('model')} action={t('finance.cost.toModel')} />;
  } else {
    body = (
      <>
        {data.warnings.length > 0 && (
          <Alert color="orange" variant="light" title={t('finance.cost.warnings')}>
            <List size="sm">
              {data.warnings.map((w, i) => <List.Item key={i}>{localized(w)}</List.Item>)}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Stat label={t('finance.cost.totalCost')}>{money(data.organisation.costCents)}</Stat>
          <Stat label={t('finance.cost.totalIncome')}>{money(data.organisation.incomeCents)}</Stat>
          <Stat label={t('finance.cost.orgCoverage')}><Coverage value={data.organisation.coverage} size="inherit" /></Stat>
          <Stat label={t('finance.cost.government')}>{percent(data.organisation.mix?.governmentShare)}</Stat>
        </SimpleGrid>
        <Section title={t('finance.cost.servicesTitle')} actions={<CsvLink url={exportUrl('csv')} table="services" label={t('finance.cost.csvOf', { table: t('finance.cost.servicesTitle') })} />}>
          <ServicesTable report={data} />
        </Section>
        <Section title={t('finance.cost.flowsTitle')} actions={<CsvLink url={exportUrl('csv')} table="flows" label={t('finance.cost.csvOf', { table: t('finance.cost.flowsTitle') })} />}>
          <SankeyFlows report={data} />
        </Section>
        <Section title={t('finance.cost.mixTitle')} actions={<CsvLink url={exportUrl('csv')} table="mix" label={t('finance.cost.csvOf', { table: t('finance.cost.mixTitle') })} />}>
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
          <Button component="a" href={exportUrl('pdf')} variant="default" size="sm" target="_blank" rel="noopener">PDF</Button>
          <Button component="a" href={exportUrl('xlsx')} variant="default" size="sm" download>XLSX</Button>
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
