import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, queryClient } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { financeKey, modelQuery } from '../api.ts';
import { percent } from '../format.ts';
import type { CostPriceReport } from '../../../modules/finance/schema.ts';

/**
 * Step-down: the order used, the textbook order suggested (with a button to use it) and the
 * back-flows that step-down ignores by definition, so the user sees why the reciprocal method
 * gives other figures.
 */
export function StepDownOrder({
  report,
  orgId,
  year,
  canManage,
  onReciprocal,
}: {
  report: CostPriceReport;
  orgId: string;
  year: number;
  canManage: boolean;
  onReciprocal: () => void;
}) {
  const { t } = useTranslation();
  const names = new Map(report.centres.map((c) => [c.code, c.name || c.code]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const list = (codes: readonly string[]) => codes.map(nameOf).join(' → ');
  const same = report.suggestedOrder.join('|') === report.stepOrder.join('|');
  const applyOrder = useMutation({
    mutationFn: async () => {
      const doc = await queryClient.fetchQuery(modelQuery(orgId, year));
      return call(
        client.PUT('/orgs/{orgId}/finance/model', {
          params: { path: { orgId }, query: { year } },
          body: { ...doc, stepOrder: report.suggestedOrder },
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(modelQuery(orgId, year).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: [...financeKey(orgId), 'costprice'] });
    },
  });
  if (report.stepOrder.length === 0) return null;
  return (
    <Alert
      color={report.ignoredBackflows.length > 0 ? 'orange' : 'blue'}
      variant="light"
      title={t('finance.cost.orderTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('finance.cost.orderUsed', { order: list(report.stepOrder) })}</Text>
        {same ? (
          <Text size="sm">{t('finance.cost.orderIsSuggested')}</Text>
        ) : (
          <Text size="sm">
            {t('finance.cost.suggestedOrder', { order: list(report.suggestedOrder) })} {t('finance.cost.suggestedWhy')}
          </Text>
        )}
        {report.mutualCentres.length > 0 && (
          <Text size="sm">{t('finance.cost.mutual', { centres: report.mutualCentres.map(nameOf).join(', ') })}</Text>
        )}
        {report.ignoredBackflows.length === 0 ? (
          <Text size="sm">{t('finance.cost.noIgnored')}</Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {t('finance.cost.ignoredTitle')}
            </Text>
            <Text size="sm">{t('finance.cost.ignoredText')}</Text>
            <DataTable
              caption={t('finance.cost.ignoredCaption')}
              rows={report.ignoredBackflows}
              rowKey={(f) => `${f.from}-${f.to}`}
              minWidth={520}
              columns={[
                { key: 'from', header: t('finance.cost.from'), value: (f) => nameOf(f.from) },
                { key: 'to', header: t('finance.cost.to'), value: (f) => nameOf(f.to) },
                { key: 'amount', header: t('finance.cost.amount'), value: (f) => f.amountCents, format: 'moneyCents' },
                {
                  key: 'share',
                  header: t('finance.cost.ignoredShare'),
                  value: (f) => f.share,
                  render: (f) => percent(f.share),
                  align: 'right',
                  nowrap: true,
                },
              ]}
            />
          </>
        )}
        <Group>
          {canManage && !same && (
            <Button variant="light" onClick={() => applyOrder.mutate()} loading={applyOrder.isPending}>
              {t('finance.cost.useOrder')}
            </Button>
          )}
          {report.ignoredBackflows.length > 0 && (
            <Button variant="default" onClick={onReciprocal}>
              {t('finance.cost.useReciprocal')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={applyOrder.error} />
      </Stack>
    </Alert>
  );
}
