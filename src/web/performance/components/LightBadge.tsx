import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Light } from '../kpi-api.ts';

/** Amber is a light yellow with dark text (11:1); the theme's darkened yellow 9 would read brown. */
const COLOR = { green: 'teal', amber: 'yellow.5', red: 'red' } as const;
const ICON = { green: '✓', amber: '!', red: '✕' } as const;

/** A traffic light as colour, icon and word (never colour alone). */
export function LightBadge({
  light,
  size = 'md',
  short = false,
}: {
  light: Light | null;
  size?: 'sm' | 'md' | 'lg';
  short?: boolean;
}) {
  const { t } = useTranslation();
  if (!light)
    return (
      <Badge color="gray" variant="light" size={size} tt="none">
        {t(short ? 'performance.lightShort.none' : 'performance.light.none')}
      </Badge>
    );
  return (
    <Badge
      color={COLOR[light]}
      variant="filled"
      c={light === 'amber' ? 'dark' : undefined}
      size={size}
      leftSection={<span aria-hidden="true">{ICON[light]}</span>}
      tt="none"
      style={{ flexShrink: 0 }}
    >
      {t(short ? `performance.lightShort.${light}` : `performance.light.${light}`)}
    </Badge>
  );
}

export const LIGHT_COLOURS = { green: '#0ca678', amber: '#f59f00', red: '#e03131', none: '#adb5bd' } as const;
