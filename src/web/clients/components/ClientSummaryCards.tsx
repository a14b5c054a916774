import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoneyCents } from '../../format.ts';
import { formatPoints, pointsValue } from '../format.ts';
import type { ClientDetail, Group as ClientGroup } from '../../../modules/clients/schema.ts';

const COLORS = { ok: 'teal', near: 'yellow', passed: 'red' } as const;

/** The 4-month start rule of every PVB, prominently: ok, near (days left) or passed (with the deadline). */
export function StartRuleAlerts({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {client.funding
        .filter((f) => f.startRule)
        .map((f) => {
          const r = f.startRule!;
          const key = r.status === 'ok' ? (r.started ? 'okStarted' : 'okOpen') : r.status;
          return (
            <Alert
              key={f.id}
              color={COLORS[r.status]}
              variant={r.status === 'ok' ? 'light' : 'filled'}
              role={r.status === 'ok' ? 'status' : 'alert'}
              title={t(`clients.startRule.title.${r.status}`)}
            >
              {t(`clients.startRule.${key}`, {
                deadline: formatDate(r.deadline),
                fallbackOn: formatDate(r.fallbackOn),
                days: Math.abs(r.daysLeft),
                category: f.category,
              })}
            </Alert>
          );
        })}
    </>
  );
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="xl" fw={700} ff="monospace" c={color} component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

/** A card of the client's page: a section named by its h2, with an optional action beside the title. */
function Card({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" bg="white" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Figures of a card as a definition list, with a note below. */
function Figures({ note, children }: { note: string; children: ReactNode }) {
  return (
    <>
      <SimpleGrid cols={3} spacing="xs" component="dl" m={0}>
        {children}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    </>
  );
}

/** What the person receives this year (cash part with its free-to-spend part, zorgbudget); nothing when there is none. */
export function ClientIncomeCard({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const i = client.income;
  if (!i || (i.cashCents === 0 && i.zorgbudgetCents === 0)) return null;
  return (
    <Card title={t('clients.income.title', { year: i.year })}>
      <Figures note={t('clients.income.note')}>
        <Figure label={t('clients.income.cash')} value={formatMoneyCents(i.cashCents)} />
        <Figure label={t('clients.income.free')} value={formatMoneyCents(i.freeToSpendCents)} />
        <Figure label={t('clients.income.zorgbudget')} value={formatMoneyCents(i.zorgbudgetCents)} />
      </Figures>
    </Card>
  );
}

/** Profile and the budget box side by side. */
export function ClientSummaryCards({
  client,
  groups,
  professional,
  onEdit,
}: {
  client: ClientDetail;
  groups: ClientGroup[];
  /** The name of the following professional, if known. */
  professional: string | null;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const b = client.budget;
  const group = groups.find((g) => g.id === client.groupId)?.name ?? '—';
  const rows: [string, string][] = [
    [t('clients.profile.birthYear'), client.birthYear ? String(client.birthYear) : '—'],
    [t('clients.profile.contactPerson'), client.contactPerson || '—'],
    [
      t('clients.profile.careNeed'),
      [client.bValue === null ? null : `B${client.bValue}`, client.pValue === null ? null : `P${client.pValue}`]
        .filter(Boolean)
        .join(' · ') || '—',
    ],
    [t('clients.profile.group'), group],
    [t('clients.profile.professional'), professional ?? '—'],
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card
        title={t('clients.profile.title')}
        action={
          onEdit && (
            <Button variant="light" size="compact-sm" onClick={onEdit}>
              {t('clients.profile.edit')}
            </Button>
          )
        }
      >
        <SimpleGrid cols={2} spacing="xs" component="dl" m={0}>
          {rows.map(([k, val]) => (
            <div key={k}>
              <Text size="sm" c="dimmed" component="dt">
                {k}
              </Text>
              <Text component="dd" m={0}>
                {val}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <Card title={t('clients.budget.title', { year: b.year })}>
        {b.voucher ? (
          <Figures note={t('clients.budget.note')}>
            <Figure label={t('clients.budget.available')} value={formatPoints(b.availableVoucherPoints)} />
            <Figure label={t('clients.budget.committed')} value={formatPoints(b.committedPoints)} />
            <Figure
              label={t('clients.budget.left')}
              value={formatPoints(b.leftPoints)}
              color={pointsValue(b.leftPoints) < 0 ? 'red' : 'teal.8'}
            />
          </Figures>
        ) : (
          <Text size="sm">{t('clients.budget.noVoucher', { points: formatPoints(b.committedPoints) })}</Text>
        )}
      </Card>
    </SimpleGrid>
  );
}
