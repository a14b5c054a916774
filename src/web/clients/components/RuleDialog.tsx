import { Group, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { refreshAndClose, useAppForm, useFillOnOpen } from '../../components/useAppForm.ts';
import { at, refreshClients } from '../api.ts';
import type { Rule } from '../../../modules/clients/schema.ts';
import { DateField } from './DateField.tsx';
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
  const form = useAppForm<{ validFrom: string; validTo: string; texts: string[] }>({
    initialValues: { validFrom: '', validTo: '', texts: [] },
    validate: { validFrom: (value) => (value ? undefined : t('clients.form.required')) },
  });
  const parsed = fields.map((f, i) => fromInput(f.kind, form.values.texts[i] ?? ''));
  const bad = parsed.map((v) => v === null);
  const save = useMutation({
    mutationFn: ({ validFrom, validTo }: typeof form.values) => {
      const data = unflatten(rule!.data, parsed) as Record<string, unknown>;
      const body = { validFrom, validTo: validTo || null, data };
      return mode === 'edit'
        ? call(api.PUT('/orgs/{orgId}/rules/{ruleId}', { ...at(orgId, { ruleId: rule!.id }), body }))
        : call(api.POST('/orgs/{orgId}/rules', { ...at(orgId), body: { ...body, table: rule!.table } }));
    },
    onSuccess: refreshAndClose(() => refreshClients(orgId), onClose),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  useFillOnOpen(
    form,
    save,
    () =>
      rule && {
        texts: flatten(rule.data).map(toInput),
        validFrom: mode === 'edit' ? rule.validFrom : '',
        validTo: mode === 'edit' ? (rule.validTo ?? '') : '',
      },
    [rule, mode],
  );
  const tableName = rule ? t(`clients.rules.tables.${rule.table}`) : '';
  return (
    <FormDialog
      opened={rule !== null}
      onClose={onClose}
      size="xl"
      title={
        mode === 'edit'
          ? t('clients.rules.editTitle', { table: tableName })
          : t('clients.rules.addTitle', { table: tableName })
      }
      gap="sm"
      form={form}
      save={{ ...save, mutate: (values) => !bad.some(Boolean) && save.mutate(values) }}
    >
      <Group grow>
        <DateField label={t('clients.rules.validFrom')} {...form.getInputProps('validFrom')} required />
        <DateField label={t('clients.rules.validTo')} {...form.getInputProps('validTo')} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: fields.length > 8 ? 4 : 2 }}>
        {fields.map((f, i) => (
          <TextInput
            key={f.path.join('.')}
            label={label(f.path)}
            {...form.getInputProps(`texts.${i}`)}
            inputMode={f.kind === 'text' ? undefined : 'decimal'}
            error={bad[i] ? t('clients.rules.badValue') : undefined}
          />
        ))}
      </SimpleGrid>
    </FormDialog>
  );
}
