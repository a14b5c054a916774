import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { thisYear } from '../../../lib/calendar.ts';
import { SWOT_QUADRANTS, type SwotQuadrant } from '../../../modules/strategy/logic/quadrant.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import {
  refreshStrategy,
  strategyCalls,
  type SwotDetail,
  type SwotItem,
  swotQuery,
  swotsQuery,
  type SwotStrategy,
} from '../api.ts';
import { NewSwotDialog, SwotItemDialog, SwotStrategyDialog } from '../components/SwotDialogs.tsx';

const TONES: Record<SwotQuadrant, string> = {
  strength: 'var(--mantine-color-teal-0)',
  weakness: 'var(--mantine-color-orange-0)',
  opportunity: 'var(--mantine-color-blue-0)',
  threat: 'var(--mantine-color-red-0)',
};

/** The SWOT of a year: four quadrants with evidence and links, and the strategies it leads to. */
export function SwotPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <PageFrame
      title={t('strategic.swot.title')}
      needs={['strategy.read']}
      actions={({ can }) =>
        can('strategy.manage') && (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('strategic.swot.add')}
          </Button>
        )
      }
    >
      {(context) => <Swots context={context} adding={adding} onAdding={setAdding} />}
    </PageFrame>
  );
}

function Swots({
  context,
  adding,
  onAdding,
}: {
  context: PageContext;
  adding: boolean;
  onAdding: (a: boolean) => void;
}) {
  const { t } = useTranslation();
  const { orgId } = context;
  const list = useQuery(swotsQuery(orgId));
  const [chosen, setChosen] = useState<string | null>(null);
  if (!list.data) return <QueryState error={list.error} inline />;
  const swots = list.data.items;
  const current = swots.find((s) => s.id === chosen) ?? swots[0] ?? null;
  const nextYear = swots.length ? Math.max(...swots.map((s) => s.year)) + 1 : thisYear();
  return (
    <Stack gap="lg">
      <Text maw={820}>{t('strategic.swot.intro')}</Text>
      {swots.length > 0 && (
        <Select
          label={t('strategic.swot.year')}
          w={200}
          data={swots.map((s) => ({ value: s.id, label: String(s.year) }))}
          value={current?.id ?? null}
          onChange={(v) => setChosen(v)}
          allowDeselect={false}
        />
      )}
      {current ? <Swot context={context} swotId={current.id} /> : <Text fw={600}>{t('strategic.swot.empty')}</Text>}
      {adding && <NewSwotDialog orgId={orgId} year={nextYear} onClose={() => onAdding(false)} onSaved={setChosen} />}
    </Stack>
  );
}

