import { Button, Select, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_KINDS, type CertificateKind } from '../../../modules/competences/logic/types.ts';
import type { Certificate } from '../../../modules/competences/schema.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { refreshCompetences } from '../api.ts';
import { ExpiryBadge } from './ExpiryBadge.tsx';

function AddCertificate({ orgId, employeeId }: { orgId: string; employeeId: string }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const form = useAppForm({
    initialValues: { kind: 'certificate' as CertificateKind, name: '', reference: '', issuedOn: '', expiresOn: '' },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/competences/people/{employeeId}/certificates', {
          params: { path: { orgId, employeeId } },
          body: { ...v, issuedOn: v.issuedOn || null, expiresOn: v.expiresOn || null },
        }),
      ),
    async () => {
      await refreshCompetences(orgId);
      form.reset();
      dialog.close();
    },
  );
  const title = t('competences.person.addCertificate');
  return (
    <>
      <Button variant="light" onClick={dialog.open}>
        {title}
      </Button>
      <FormDialog opened={opened} onClose={dialog.close} title={title} gap="md" form={form} save={save}>
        <Select
          label={t('competences.person.certKind')}
          allowDeselect={false}
          data={CERTIFICATE_KINDS.map((k) => ({ value: k, label: t(`competences.certificateKind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('competences.person.certificate')} required {...form.getInputProps('name')} />
        <TextInput label={t('competences.person.reference')} {...form.getInputProps('reference')} />
        <DateField label={t('competences.person.issuedOn')} {...form.getInputProps('issuedOn')} />
        <DateField label={t('competences.person.expiresOn')} {...form.getInputProps('expiresOn')} />
      </FormDialog>
    </>
  );
}

/** A person's certificates and registrations with their expiry state; `employeeId` set = a manager may add. */
export function CertificateSection({
  orgId,
  employeeId,
  certificates,
}: {
  orgId: string;
  employeeId?: string;
  certificates: readonly Certificate[];
}) {
  const { t } = useTranslation();
  const columns: Column<Certificate>[] = [
    { key: 'name', header: t('competences.person.certificate'), value: (c) => c.name, rowHeader: true },
    { key: 'kind', header: t('competences.person.certKind'), value: (c) => t(`competences.certificateKind.${c.kind}`) },
    { key: 'reference', header: t('competences.person.reference'), value: (c) => c.reference || null },
    { key: 'issuedOn', header: t('competences.person.issuedOn'), value: (c) => c.issuedOn, format: 'date' },
    { key: 'expiresOn', header: t('competences.person.expiresOn'), value: (c) => c.expiresOn, format: 'date' },
    {
      key: 'state',
      header: t('competences.person.state'),
      value: (c) => c.state,
      render: (c) => <ExpiryBadge state={c.state} />,
    },
  ];
  return (
    <Section
      title={t('competences.person.certificates')}
      actions={employeeId && <AddCertificate orgId={orgId} employeeId={employeeId} />}
    >
      <DataTable
        caption={t('competences.person.certificatesCaption')}
        rows={certificates}
        rowKey={(c) => c.id}
        columns={columns}
        empty={t('competences.person.noCertificates')}
        minWidth={640}
      />
    </Section>
  );
}
