import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import type { Action, ActionStatus, KpiRef } from '../plan-api.ts';

const STATUS_COLOURS: Record<ActionStatus, string> = {
  plan: 'blue',
  do: 'violet',
  check: 'orange',
  act: 'teal',
  done: 'gray',
};

/** The PDCA step of an action as a badge with its explanation as a tooltip text. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    // In sentence case and never cut to "PL…": a table column or a tile gives it the width of its word.
    <Badge
      color={STATUS_COLOURS[status]}
      variant="light"
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
      title={t(`plan.statusHelp.${status}`)}
    >
      {t(`plan.statuses.${status}`)}
    </Badge>
  );
}

/** The due date, with "te laat" in words (not only in red) when the action is overdue. */
export function DueDate({ action }: { action: Pick<Action, 'dueDate' | 'overdue'> }) {
  const { t } = useTranslation();
  if (!action.dueDate)
    return (
      <Text span size="sm" c="dimmed">
        {t('plan.actions.noDue')}
      </Text>
    );
  return (
    <Text span size="sm" c={action.overdue ? 'red.8' : undefined} fw={action.overdue ? 700 : undefined}>
      {formatDate(action.dueDate)}
      {action.overdue && ` · ${t('plan.actions.overdue')}`}
    </Text>
  );
}

export const kpiName = (k: Pick<KpiRef, 'nameNl' | 'nameEn'>) =>
  currentLocale() === 'en' && k.nameEn ? k.nameEn : k.nameNl;

/** Links to the KPI pages of the given KPIs. */
export function KpiLinks({ orgId, kpis }: { orgId: string; kpis: KpiRef[] }) {
  return (
    <Group gap={6}>
      {kpis.map((k) => (
        <Anchor key={k.id} component={Link} to={`/o/${orgId}/kpis/${k.id}`} size="sm" title={kpiName(k)}>
          {k.code}
        </Anchor>
      ))}
    </Group>
  );
}
