import { Button, Group, Modal, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { at, refreshClients } from '../api.ts';
import type { Rule } from '../../../modules/clients/schema.ts';
import { flatten, fromInput, toInput, unflatten } from './ruleFields.ts';
import { useFieldLabel } from './RuleTableView.tsx';

/** Change a period of a rule table (`mode: 'edit'`) or add a new period starting from it (`'add'`). */
export function RuleDialog({
  orgId,
  rule,
  mode,
  onClose,
}: {
  orgId: string;
  rule: Rule | null;
  mode: 'edit' | 'add';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const fields = rule ? flatten(rule.data) : [];
  const [texts, setTexts] = useState<string[]>([]);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  useEffect(() => {
    if (!rule) return;
    setTexts(flatten(rule.data).map(toInput));
    setValidFrom(mode === 'edit' ? rule.validFrom : '');
    setValidTo(mode === 'edit' ? (rule.validTo ?? '') : '');
  }, [rule, mode]);
  const parsed = fields.map((f, i) => fromInput(f.kind, texts[i] ?? ''));
  const bad = parsed.map((v) => v === null);
  const save = useMutation({
    mutationFn: () => {
      const data = unflatten(rule!.data, parsed) as Record<string, unknown>;
      const body = { validFrom, validTo: validTo || null, data };
      return mode === 'edit'
        ? call(api.PUT('/orgs/{orgId}/rules/{ruleId}', { ...at(orgId, { ruleId: rule!.id }), body }))
        : call(api.POST('/orgs/{orgId}/rules', { ...at(orgId), body: { ...body, table: rule!.table } }));
    },
    onSuccess: async () => {
      await refreshClients(orgId);
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const tableName = rule ? t(`clients.rules.tables.${rule.table}`) : '';
  return (
    <Modal
      opened={rule !== null}
      onClose={() => {
        save.reset();
        onClose();
      }}
      size="xl"
      title={
        mode === 'edit'
          ? t('clients.rules.editTitle', { table: tableName })
          : t('clients.rules.addTitle', { table: tableName })
      }
    >
      <Form onSubmit={() => !bad.some(Boolean) && save.mutate()} gap="sm">
        <Group grow>
          <TextInput
            type="date"
            label={t('clients.rules.validFrom')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
            required
          />
          <TextInput
            type="date"
            label={t('clients.rules.validTo')}
            value={validTo}
            onChange={(e) => setValidTo(e.currentTarget.value)}
            error={errors.validTo}
          />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: fields.length > 8 ? 4 : 2 }}>
          {fields.map((f, i) => (
            <TextInput
              key={f.path.join('.')}
              label={label(f.path)}
              value={texts[i] ?? ''}
              inputMode={f.kind === 'text' ? undefined : 'decimal'}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setTexts((old) => old.map((x, j) => (j === i ? v : x)));
              }}
              error={bad[i] ? t('clients.rules.badValue') : undefined}
            />
          ))}
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              save.reset();
              onClose();
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Form>
    </Modal>
  );
}
