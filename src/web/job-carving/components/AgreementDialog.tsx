import { Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { partnersQuery, refreshSe } from '../../social-economy/api.ts';
import { jobCarvingCalls, refreshJobCarving } from '../api.ts';

type Values = { partnerId: string; startOn: string };

/**
 * Turns a saved proposal into a phase-1 cooperation agreement with a social-economy partner: the carved
 * function's tasks, hours and price per hour go into the agreement (the server does that); the user
 * picks the partner and the start date.
 */
export function AgreementDialog(props: { orgId: string; proposalId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { orgId, proposalId } = props;
  const partners = useQuery({ ...partnersQuery(orgId), enabled: props.opened });
  const form = useAppForm<Values>({
    initialValues: { partnerId: '', startOn: today() },
    validate: { partnerId: (v) => required(t, v), startOn: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => jobCarvingCalls.toAgreement(orgId, proposalId, v),
    async () => {
      await Promise.all([refreshJobCarving(orgId), refreshSe(orgId)]);
      props.onClose();
    },
  );
  const options = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <FormDialog
      opened={props.opened}
      onClose={props.onClose}
      title={t('jobCarving.agreement.title')}
      form={form}
      save={save}
      submit={t('jobCarving.agreement.submit')}
    >
      <Text size="sm">{t('jobCarving.agreement.intro')}</Text>
      {partners.isSuccess && options.length === 0 && <Text role="status">{t('jobCarving.agreement.noPartners')}</Text>}
      <Select
        label={t('jobCarving.agreement.partner')}
        data={options}
        searchable
        {...form.getInputProps('partnerId')}
        data-autofocus
      />
      <DateField label={t('jobCarving.agreement.startOn')} required {...form.getInputProps('startOn')} />
    </FormDialog>
  );
}
