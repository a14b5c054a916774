import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../format.ts';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { nameOf } from '../components/kpi-format.ts';
import { KpiTile } from '../components/KpiTile.tsx';
import { cockpitQuery, type Tile } from '../kpi-api.ts';
import '../components/performance-kpi.css';

const FIRST_PAINT = 8;

function Cockpit({ orgId, href, can }: PageContext) {
  const { t, i18n } = useTranslation();
  const cockpit = useQuery(cockpitQuery(orgId));
  const [actionFor, setActionFor] = useState<Tile | null>(null);
  // First paint shows the first tiles of each perspective; the rest follows right after (a fast first render with 300 KPIs).
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!cockpit.data || all) return;
    const id = setTimeout(() => startTransition(() => setAll(true)), 0);
    return () => clearTimeout(id);
  }, [cockpit.data, all]);
  if (!cockpit.data) return <QueryState error={cockpit.error} />;
  const { summary, perspectives, computedAt } = cockpit.data;
  if (summary.total === 0) {
    return (
      <Section title={t('performance.cockpit.emptyTitle')}>
        <Text>{t('performance.cockpit.empty')}</Text>
        {can('performance.manage') && (
          <Group>
            <Button component={Link} to={href('kpis')}>
              {t('performance.cockpit.toCatalogue')}
            </Button>
          </Group>
        )}
      </Section>
    );
  }
  return (
    <Stack gap="lg">
      <Text aria-live="polite">
        {t('performance.cockpit.summary', { ...summary })}
        {summary.redWithoutAction > 0 && (
          <>
            {' '}
            · <b>{t('performance.cockpit.redWithoutAction', { count: summary.redWithoutAction })}</b>
          </>
        )}
        {summary.noteMissing > 0 && <> · {t('performance.cockpit.noteMissing', { count: summary.noteMissing })}</>}
        {computedAt && (
          <Text span size="sm" c="dimmed">
            {' '}
            · {t('performance.cockpit.computedAt', { at: formatDateTime(computedAt) })}
          </Text>
        )}
      </Text>
      {perspectives
        .filter((p) => p.tiles.length > 0)
        .map((p) => (
          <Section key={p.perspective} title={t(`performance.perspectives.${p.perspective}`)}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
              {(all ? p.tiles : p.tiles.slice(0, FIRST_PAINT)).map((tile) => (
                <KpiTile
                  key={tile.id}
                  tile={tile}
                  href={href(`kpis/${tile.id}`)}
                  onAction={can('performance.manage') ? setActionFor : undefined}
                />
              ))}
            </SimpleGrid>
          </Section>
        ))}
      {actionFor && (
        <ActionDialog
          orgId={orgId}
          opened
          onClose={() => setActionFor(null)}
          initial={{
            title: t('performance.actions.defaultTitle', { name: nameOf(actionFor, i18n.language) }),
            kpiIds: [actionFor.id],
          }}
        />
      )}
    </Stack>
  );
}

/** `/o/:orgId/cockpit`: every KPI as a tile per Balanced Scorecard perspective. */
export function CockpitPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('performance.cockpit.title')}
      needs={['performance.read']}
      actions={(c) => (
        <>
          <Button variant="default" component={Link} to={c.href('board')}>
            {t('performance.board.title')}
          </Button>
          {c.can('performance.manage') && (
            <Button variant="default" component={Link} to={c.href('kpi-values')}>
              {t('performance.values.title')}
            </Button>
          )}
          <Button variant="default" component={Link} to={c.href('kpis')}>
            {t('performance.kpis.title')}
          </Button>
        </>
      )}
    >
      {(c) => <Cockpit {...c} />}
    </PageFrame>
  );
}
