import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SMART_PARTS } from '../../../modules/performance/logic/smart.ts';
import { formatDate } from '../../format.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import type { Objective, StrategyMap } from '../plan-api.ts';

/** One line: "SMART" when every part is recorded, else "Ontbreekt: meetbaar, tijdsgebonden". */
export function smartSummary(t: (key: string, o?: Record<string, unknown>) => string, o: Objective): string {
  if (o.smart.passed) return t('plan.strategy.smart.passed');
  return t('plan.strategy.smart.missing', {
    parts: o.smart.missing.map((p) => t(`plan.strategy.smart.parts.${p}`)).join(', '),
  });
}

/** The SMART check of the selected objective: each part, and what it still needs (nothing is guessed). */
export function SmartCheck({ objective: o }: { objective: Objective }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap="xs" mb={4}>
        <Text fw={600} size="sm">
          {t('plan.strategy.smart.title')}
        </Text>
        <Badge color={o.smart.passed ? 'teal' : 'orange'} variant="light" tt="none">
          {smartSummary(t, o)}
        </Badge>
      </Group>
      <List size="sm" spacing={2} aria-label={t('plan.strategy.smart.title')}>
        {SMART_PARTS.map((p) => (
          <List.Item key={p}>
            <b>{t(`plan.strategy.smart.parts.${p}`)}</b>:{' '}
            {o.smart.parts[p]
              ? t('plan.strategy.smart.ok')
              : t('plan.strategy.smart.needs', { what: t(`plan.strategy.smart.why.${p}`) })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt={4}>
        {t('plan.strategy.owner')}: {o.owner?.name ?? t('plan.strategy.noOwner')}
        {o.dueDate && ` · ${t('plan.strategy.dueDate')} ${formatDate(o.dueDate)}`}
        {o.actions.length > 0 && ` · ${t('plan.strategy.actions')}: ${o.actions.map((a) => a.title).join(', ')}`}
        {o.resources && ` · ${t('plan.strategy.resources')}: ${o.resources}`}
      </Text>
    </div>
  );
}

type Change = StrategyMap['history'][number];

/** Who changed the mission, vision or values, when, and the text before and after. */
export function StatementHistory({ map }: { map: StrategyMap }) {
  const { t } = useTranslation();
  const fieldName = (f: Change['field']) => t(`plan.strategy.${f}`);
  const columns: Column<Change>[] = [
    { key: 'when', header: t('plan.strategy.history.when'), value: (h) => h.changedAt, format: 'dateTime' },
    {
      key: 'who',
      header: t('plan.strategy.history.who'),
      value: (h) => h.changedBy ?? t('plan.strategy.history.unknown'),
    },
    { key: 'field', header: t('plan.strategy.history.field'), value: (h) => fieldName(h.field), rowHeader: true },
    { key: 'before', header: t('plan.strategy.history.before'), value: (h) => h.before || null },
    { key: 'after', header: t('plan.strategy.history.after'), value: (h) => h.after || null },
  ];
  return (
    <DataTable
      caption={t('plan.strategy.history.caption')}
      rows={map.history}
      rowKey={(h) => h.id}
      columns={columns}
      empty={t('plan.strategy.history.empty')}
      minWidth={800}
    />
  );
}
