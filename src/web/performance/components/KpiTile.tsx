import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../format.ts';
import { Link } from 'react-router';
import type { Tile } from '../kpi-api.ts';
import { formatKpiValue, nameOf } from './kpi-format.ts';
import { LightBadge, LIGHT_COLOURS } from './LightBadge.tsx';
import { Sparkline } from './Sparkline.tsx';

/** One KPI on the cockpit: value, target, light, sparkline and flags; the name links to the KPI page. */
export function KpiTile({ tile, href, onAction }: { tile: Tile; href: string; onAction?: (tile: Tile) => void }) {
  const { t, i18n } = useTranslation();
  const name = nameOf(tile, i18n.language);
  const l = tile.latest;
  const fmt = (v: number | null | undefined) => formatKpiValue(v, tile.unit, tile.decimals);
  const first = tile.sparkline[0];
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg="white"
      component="article"
      aria-label={name}
      className="sb-kpi-tile"
      style={{ borderLeft: `6px solid ${LIGHT_COLOURS[l?.light ?? 'none']}` }}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={href} fw={600} size="sm" lineClamp={2}>
          {name}
        </Anchor>
        <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
          <Text fz={24} fw={700} lh={1.1} style={{ whiteSpace: 'nowrap' }}>
            {fmt(l?.value)}
            {l && !['percent', 'euro'].includes(tile.unit) && (
              <Text span size="sm" c="dimmed">
                {' '}
                {t(`performance.units.${tile.unit}`)}
              </Text>
            )}
          </Text>
          <LightBadge light={l?.light ?? null} size="sm" short />
        </Group>
        <Text size="xs" c="dimmed">
          {l ? t('performance.tile.period', { period: formatPeriod(l.period) }) : t('performance.tile.noValue')}
          {l?.target != null && <> · {t('performance.tile.target', { value: fmt(l.target) })}</>}
        </Text>
        {tile.sparkline.length > 1 && first && (
          <Sparkline
            points={tile.sparkline}
            label={t('performance.tile.trend', {
              count: tile.sparkline.length,
              from: fmt(first.value),
              to: fmt(l?.value),
            })}
          />
        )}
        {(tile.noteMissing || tile.redWithoutAction) && (
          <Stack gap={0}>
            {tile.noteMissing && (
              <Text size="xs" c="orange.9" fw={600}>
                <span aria-hidden="true">✎ </span>
                {t('performance.flags.noteMissing')}
              </Text>
            )}
            {tile.redWithoutAction && (
              <Text size="xs" c="red.8" fw={600}>
                <span aria-hidden="true">⚑ </span>
                {t('performance.flags.noAction')}
              </Text>
            )}
          </Stack>
        )}
        {tile.redWithoutAction && onAction && (
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            // A narrow tile (three per row at 1024 px) wraps the label instead of cutting it off.
            h="auto"
            py={2}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 } }}
            onClick={() => onAction(tile)}
            aria-label={t('performance.actions.createFor', { name })}
          >
            {t('performance.actions.create')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
