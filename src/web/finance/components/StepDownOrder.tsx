import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { financeKey, modelQuery } from '../api.ts';
import { money, percent } from '../format.ts';
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
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
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
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing={4}>
                <Table.Caption>{t('finance.cost.ignoredCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('finance.cost.from')}</Table.Th>
                    <Table.Th scope="col">{t('finance.cost.to')}</Table.Th>
                    <Table.Th scope="col" style={right}>
                      {t('finance.cost.amount')}
                    </Table.Th>
                    <Table.Th scope="col" style={right}>
                      {t('finance.cost.ignoredShare')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.ignoredBackflows.map((f) => (
                    <Table.Tr key={`${f.from}-${f.to}`}>
                      <Table.Td>{nameOf(f.from)}</Table.Td>
                      <Table.Td>{nameOf(f.to)}</Table.Td>
                      <Table.Td style={right}>{money(f.amountCents)}</Table.Td>
                      <Table.Td style={right}>{percent(f.share)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
