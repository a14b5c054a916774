import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CafKind } from '../../../modules/caf/model.ts';
import { bandOf } from '../../../modules/caf/logic.ts';
import { currentLocale } from '../../i18n.ts';

/**
 * A score 0-100: a slider and a number field that move together, with the CAF band of the score
 * beside it (enabler or result band). `null` is "not scored yet". `name` names both controls
 * ("Score 1.1", "Plan 2.3").
 */
export function ScoreField({
  value,
  onChange,
  kind,
  name,
  label,
  disabled = false,
  showBand = true,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
  kind: CafKind;
  name: string;
  label: string;
  disabled?: boolean;
  showBand?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const band = value === null ? null : bandOf(value, kind).band;
  return (
    <Stack gap={4}>
      <Group gap="md" align="center" wrap="nowrap">
        <NumberInput
          label={label}
          aria-label={name}
          value={value ?? ''}
          min={0}
          max={100}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          onChange={(v) => onChange(v === '' ? null : Number(v))}
          disabled={disabled}
          w={150}
        />
        <Slider
          thumbLabel={t('caf.score.slider', { name })}
          value={value ?? 0}
          onChange={onChange}
          min={0}
          max={100}
          step={1}
          disabled={disabled}
          style={{ flex: 1 }}
          mt={22}
          color={value === null ? 'gray' : 'blue'}
          label={(v) => String(v)}
          marks={[10, 30, 50, 70, 90].map((m) => ({ value: m }))}
        />
      </Group>
      {showBand && (
        <Text size="sm" c={band ? undefined : 'dimmed'} aria-live="polite">
          {band ? (
            <>
              <strong>
                {band.min}-{band.max} {band.short[lang]}
              </strong>
              : {band.text[lang]}
            </>
          ) : (
            t('caf.score.notScored')
          )}
        </Text>
      )}
    </Stack>
  );
}
