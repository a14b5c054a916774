import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import type { ClientSummary } from '../../../modules/clients/schema.ts';
import { clientsQuery, offerQuery } from '../api.ts';
import { ClientDialog } from '../components/ClientDialog.tsx';
import { ClientFilters } from '../components/ClientFilters.tsx';
import { clientColumn } from '../components/clientColumn.tsx';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { useMyUserId } from '../components/professionals.ts';

function Clients({ orgId, membership, href, can }: ClientsContext) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [group, setGroup] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const [adding, setAdding] = useState(false);
  const me = useMyUserId();
  const list = useQuery({
    ...clientsQuery(orgId, debounced, group, mine ? me : null),
    placeholderData: keepPreviousData,
  });
  const offer = useQuery(offerQuery(orgId));
  const groups = offer.data?.groups ?? [];
  const items = list.data?.items ?? [];
  const columns: Column<ClientSummary>[] = [
    clientColumn<ClientSummary>({ key: 'name', header: t('clients.profile.name'), href, client: (c) => c }),
    { key: 'birthYear', header: t('clients.profile.birthYear'), value: (c) => c.birthYear, align: 'left' },
    { key: 'group', header: t('clients.profile.group'), value: (c) => c.groupName },
    { key: 'professional', header: t('clients.profile.professional'), value: (c) => c.professionalName },
    {
      key: 'bp',
      header: t('clients.list.bp'),
      value: (c) =>
        [c.bValue === null ? null : `B${c.bValue}`, c.pValue === null ? null : `P${c.pValue}`]
          .filter(Boolean)
          .join(' · ') || null,
    },
  ];
  return (
    <Section
      title={t('clients.list.listTitle')}
      actions={can('clients.manage') && <Button onClick={() => setAdding(true)}>{t('clients.list.add')}</Button>}
    >
      <ClientFilters
        search={search}
        onSearch={setSearch}
        groups={groups}
        group={group}
        onGroup={setGroup}
        check={{ label: t('clients.list.mine'), checked: mine, onChange: setMine }}
      />
      {!list.data ? (
        <QueryState error={list.error} inline />
      ) : (
        <DataTable
          caption={t('clients.list.caption', { count: items.length })}
          rows={items}
          rowKey={(c) => c.id}
          columns={columns}
          minWidth={680}
          empty={debounced || group || mine ? t('clients.list.noMatch') : t('clients.list.empty')}
        />
      )}
      <ClientDialog
        orgId={orgId}
        membership={membership}
        groups={groups}
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(c) => {
          setAdding(false);
          void navigate(href(`clients/${c.id}`));
        }}
      />
    </Section>
  );
}

/** `/o/:orgId/clients`: every client, with search, group filter and "Mijn cliënten"; "Cliënt toevoegen" with clients.manage. */
export function ClientsPage() {
  return <ClientsFramePage title="clients.list.title" needs={['clients.read']} crumbs={null} body={Clients} />;
}
