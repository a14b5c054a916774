import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Choose a level 1-4; each option shows the observable behaviour of that level (from the catalogue),
 * so the one who assesses compares behaviour, not numbers.
 */
export function LevelPicker({
  label,
  levels,
  value,
  onChange,
  error,
}: {
  label: string;
  levels: readonly string[];
  value: number | null;
  onChange: (level: number) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value ? String(value) : ''} onChange={(v) => onChange(Number(v))} error={error}>
      <Stack gap="sm" mt="xs">
        {levels.map((behaviour, i) => (
          <Radio
            key={`${i + 1}`}
            value={String(i + 1)}
            label={t('competences.level', { level: i + 1 })}
            description={
              <Text span size="sm">
                {behaviour}
              </Text>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
