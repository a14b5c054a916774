import { Button, Center, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../api.ts';
import { useOrg } from '../components/context.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { auditColumns } from '../components/auditColumns.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { actionLabel } from '../components/labels.ts';
import { MessagePage } from '../components/MessagePage.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { orgKey } from '../queries.ts';
import { allows } from '../session.ts';
import { PageHelp } from '../guide/PageHelp.tsx';

const PAGE_SIZE = 50;
const ALL = 'all';

/** The actions the audit log knows so far (docs/api.md). */
const ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset',
  'member.created',
  'member.role_changed',
  'member.removed',
  'member.reset_link_created',
  'member.invited',
  'member.joined',
  'member.invitation_declined',
  'member.invitation_withdrawn',
  'org.created',
  'org.updated',
];

/** Who did what and when in the organisation, newest first, with "load more" paging. */
export function AuditPage() {
  const { t } = useTranslation();
  const { membership } = useOrg();
  usePageTitle(`${t('audit.title')} – ${membership.orgName}`);
  const orgId = membership.orgId;
  const [action, setAction] = useState<string | null>(null);
  const audit = useInfiniteQuery({
    queryKey: [...orgKey(orgId), 'audit', 'log', action ?? ''],
    enabled: allows(membership, 'audit.read'),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const query = {
        limit: PAGE_SIZE,
        ...(pageParam !== null ? { before: pageParam } : {}),
        ...(action ? { action } : {}),
      };
      return call(client.GET('/orgs/{orgId}/audit', { params: { path: { orgId }, query } }));
    },
    getNextPageParam: (last) => last.nextBefore,
  });

  if (!allows(membership, 'audit.read')) return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const actionOptions = [
    { value: ALL, label: t('audit.allActions') },
    ...ACTIONS.map((code) => ({ value: code, label: actionLabel(t, code) })),
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="end">
        <Title order={1}>{t('audit.title')}</Title>
        <Select
          label={t('audit.filter')}
          data={actionOptions}
          value={action ?? ALL}
          onChange={(value) => setAction(value && value !== ALL ? value : null)}
          allowDeselect={false}
          w={280}
        />
      </Group>
      <PageHelp title={t('audit.title')} />
      {!audit.data ? (
        <QueryState error={audit.error} />
      ) : entries.length === 0 ? (
        <Text>{t('audit.empty')}</Text>
      ) : (
        <DataTable
          caption={t('audit.caption', { org: membership.orgName })}
          rows={entries}
          rowKey={(entry) => String(entry.id)}
          columns={auditColumns(t, true)}
          minWidth={860}
        />
      )}
      {audit.isFetchNextPageError && <ErrorAlert error={audit.error} />}
      {audit.data && entries.length > 0 && (
        <Center>
          {audit.hasNextPage ? (
            <Button variant="light" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
              {t('audit.loadMore')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed" role="status">
              {t('audit.end')}
            </Text>
          )}
        </Center>
      )}
    </Stack>
  );
}
