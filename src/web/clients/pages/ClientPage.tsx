import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call, client as api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { at, clientQuery, offerQuery, refreshClients } from '../api.ts';
import { AgreementSection } from '../components/AgreementSection.tsx';
import { ClientConsumptionSection } from '../components/ClientConsumptionSection.tsx';
import { ClientDialog } from '../components/ClientDialog.tsx';
import { ClientsFrame, type ClientsContext } from '../components/ClientsFrame.tsx';
import { ClientIncomeCard, ClientSummaryCards, StartRuleAlerts } from '../components/ClientSummaryCards.tsx';
import { FundingSection } from '../components/FundingSection.tsx';
import { useProfessionalOptions } from '../components/professionals.ts';
import type { ClientDetail } from '../../../modules/clients/schema.ts';

/** Saves everything stored about the client as a JSON file (the GDPR access request). */
async function exportClient(orgId: string, client: ClientDetail) {
  const data = await call(api.GET('/orgs/{orgId}/clients/{clientId}/export', at(orgId, { clientId: client.id })));
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `client-${client.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Record({ orgId, membership, href, can, client }: ClientsContext & { client: ClientDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const offer = useQuery(offerQuery(orgId));
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const manage = can('clients.manage');
  const professionals = useProfessionalOptions(membership, client.professionalId);
  const exporting = useMutation({ mutationFn: () => exportClient(orgId, client) });
  const erase = useMutation({
    mutationFn: () => call(api.DELETE('/orgs/{orgId}/clients/{clientId}', at(orgId, { clientId: client.id }))),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('clients.erase.done', { name: client.name }) });
      await refreshClients(orgId);
      void navigate(href('clients'));
    },
  });
  return (
    <Stack gap="lg">
      <StartRuleAlerts client={client} />
      <ClientSummaryCards
        client={client}
        groups={offer.data?.groups ?? []}
        professional={professionals.find((p) => p.value === client.professionalId)?.label ?? null}
        onEdit={manage ? () => setEditing(true) : undefined}
      />
      <ClientIncomeCard client={client} />
      <FundingSection orgId={orgId} client={client} canManage={manage} />
      <AgreementSection orgId={orgId} client={client} functions={offer.data?.functions ?? []} canManage={manage} />
      <ClientConsumptionSection orgId={orgId} clientId={client.id} />
      {manage && (
        <Group>
          <Button variant="default" onClick={() => exporting.mutate()} loading={exporting.isPending}>
            {t('clients.export')}
          </Button>
          <Button color="red" variant="light" onClick={() => setErasing(true)}>
            {t('clients.erase.button')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={exporting.error} />
      <ClientDialog
        orgId={orgId}
        membership={membership}
        groups={offer.data?.groups ?? []}
        client={client}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
      <Modal opened={erasing} onClose={() => setErasing(false)} title={t('clients.erase.title')}>
        <Stack>
          <Text>{t('clients.erase.text', { name: client.name })}</Text>
          <ErrorAlert error={erase.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setErasing(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={erase.isPending} onClick={() => erase.mutate()}>
              {t('clients.erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Loaded(context: ClientsContext & { clientId: string }) {
  const client = useQuery(clientQuery(context.orgId, context.clientId));
  return client.data ? <Record {...context} client={client.data} /> : <QueryState error={client.error} />;
}

/** `/o/:orgId/clients/:clientId`: a client's record, funding with the start rule, budget and agreements. */
export function ClientPage() {
  const { t } = useTranslation();
  const { clientId = '', orgId = '' } = useParams();
  const client = useQuery(clientQuery(orgId, clientId));
  return (
    <ClientsFrame title={client.data?.name ?? t('clients.client.title')} needs={['clients.read']} crumbs={[]}>
      {(c) => <Loaded {...c} clientId={clientId} />}
    </ClientsFrame>
  );
}