function Swot({ context, swotId }: { context: PageContext; swotId: string }) {
  const { t } = useTranslation();
  const { orgId, can, href } = context;
  const swot = useQuery(swotQuery(orgId, swotId));
  const [item, setItem] = useState<{ item: SwotItem | null; quadrant: SwotQuadrant } | null>(null);
  const [strategy, setStrategy] = useState<SwotStrategy | null | undefined>(undefined);
  const [removing, setRemoving] = useState<{ kind: 'item' | 'strategy'; id: string; text: string } | null>(null);
  if (!swot.data) return <QueryState error={swot.error} inline />;
  const s: SwotDetail = swot.data;
  const manage = can('strategy.manage');
  const strategyColumns: Column<SwotStrategy>[] = [
    {
      key: 'kind',
      header: t('strategic.swot.kind'),
      value: (x) => x.kind,
      render: (x) => t(`strategic.swot.kinds.${x.kind}`),
    },
    { key: 'text', header: t('strategic.swot.strategyText'), value: (x) => x.text, rowHeader: true },
    {
      key: 'objectives',
      header: t('strategic.swot.objectives'),
      value: (x) => x.objectives.map((o) => o.title).join(', ') || null,
      render: (x) =>
        x.objectives.length
          ? x.objectives.map((o, i) => (
              <span key={o.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={href('strategy')} size="sm">
                  {o.title}
                </Anchor>
              </span>
            ))
          : t('strategic.swot.noObjectives'),
    },
    ...(manage
      ? [
          {
            key: 'edit',
            header: t('strategic.edit'),
            render: (x: SwotStrategy) => (
              <Group gap={4} wrap="nowrap">
                <RowButton label={t('strategic.editName', { name: x.text })} onClick={() => setStrategy(x)}>
                  {t('strategic.edit')}
                </RowButton>
                <RowButton
                  label={t('strategic.removeName', { name: x.text })}
                  color="red"
                  onClick={() => setRemoving({ kind: 'strategy', id: x.id, text: x.text })}
                >
                  {t('strategic.remove')}
                </RowButton>
              </Group>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="lg">
      {s.note && <Text size="sm">{s.note}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {SWOT_QUADRANTS.map((q) => (
          <Paper
            key={q}
            withBorder
            radius="md"
            p="md"
            bg={TONES[q]}
            component="section"
            aria-label={t(`strategic.swot.quadrants.${q}`)}
          >
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {t(`strategic.swot.quadrants.${q}`)}
                </Title>
                {manage && (
                  <Button size="compact-sm" variant="default" onClick={() => setItem({ item: null, quadrant: q })}>
                    {t(`strategic.swot.addTo.${q}`)}
                  </Button>
                )}
              </Group>
              {s.items.filter((i) => i.quadrant === q).length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('strategic.swot.noItems')}
                </Text>
              )}
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {s.items
                  .filter((i) => i.quadrant === q)
                  .map((i) => (
                    <li key={i.id}>
                      <Paper p="xs" radius="sm" bg="white">
                        <Group justify="space-between" align="flex-start" wrap="nowrap">
                          <div>
                            <Text fw={600} size="sm">
                              {i.text}
                            </Text>
                            {i.evidence && (
                              <Text size="sm">
                                {t('strategic.swot.evidence')}: {i.evidence}
                              </Text>
                            )}
                            {(i.kpis.length > 0 || i.surveys.length > 0) && (
                              <Text size="sm" c="dimmed">
                                {i.kpis.map((k, n) => (
                                  <span key={k.id}>
                                    {n > 0 && ', '}
                                    <Anchor component={Link} to={href(`kpis/${k.id}`)} size="sm">
                                      {k.code}
                                    </Anchor>
                                  </span>
                                ))}
                                {i.kpis.length > 0 && i.surveys.length > 0 && ' · '}
                                {i.surveys.map((x, n) => (
                                  <span key={x.id}>
                                    {n > 0 && ', '}
                                    <Anchor component={Link} to={href(`surveys/${x.id}/results`)} size="sm">
                                      {x.title}
                                    </Anchor>
                                  </span>
                                ))}
                              </Text>
                            )}
                          </div>
                          {manage && (
                            <Group gap={4} wrap="nowrap">
                              <RowButton
                                label={t('strategic.editName', { name: i.text })}
                                onClick={() => setItem({ item: i, quadrant: q })}
                              >
                                {t('strategic.edit')}
                              </RowButton>
                              <RowButton
                                label={t('strategic.removeName', { name: i.text })}
                                color="red"
                                onClick={() => setRemoving({ kind: 'item', id: i.id, text: i.text })}
                              >
                                ×
                              </RowButton>
                            </Group>
                          )}
                        </Group>
                      </Paper>
                    </li>
                  ))}
              </Stack>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Section
        title={t('strategic.swot.strategies')}
        actions={manage && <Button onClick={() => setStrategy(null)}>{t('strategic.swot.addStrategy')}</Button>}
        intro={t('strategic.swot.strategiesHelp')}
      >
        <DataTable
          caption={t('strategic.swot.strategiesCaption', { year: s.year })}
          rows={s.strategies}
          rowKey={(x) => x.id}
          columns={strategyColumns}
          empty={t('strategic.swot.noStrategies')}
        />
      </Section>
      {item && (
        <SwotItemDialog
          orgId={orgId}
          swotId={s.id}
          item={item.item}
          quadrant={item.quadrant}
          onClose={() => setItem(null)}
        />
      )}
      {strategy !== undefined && (
        <SwotStrategyDialog orgId={orgId} swotId={s.id} strategy={strategy} onClose={() => setStrategy(undefined)} />
      )}
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('strategic.remove')}
        text={t('strategic.removeConfirm', { name: removing?.text ?? '' })}
        confirm={t('strategic.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (removing?.kind === 'item') await strategyCalls.deleteItem(orgId, removing.id);
          else if (removing) await strategyCalls.deleteStrategy(orgId, removing.id);
          await refreshStrategy(orgId);
        }}
      />
    </Stack>
  );
}
