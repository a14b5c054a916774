import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client, queryClient } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { accountsQuery, financeKey } from '../api.ts';
import { AccountDialog } from '../components/AccountDialog.tsx';
import { AccountsImport } from '../components/AccountsImport.tsx';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { Section } from '../../components/Section.tsx';
import { incomeTypeLabel } from '../labels.ts';
import type { Account } from '../../../modules/finance/schema.ts';

const LIMIT = 400;

function Accounts({ orgId, canManage }: FinanceContext) {
  const { t } = useTranslation();
  const accounts = useQuery(accountsQuery(orgId));
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('all');
  const [editing, setEditing] = useState<Account | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Account | null>(null);
  const remove = useMutation({
    mutationFn: (account: Account) =>
      call(client.DELETE('/orgs/{orgId}/finance/accounts/{code}', { params: { path: { orgId, code: account.code } } })),
    onSuccess: async (_, account) => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
      notifications.show({ color: 'teal', message: t('finance.accounts.removed', { code: account.code }) });
    },
  });
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (accounts.data?.items ?? []).filter(
      (a) =>
        (kind === 'all' || a.kind === kind) &&
        (!needle || a.code.startsWith(needle) || a.name.toLowerCase().includes(needle)),
    );
  }, [accounts.data, filter, kind]);
  const columns: Column<Account>[] = [
    {
      key: 'code',
      header: t('finance.accounts.code'),
      value: (account) => account.code,
      render: (account) => (
        <Text span ff="monospace" inherit>
          {account.code}
        </Text>
      ),
    },
    { key: 'name', header: t('finance.accounts.name'), value: (account) => account.name },
    {
      key: 'incomeType',
      header: t('finance.accounts.incomeType'),
      value: (account) => (account.kind === 'revenue' ? incomeTypeLabel(t, account.incomeType) : ''),
      empty: '',
    },
    {
      key: 'kind',
      header: t('finance.accounts.kind'),
      value: (account) => t(`finance.accounts.kinds.${account.kind}`),
    },
  ];
  const actions: Column<Account> = {
    key: 'actions',
    header: t('finance.accounts.actions'),
    render: (account) => (
      <Group gap={4} wrap="nowrap">
        <RowButton label={t('finance.accounts.editOf', { code: account.code })} onClick={() => setEditing(account)}>
          {t('finance.accounts.edit')}
        </RowButton>
        <RowButton
          label={t('finance.accounts.removeOf', { code: account.code })}
          onClick={() => setRemoving(account)}
          color="red"
        >
          {t('finance.accounts.remove')}
        </RowButton>
      </Group>
    ),
  };
  const kinds = ['all', 'cost', 'revenue', 'balance'].map((value) => ({
    value,
    label: t(`finance.accounts.kinds.${value}`),
  }));
  return (
    <Stack gap="lg">
      {canManage && (
        <Section title={t('finance.accounts.importTitle')}>
          <AccountsImport orgId={orgId} />
        </Section>
      )}
      <Section
        title={t('finance.accounts.listTitle')}
        actions={canManage && <Button onClick={() => setAdding(true)}>{t('finance.accounts.add')}</Button>}
      >
        <Group align="end">
          <TextInput
            label={t('finance.accounts.filter')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={280}
          />
          <Select
            label={t('finance.accounts.kind')}
            data={kinds}
            value={kind}
            onChange={(v) => setKind(v ?? 'all')}
            allowDeselect={false}
            w={200}
          />
        </Group>
        {!accounts.data ? (
          <QueryState error={accounts.error} inline />
        ) : (
          <DataTable
            caption={t('finance.accounts.caption', { count: rows.length })}
            rows={rows.slice(0, LIMIT)}
            rowKey={(account) => account.code}
            columns={canManage ? [...columns, actions] : columns}
            minWidth={720}
          />
        )}
        {rows.length > LIMIT && <Text size="sm">{t('finance.accounts.refine', { count: rows.length - LIMIT })}</Text>}
      </Section>
      <AccountDialog
        orgId={orgId}
        account={editing}
        opened={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('finance.accounts.removeTitle')}
      >
        <Stack>
          <Text>{t('finance.accounts.removeText', { code: removing?.code ?? '', name: removing?.name ?? '' })}</Text>
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setRemoving(null);
                remove.reset();
              }}
            >
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => removing && remove.mutate(removing)}>
              {t('finance.accounts.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** `/o/:orgId/finance/accounts`: the chart of accounts; editable with `finance.manage`. */
export const AccountsPage = financePage(
  { title: 'finance.accounts.title', page: 'accounts', showYear: false },
  Accounts,
);
