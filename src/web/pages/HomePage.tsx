import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../modules/orgs/schema.ts';
import { ROLES } from '../../modules/orgs/policy.ts';
import { formatKbo } from '../../modules/orgs/logic.ts';
import { useOrg } from '../components/context.ts';
import { auditColumns } from '../components/auditColumns.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { languageLabel, orgTypeLabel, roleLabel } from '../components/labels.ts';
import { usePageTitle } from '../components/usePageTitle.ts';
import { formatLongDate, formatNumber, monthName } from '../format.ts';
import { Boordtabel } from '../home/Boordtabel.tsx';
import { homeQuery } from '../home/api.ts';
import { currentLocale } from '../i18n.ts';
import { allows } from '../session.ts';
import { auditQuery, membersQuery, orgQuery } from '../queries.ts';
import { PageHelp } from '../guide/PageHelp.tsx';

function OrgCard({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('home.name'), org.name],
    [t('home.type'), orgTypeLabel(org.type, currentLocale())],
    [t('home.kbo'), org.kbo ? formatKbo(org.kbo) : t('common.none')],
    [t('home.fiscalYear'), monthName(org.fiscalYearStartMonth)],
    [t('home.language'), languageLabel(t, org.language)],
  ];
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="home-org">
      <Title order={2} size="h4" id="home-org" mb="sm">
        {t('home.orgCard')}
      </Title>
      <Stack gap={6} component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="xs" wrap="nowrap" align="baseline">
            <Text component="dt" size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function MembersPerRole({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const members = useQuery(membersQuery(orgId));
  if (!members.data) return <QueryState inline error={members.error} />;
  const counts = ROLES.map((role) => [role, members.data.items.filter((m) => m.role === role).length] as const);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="home-members">
      <Title order={2} size="h4" id="home-members" mb="sm">
        {t('home.membersPerRole')}
      </Title>
      <Stack gap={6}>
        {counts
          .filter(([, count]) => count > 0)
          .map(([role, count]) => (
            <Group key={role} justify="space-between">
              <Text size="sm">{roleLabel(t, role)}</Text>
              <Badge variant="light">{formatNumber(count)}</Badge>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}

function RecentAudit({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const audit = useQuery(auditQuery(orgId, 10));
  if (!audit.data) return <QueryState inline error={audit.error} />;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="home-audit">
      <Title order={2} size="h4" id="home-audit" mb="sm">
        {t('home.recentAudit')}
      </Title>
      {audit.data.items.length === 0 ? (
        <Text size="sm">{t('home.noAudit')}</Text>
      ) : (
        <DataTable
          caption={t('home.recentAudit')}
          rows={audit.data.items}
          rowKey={(entry) => String(entry.id)}
          columns={auditColumns(t, false)}
          minWidth={480}
        />
      )}
    </Card>
  );
}

/**
 * Home, the boordtabel: the helicopter view of the member's role (see src/modules/home), each figure
 * linking to its page. The organisation's details, its users and recent activity are the beheerder's.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { session, membership } = useOrg();
  usePageTitle(`${t('home.title')} – ${membership.orgName}`);
  const home = useQuery(homeQuery(membership.orgId));
  const admin = allows(membership, 'org.update');
  const org = useQuery({ ...orgQuery(membership.orgId), enabled: admin });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.welcome', { name: session.user.name })}</Title>
        <Text c="dimmed">
          {t('home.role', { role: roleLabel(t, membership.role), org: membership.orgName })}
          {home.data && ` ${t('boordtabel.today', { date: formatLongDate(home.data.today) })}`}
        </Text>
        <PageHelp title="Home" />
      </div>
      {home.data ? <Boordtabel home={home.data} membership={membership} /> : <QueryState error={home.error} />}
      {admin && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {org.data ? <OrgCard org={org.data} /> : <QueryState error={org.error} />}
            {allows(membership, 'members.read') && <MembersPerRole orgId={membership.orgId} />}
          </SimpleGrid>
          {allows(membership, 'audit.read') && <RecentAudit orgId={membership.orgId} />}
        </>
      )}
    </Stack>
  );
}
