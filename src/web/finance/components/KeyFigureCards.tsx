import { SimpleGrid, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { localized } from '../labels.ts';
import type { KeyFigure } from '../../../modules/finance/schema.ts';

function valueText(
  t: (key: string, options?: Record<string, unknown>) => string,
  figure: KeyFigure,
): { value: string; unit: string } {
  if (figure.value === null) return { value: '—', unit: '' };
  switch (figure.unit) {
    case 'percent':
      return { value: formatNumber(figure.value, 1), unit: '%' };
    case 'days':
      return { value: formatNumber(figure.value, 0), unit: t('finance.kf.days') };
    case 'cents':
      return { value: formatMoneyCents(figure.value), unit: 'EUR' };
    default:
      return { value: formatNumber(figure.value, 2), unit: t('finance.kf.ratio') };
  }
}

/** The key figures of one period: value, unit and formula (as small text and in a tooltip). */
export function KeyFigureCards({ figures }: { figures: KeyFigure[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md">
      {figures.map((figure) => {
        const { value, unit } = valueText(t, figure);
        // The server names figures that can be read two ways (subsidies only vs with PVF …).
        const name = figure.name
          ? localized(figure.name)
          : t(`finance.kf.${figure.code}`, { defaultValue: figure.code });
        const formula = localized(figure.formula);
        return (
          <Paper key={figure.code} withBorder radius="md" p="md" bg="white" role="group" aria-label={name}>
            <Text size="sm" c="dimmed" fw={500}>
              {name}
            </Text>
            <Tooltip label={formula} multiline w={260} withArrow>
              <Text fz={26} fw={700} tabIndex={0} aria-describedby={`kf-${figure.code}`}>
                {figure.unit === 'cents' ? value : `${value}${unit ? ` ${unit}` : ''}`}
              </Text>
            </Tooltip>
            <Text size="xs" c="dimmed" id={`kf-${figure.code}`}>
              {t('finance.kf.formula')}: {formula}
            </Text>
            {figure.missing && (
              <Text size="xs" c="orange.9" mt={4}>
                {localized(figure.missing)}
              </Text>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
