import { ActionIcon, Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './CentresEditor.tsx';
import { moveStep } from './modelDoc.ts';

/** Which key each auxiliary centre is allocated by, and the step-down order (move up/down). */
export function RulesEditor({ doc, onChange, errors, editable }: EditorProps) {
  const { t } = useTranslation();
  const aux = doc.centres.filter((c) => c.kind === 'auxiliary' && c.code);
  const nameOf = (code: string) => doc.centres.find((c) => c.code === code)?.name || code;
  const keyOptions = doc.keys
    .filter((k) => k.code)
    .map((k) => ({ value: k.code, label: k.name ? `${k.code} – ${k.name}` : k.code }));
  const setRule = (from: string, key: string | null) => {
    const rules = doc.rules.filter((r) => r.from !== from);
    onChange({ ...doc, rules: key ? [...rules, { from, key }] : rules });
  };
  const ruleError = (from: string) => {
    const index = doc.rules.findIndex((r) => r.from === from);
    return index >= 0
      ? (errors[`rules.${index}.key`] ?? errors[`rules.${index}.from`] ?? errors[`rules.${index}`])
      : undefined;
  };
  if (aux.length === 0) return <Text>{t('finance.model.noAuxiliary')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('finance.model.rules')}
        </Title>
        {aux.map((centre) => (
          <Select
            key={centre.code}
            label={t('finance.model.ruleOf', { name: nameOf(centre.code) })}
            data={keyOptions}
            value={doc.rules.find((r) => r.from === centre.code)?.key ?? null}
            onChange={(value) => setRule(centre.code, value)}
            readOnly={!editable}
            error={ruleError(centre.code)}
            placeholder={t('finance.model.chooseKey')}
          />
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4" id="step-order-title">
          {t('finance.model.stepOrder')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finance.model.stepOrderHelp')}
        </Text>
        {errors.stepOrder && (
          <Text size="sm" c="red.8" role="alert">
            {errors.stepOrder}
          </Text>
        )}
        <List type="ordered" aria-labelledby="step-order-title" spacing={4}>
          {doc.stepOrder.map((code, i) => (
            <List.Item key={code}>
              <Group gap="xs" wrap="nowrap">
                <Text span miw={160}>
                  {nameOf(code)}
                </Text>
                {editable && (
                  <>
                    <ActionIcon
                      variant="default"
                      size="sm"
                      disabled={i === 0}
                      onClick={() => onChange(moveStep(doc, i, -1))}
                      aria-label={t('finance.model.moveUp', { name: nameOf(code) })}
                    >
                      <span aria-hidden>↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="sm"
                      disabled={i === doc.stepOrder.length - 1}
                      onClick={() => onChange(moveStep(doc, i, 1))}
                      aria-label={t('finance.model.moveDown', { name: nameOf(code) })}
                    >
                      <span aria-hidden>↓</span>
                    </ActionIcon>
                  </>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </SimpleGrid>
  );
}
