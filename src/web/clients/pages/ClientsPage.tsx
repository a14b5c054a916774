import { Anchor, Button, Checkbox, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { clientsQuery, offerQuery } from '../api.ts';
import { ClientDialog } from '../components/ClientDialog.tsx';
import { ClientsFrame, type ClientsContext } from '../components/ClientsFrame.tsx';
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
  return (
    <Section
      title={t('clients.list.listTitle')}
      actions={can('clients.manage') && <Button onClick={() => setAdding(true)}>{t('clients.list.add')}</Button>}
    >
      <Group align="end">
        <TextInput
          label={t('clients.list.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <Select
          label={t('clients.list.groupFilter')}
          placeholder={t('clients.list.allGroups')}
          data={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={group}
          onChange={setGroup}
          clearable
          w={240}
        />
        <Checkbox
          label={t('clients.list.mine')}
          checked={mine}
          onChange={(e) => setMine(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {!list.data ? (
        <QueryState error={list.error} inline />
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table striped highlightOnHover verticalSpacing={6}>
            <Table.Caption>{t('clients.list.caption', { count: items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clients.profile.name')}</Table.Th>
                <Table.Th scope="col">{t('clients.profile.birthYear')}</Table.Th>
                <Table.Th scope="col">{t('clients.profile.group')}</Table.Th>
                <Table.Th scope="col">{t('clients.profile.professional')}</Table.Th>
                <Table.Th scope="col">{t('clients.list.bp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={href(`clients/${c.id}`)}>
                      {c.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{c.birthYear ?? '—'}</Table.Td>
                  <Table.Td>{c.groupName ?? '—'}</Table.Td>
                  <Table.Td>{c.professionalName ?? '—'}</Table.Td>
                  <Table.Td>
                    {[c.bValue === null ? null : `B${c.bValue}`, c.pValue === null ? null : `P${c.pValue}`]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    {debounced || group || mine ? t('clients.list.noMatch') : t('clients.list.empty')}
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
  const { t } = useTranslation();
  return (
    <ClientsFrame title={t('clients.list.title')} needs={['clients.read']} crumbs={null}>
      {(c) => <Clients {...c} />}
    </ClientsFrame>
  );
}
