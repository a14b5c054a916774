/** The boordtabel cards of directie and staf: cost coverage, budget use, the waiting list and the dates to come. */
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatPercent, formatPeriod } from '../format.ts';
import type { HomeAnswer } from './api.ts';
import { CardList, HomeCard } from './HomeCard.tsx';

type Section<K extends keyof HomeAnswer> = NonNullable<HomeAnswer[K]>;

export function CoverageCard({ orgId, coverage }: { orgId: string; coverage: Section<'coverage'> }) {
  const { t } = useTranslation();
  const base = `/o/${orgId}/finance`;
  if (coverage.state === 'no_ledger')
    return (
      <HomeCard
        title={t('boordtabel.coverage.title')}
        period={t('boordtabel.coverage.noLedger')}
        to={`${base}/ledger`}
      />
    );
  if (coverage.state === 'no_model')
    return (
      <HomeCard
        title={t('boordtabel.coverage.title')}
        period={t('boordtabel.coverage.noModel', { year: coverage.year })}
        to={`${base}/model?year=${coverage.year}`}
      />
    );
  const share = (value: number | null) => (value === null ? '—' : formatPercent(value, { fraction: true }));
  const low = (value: number | null) => value !== null && value < 1;
  return (
    <HomeCard
      title={t('boordtabel.coverage.title')}
      period={t('boordtabel.coverage.period', { year: coverage.year })}
      to={`${base}/costprice?year=${coverage.year}&method=stepdown`}
    >
      <Group justify="space-between">
        <Text fw={600}>{t('boordtabel.coverage.overall')}</Text>
        <Text fw={700} size="lg" c={low(coverage.coverage) ? 'red.8' : undefined}>
          {share(coverage.coverage)}
        </Text>
      </Group>
      <CardList>
        {coverage.services.map((s) => (
          <Group key={s.code} component="li" justify="space-between">
            <Text size="sm">{s.name}</Text>
            <Text size="sm" fw={600} c={low(s.coverage) ? 'red.8' : undefined}>
              {share(s.coverage)}
            </Text>
          </Group>
        ))}
      </CardList>
    </HomeCard>
  );
}

export function BudgetsCard({ orgId, budgets }: { orgId: string; budgets: Section<'budgets'> }) {
  const { t } = useTranslation();
  return (
    <HomeCard
      title={t('boordtabel.budgets.title')}
      period={t('boordtabel.budgets.period', { year: budgets.year, date: formatDate(budgets.asOf) })}
      to={`/o/${orgId}/clients/consumption`}
      tone={budgets.runningOut.length > 0 ? 'attention' : undefined}
    >
      <Text size="sm">
        {budgets.usedPercent === null
          ? t('boordtabel.budgets.noAgreements')
          : t('boordtabel.budgets.used', { percent: formatPercent(budgets.usedPercent), count: budgets.clients })}
      </Text>
      {budgets.runningOutCount + budgets.underUseCount === 0 ? (
        <Text size="sm">{t('boordtabel.budgets.none')}</Text>
      ) : (
        <>
          <ClientList
            orgId={orgId}
            title={t('boordtabel.budgets.runningOutCount', { count: budgets.runningOutCount })}
            total={budgets.runningOutCount}
            lines={budgets.runningOut}
            note={(l) => t('boordtabel.budgets.runsOutOn', { date: formatDate(l.runOutDate!) })}
          />
          <ClientList
            orgId={orgId}
            title={t('boordtabel.budgets.underUseCount', { count: budgets.underUseCount })}
            total={budgets.underUseCount}
            lines={budgets.underUse}
            note={(l) => t('boordtabel.budgets.usedShare', { percent: formatPercent(l.underUsePercent!) })}
          />
        </>
      )}
    </HomeCard>
  );
}

/**
 * A titled short list of clients, each a link to the client with a note (when the budget runs out,
 * how much is used), and how many more of the `total` the page behind the card has.
 */
