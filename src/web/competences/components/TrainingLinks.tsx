import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competence, PersonDetail } from '../../../modules/competences/schema.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Form } from '../../components/Form.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatDate } from '../../format.ts';
import { refreshCompetences } from '../api.ts';

type Link = PersonDetail['trainingLinks'][number];

/** Completed trainings of the person that reached a competence level, and a form to link one. */
export function TrainingLinks({
  orgId,
  person,
  catalogue,
}: {
  orgId: string;
  person: PersonDetail;
  catalogue: readonly Competence[];
}) {
  const { t } = useTranslation();
  const names = new Map(catalogue.map((c) => [c.id, c.name]));
  const form = useAppForm({
    initialValues: { trainingId: '', competenceId: '', level: '' },
    validate: {
      trainingId: (v) => required(t, v),
      competenceId: (v) => required(t, v),
      level: (v) => required(t, v),
    },
  });
  const link = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/competences/people/{employeeId}/training-links', {
          params: { path: { orgId, employeeId: person.employee.id } },
          body: { ...v, level: Number(v.level) },
        }),
      ),
    async () => {
      await refreshCompetences(orgId);
      form.reset();
    },
  );
  const columns: Column<Link>[] = [
    { key: 'title', header: t('competences.person.training'), value: (l) => l.title, rowHeader: true },
    { key: 'competence', header: t('competences.person.competence'), value: (l) => names.get(l.competenceId) ?? '' },
    { key: 'level', header: t('competences.person.level'), value: (l) => t('competences.level', { level: l.level }) },
    { key: 'reached', header: t('competences.person.reached'), value: (l) => l.reachedOn, format: 'date' },
  ];
  return (
    <Section title={t('competences.person.trainings')}>
      <DataTable
        caption={t('competences.person.linkedCaption')}
        rows={person.trainingLinks}
        rowKey={(l) => l.id}
        columns={columns}
        empty={t('competences.person.noLinks')}
      />
      {person.trainings.length > 0 && (
        <Form onSubmit={form.onSubmit((v) => link.mutate(v))} gap="sm">
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('competences.person.training')}
              data={person.trainings.map((tr) => ({ value: tr.id, label: `${tr.title} (${formatDate(tr.heldOn)})` }))}
              {...form.getInputProps('trainingId')}
            />
            <Select
              label={t('competences.person.competence')}
              data={catalogue.map((c) => ({ value: c.id, label: c.name }))}
              {...form.getInputProps('competenceId')}
            />
            <Select
              label={t('competences.person.level')}
              data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('competences.level', { level: n }) }))}
              {...form.getInputProps('level')}
            />
            <Button type="submit" loading={link.isPending}>
              {t('competences.person.linkTraining')}
            </Button>
          </Group>
          <ErrorAlert error={link.error} />
        </Form>
      )}
    </Section>
  );
}
