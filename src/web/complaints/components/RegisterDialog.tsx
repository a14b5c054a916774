import { Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { today } from '../../../lib/calendar.ts';
import {
  ABOUT_KINDS,
  CHANNELS,
  type ComplaintInput,
  KINDS,
  SEVERITIES,
  SOURCES,
} from '../../../modules/complaints/schema.ts';
import { clientsQuery } from '../../clients/api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { complaintCalls, refreshComplaints } from '../api.ts';

/** Registers a complaint or remark: received how and when, from whom, about what, severity, minimal personal data. */
export function RegisterDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useQuery(clientsQuery(orgId, '', null));
  const form = useAppForm({
    initialValues: {
      kind: 'complaint' as ComplaintInput['kind'],
      source: 'client' as ComplaintInput['source'],
      channel: 'in_person' as ComplaintInput['channel'],
      receivedOn: today(),
      subject: '',
      description: '',
      aboutKind: 'care' as ComplaintInput['aboutKind'],
      about: '',
      severity: 'medium' as ComplaintInput['severity'],
      clientId: '',
      complainant: '',
      contact: '',
    },
    validate: {
      subject: (v) => required(t, v),
      receivedOn: (v) => required(t, v),
    },
  });
  const save = useFormSave(
    form,
    (v) => complaintCalls.register(orgId, { ...v, clientId: v.clientId || null }),
    async ({ id }) => {
      await refreshComplaints(orgId);
      onClose();
      navigate(`/o/${orgId}/complaints/${id}`);
    },
  );
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((value) => ({ value, label: t(`complaints.${group}.${value}`) }));
  return (
    <FormDialog opened onClose={onClose} title={t('complaints.register')} size="lg" form={form} save={save}>
      <Select
        label={t('complaints.kindLabel')}
        data={options(KINDS, 'kind')}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('complaints.subject')} required data-autofocus {...form.getInputProps('subject')} />
      <DateField label={t('complaints.received')} required max={today()} {...form.getInputProps('receivedOn')} />
      <Select
        label={t('complaints.channelLabel')}
        data={options(
          CHANNELS.filter((c) => c !== 'public_link'),
          'channel',
        )}
        allowDeselect={false}
        {...form.getInputProps('channel')}
      />
      <Select
        label={t('complaints.sourceLabel')}
        data={options(SOURCES, 'source')}
        allowDeselect={false}
        {...form.getInputProps('source')}
      />
      <Select
        label={t('complaints.aboutKindLabel')}
        data={options(ABOUT_KINDS, 'aboutKind')}
        allowDeselect={false}
        {...form.getInputProps('aboutKind')}
      />
      {form.values.aboutKind === 'care' ? (
        <Select
          label={t('complaints.client')}
          description={t('complaints.clientHint')}
          data={(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          searchable
          clearable
          placeholder={t('complaints.noClient')}
          {...form.getInputProps('clientId')}
        />
      ) : (
        <TextInput label={t('complaints.about')} {...form.getInputProps('about')} />
      )}
      <Select
        label={t('complaints.severityLabel')}
        data={options(SEVERITIES, 'severity')}
        allowDeselect={false}
        {...form.getInputProps('severity')}
      />
      <GrowingTextarea label={t('complaints.description')} minRows={3} {...form.getInputProps('description')} />
      <Text size="sm" c="dimmed">
        {t('complaints.minimalData')}
      </Text>
      <TextInput label={t('complaints.complainant')} {...form.getInputProps('complainant')} />
      <TextInput label={t('complaints.contact')} {...form.getInputProps('contact')} />
    </FormDialog>
  );
}
