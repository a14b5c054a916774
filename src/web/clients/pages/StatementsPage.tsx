import { Alert, Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { Download } from '../components/Download.tsx';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatMoneyCents } from '../../format.ts';
import { at, clientsQuery, offerQuery, orgBase, refreshClients, statementQuery } from '../api.ts';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { CareLinesTable, LivingTable, TotalsTable } from '../components/StatementTables.tsx';
import { today } from '../format.ts';

/** The month before the current one: the one usually billed. */
function lastMonth(): string {
  const [y, m] = today().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function Statements({ orgId, can }: ClientsContext) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(lastMonth);
  const [confirming, setConfirming] = useState(false);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const answer = useQuery({ ...statementQuery(orgId, month), enabled: valid });
  const clients = useQuery(clientsQuery(orgId, '', null));
  const offer = useQuery(offerQuery(orgId));
  const nameOf = (id: string) => clients.data?.items.find((c) => c.id === id)?.name ?? id;
  const fnName = (code: string) => offer.data?.functions.find((f) => f.code === code)?.name ?? code;
  const issue = useMutation({
    mutationFn: () => call(api.POST('/orgs/{orgId}/statements', { ...at(orgId), body: { month } })),
    onSuccess: async () => {
      setConfirming(false);
      notifications.show({ color: 'teal', message: t('clients.statements.issuedDone', { month }) });
      await refreshClients(orgId);
    },
  });
  const s = answer.data?.statement;
  return (
    <Stack gap="lg">
      <Group align="end">
        <TextInput
          type="month"
          label={t('clients.statements.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          w={200}
        />
        {answer.data &&
          (answer.data.issued ? (
            <Badge color="teal" size="lg" mb={6}>
              {t('clients.statements.issued')}
            </Badge>
          ) : (
            <Badge color="gray" size="lg" mb={6}>
              {t('clients.statements.draft')}
            </Badge>
          ))}
        {answer.data?.issued &&
          answer.data.id &&
          (['pdf', 'csv'] as const).map((format) => (
            <Download
              key={format}
              href={`${orgBase(orgId)}/statements/${answer.data!.id}/${format}`}
              label={format.toUpperCase()}
              name={t('clients.statements.download', { format: format.toUpperCase(), month })}
            />
          ))}
        {answer.data && !answer.data.issued && can('clients.manage') && (
          <Button onClick={() => setConfirming(true)}>{t('clients.statements.issue')}</Button>
        )}
      </Group>
      {!s ? (
        <QueryState error={answer.error} inline />
      ) : (
        <>
          <Text size="sm">{t('clients.statements.pointValue', { euro: formatMoneyCents(s.centsPerPoint) })}</Text>
          {answer.data?.issued && (
            <Alert color="teal" variant="light">
              {t('clients.statements.immutable')}
            </Alert>
          )}
          <Section title={t('clients.statements.totalsTitle')}>
            <TotalsTable statement={s} />
          </Section>
          <Section title={t('clients.statements.linesTitle')} intro={t('clients.statements.priceNote')}>
            {s.careLines.length === 0 ? (
              <Text>{t('clients.statements.noLines')}</Text>
            ) : (
              <CareLinesTable
                lines={s.careLines}
                caption={t('clients.statements.linesCaption', { month: s.month })}
                nameOf={nameOf}
                fnName={fnName}
              />
            )}
          </Section>
          {s.corrections.length > 0 && (
            <Section title={t('clients.statements.correctionsTitle')}>
              <CareLinesTable
                lines={s.corrections.map((l) => ({ ...l, correction: true }))}
                caption={t('clients.statements.correctionsCaption')}
                nameOf={nameOf}
                fnName={fnName}
              />
            </Section>
          )}
          {s.livingLines.length > 0 && (
            <Section title={t('clients.statements.livingTitle')}>
              <LivingTable statement={s} nameOf={nameOf} />
            </Section>
          )}
        </>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('clients.statements.confirmTitle', { month })}
      >
        <Stack>
          <Text>{t('clients.statements.confirmText', { month, total: s ? formatMoneyCents(s.totalCents) : '' })}</Text>
          <ErrorAlert error={issue.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={issue.isPending} onClick={() => issue.mutate()}>
              {t('clients.statements.issueConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** `/o/:orgId/clients/statements`: the draft or issued statement of a month; issuing makes it immutable. */
export function StatementsPage() {
  return <ClientsFramePage title="clients.statements.title" needs={['clients.income']} body={Statements} />;
}
