import { Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client, fieldErrors, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { financeKey } from '../api.ts';
import { incomeTypeOptions } from '../labels.ts';
import type { Account } from '../../../modules/finance/schema.ts';

/** Add an account (`account` null) or change the name and income type of one (PUT /accounts/:code). */
export function AccountDialog({
  orgId,
  account,
  opened,
  onClose,
}: {
  orgId: string;
  account: Account | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [incomeType, setIncomeType] = useState<Account['incomeType']>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!opened) return;
    setCode(account?.code ?? '');
    setName(account?.name ?? '');
    setIncomeType(account?.incomeType ?? null);
    setErrors({});
  }, [opened, account]);
  const save = useMutation({
    mutationFn: () =>
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
    onError: (error) => setErrors(fieldErrors(error)),
  });
  const submit = () => {
    const found: Record<string, string> = {};
    if (!/^\d{1,10}$/.test(code.trim())) found.code = t('finance.accounts.codeRule');
    if (!name.trim()) found.name = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t('finance.accounts.editTitle', { code: account.code }) : t('finance.accounts.add')}
    >
      <Form onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <TextInput
          label={t('finance.accounts.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          readOnly={account !== null}
          error={errors.code}
          inputMode="numeric"
          required
        />
        <TextInput
          label={t('finance.accounts.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus={account ? true : undefined}
        />
        {code.trim().startsWith('7') && (
          <Select
            label={t('finance.accounts.incomeType')}
            data={incomeTypeOptions(t)}
            value={incomeType}
            onChange={(value) => setIncomeType(value as Account['incomeType'])}
            error={errors.incomeType}
            clearable
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
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
