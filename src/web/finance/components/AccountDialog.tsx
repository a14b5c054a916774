import { Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { call, client, fieldErrors, queryClient } from '../../api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { financeKey } from '../api.ts';
import { incomeTypeOptions } from '../labels.ts';
import type { Account } from '../../../modules/finance/schema.ts';

/** Add an account (`account` null) or change the name and income type of one (PUT /accounts/:code). */
export function AccountDialog({ orgId, account, opened, onClose }: OrgDialogProps & { account: Account | null }) {
  const { t } = useTranslation();
  const form = useAppForm<{ code: string; name: string; incomeType: Account['incomeType'] }>({
    initialValues: { code: '', name: '', incomeType: null },
    validate: {
      code: (value) => (/^\d{1,10}$/.test(value.trim()) ? undefined : t('finance.accounts.codeRule')),
      name: (value) => required(t, value),
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is filled again each time the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues({ code: account?.code ?? '', name: account?.name ?? '', incomeType: account?.incomeType ?? null });
    form.resetDirty();
    form.clearErrors();
  }, [opened, account]);
  const revenue = form.values.code.trim().startsWith('7');
  const save = useMutation({
    mutationFn: ({ code, name, incomeType }: typeof form.values) =>
      call(
        client.PUT('/orgs/{orgId}/finance/accounts/{code}', {
          params: { path: { orgId, code: code.trim() } },
          body: { name: name.trim(), incomeType: code.trim().startsWith('7') ? incomeType : null },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: financeKey(orgId) });
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const title = account ? t('finance.accounts.editTitle', { code: account.code }) : t('finance.accounts.add');
  return (
    <FormDialog opened={opened} onClose={onClose} title={title} form={form} save={save} gap="md">
      <TextInput
        label={t('finance.accounts.code')}
        {...form.getInputProps('code')}
        readOnly={account !== null}
        inputMode="numeric"
        required
      />
      <TextInput
        label={t('finance.accounts.name')}
        {...form.getInputProps('name')}
        required
        data-autofocus={account ? true : undefined}
      />
      {revenue && (
        <Select
          label={t('finance.accounts.incomeType')}
          data={incomeTypeOptions(t)}
          {...form.getInputProps('incomeType')}
          clearable
        />
      )}
    </FormDialog>
  );
}