function ClientList<Line extends { clientId: string; clientName: string }>(props: {
  orgId: string;
  title: string;
  total: number;
  lines: readonly Line[];
  note: (line: Line) => string;
}) {
  const { t } = useTranslation();
  const more = props.total - props.lines.length;
  return (
    <div>
      <Text size="sm" fw={700} mb={4}>
        {props.title}
      </Text>
      <CardList>
        {props.lines.map((l) => (
          <Group key={l.clientId} component="li" gap="xs">
            <Anchor component={Link} to={`/o/${props.orgId}/clients/${l.clientId}`} size="sm" fw={600}>
              {l.clientName}
            </Anchor>
            <Text size="sm">{props.note(l)}</Text>
          </Group>
        ))}
      </CardList>
      {more > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('boordtabel.more', { count: more })}
        </Text>
      )}
    </div>
  );
}

export function WaitingCard({ orgId, waiting, today }: { orgId: string; waiting: Section<'waiting'>; today: string }) {
  const { t } = useTranslation();
  return (
    <HomeCard
      title={t('boordtabel.waiting.title')}
      period={t('boordtabel.waiting.period', { date: formatDate(today) })}
      to={`/o/${orgId}/clients/waiting-list`}
    >
      <CardList>
        {waiting.groups.map((g) => (
          <Group key={g.group} component="li" justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm">{t('boordtabel.waiting.group', { group: g.group })}</Text>
              {g.longestDays !== null && (
                <Text size="xs" c="dimmed">
                  {t('boordtabel.waiting.longest', { days: g.longestDays })}
                </Text>
              )}
            </div>
            <Text fw={600}>{g.count}</Text>
          </Group>
        ))}
        <Group component="li" justify="space-between">
          <Text size="sm" fw={600}>
            {t('boordtabel.waiting.total')}
          </Text>
          <Text fw={700}>{waiting.total}</Text>
        </Group>
      </CardList>
    </HomeCard>
  );
}

/** One line of "what comes up": its day, what happens, and where to act on it. */
interface AgendaLine {
  key: string;
  date: string;
  text: string;
  to: string;
}

/**
 * What comes up in the next 60 days: the clients' dates (IDO renewals, funding ends, start deadlines,
 * statements) and, for directie and staf, social-economy warnings and handbook reviews, by date.
 */
export function AgendaCard({
  orgId,
  agenda,
  more = [],
}: {
  orgId: string;
  agenda?: Section<'agenda'>;
  more?: Section<'moreDates'>;
}) {
  const { t } = useTranslation();
  const horizon = agenda?.horizonDays ?? 60;
  const target = (d: Section<'agenda'>['dates'][number]) =>
    d.kind === 'statement'
      ? `/o/${orgId}/clients/statements`
      : d.kind === 'start_deadline'
        ? `/o/${orgId}/clients/waiting-list`
        : `/o/${orgId}/clients/${d.clientId}`;
  const lines: AgendaLine[] = [
    ...(agenda?.dates ?? []).map((d) => ({
      key: `${d.kind}-${d.clientId}-${d.date}`,
      date: d.date,
      text:
        d.kind === 'statement'
          ? t('boordtabel.agenda.statement', { month: formatPeriod(d.month!) })
          : `${t(`boordtabel.agenda.${d.kind}`)}: ${d.clientName}`,
      to: target(d),
    })),
    ...more.map((d) => ({
      key: `${d.kind}-${d.id}-${d.date}`,
      date: d.date,
      text: t(`boordtabel.agenda.${d.kind}`, {
        name: d.name,
        phase: d.phase ? t(`se.phase.${d.phase}`).toLocaleLowerCase() : '',
      }),
      to: d.kind === 'handbook_review' ? `/o/${orgId}/handbook/${d.id}` : `/o/${orgId}/social-economy/workers/${d.id}`,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <HomeCard title={t('boordtabel.agenda.title')} period={t('boordtabel.agenda.period', { days: horizon })}>
      {lines.length === 0 ? (
        <Text size="sm">{t('boordtabel.agenda.none', { days: horizon })}</Text>
      ) : (
        <CardList>
          {lines.map((d) => (
            <Group key={d.key} component="li" gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d.date)}
              </Text>
              <Anchor component={Link} to={d.to} size="sm">
                {d.text}
              </Anchor>
            </Group>
          ))}
        </CardList>
      )}
    </HomeCard>
  );
}
