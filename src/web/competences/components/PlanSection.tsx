import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../modules/competences/logic/types.ts';
import type { Competence, Plan, PlanAction } from '../../../modules/competences/schema.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { Section } from '../../components/Section.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatDate } from '../../format.ts';
import { competenceCalls, refreshCompetences } from '../api.ts';

/** Add (no `action`) or change an action of a plan: what, competence, owner, due date, status, follow-up. */
function ActionDialog(props: {
  orgId: string;
  planId: string;
  action: PlanAction | null;
  catalogue: readonly Competence[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const a = props.action;
  const form = useAppForm({
    initialValues: {
      description: a?.description ?? '',
      competenceId: a?.competenceId ?? '',
      owner: a?.owner ?? '',
      dueOn: a?.dueOn ?? '',
      status: (a?.status ?? 'open') as ActionStatus,
      followUp: a?.followUp ?? '',
    },
    validate: { description: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = { ...v, competenceId: v.competenceId || null, dueOn: v.dueOn || null };
      return a
        ? competenceCalls.updateAction(props.orgId, a.id, body)
        : competenceCalls.createAction(props.orgId, props.planId, body);
    },
    refreshAndClose(() => refreshCompetences(props.orgId), props.onClose),
  );
  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={a ? a.description : t('competences.person.addAction')}
      gap="md"
      form={form}
      save={save}
    >
      <TextInput
        label={t('competences.person.action')}
        required
        data-autofocus
        {...form.getInputProps('description')}
      />
      <Select
        label={t('competences.person.competence')}
        clearable
        data={props.catalogue.map((c) => ({ value: c.id, label: c.name }))}
        {...form.getInputProps('competenceId')}
      />
      <TextInput label={t('competences.person.owner')} {...form.getInputProps('owner')} />
      <DateField label={t('competences.person.dueOn')} {...form.getInputProps('dueOn')} />
      <Select
        label={t('competences.person.status')}
        allowDeselect={false}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`competences.actionStatus.${s}`) }))}
        {...form.getInputProps('status')}
      />
      <GrowingTextarea label={t('competences.person.followUp')} {...form.getInputProps('followUp')} />
    </FormDialog>
  );
}

function NewPlan({ orgId, employeeId }: { orgId: string; employeeId: string }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const form = useAppForm({ initialValues: { title: '', reviewOn: '' }, validate: { title: (v) => required(t, v) } });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/competences/people/{employeeId}/plans', {
          params: { path: { orgId, employeeId } },
          body: { title: v.title, reviewOn: v.reviewOn || null },
        }),
      ),
    async () => {
      await refreshCompetences(orgId);
      form.reset();
      dialog.close();
    },
  );
  const title = t('competences.person.newPlan');
  return (
    <>
      <Button variant="light" onClick={dialog.open}>
        {title}
      </Button>
      <FormDialog opened={opened} onClose={dialog.close} title={title} gap="md" form={form} save={save}>
        <TextInput label={t('competences.person.planTitle')} required data-autofocus {...form.getInputProps('title')} />
        <DateField label={t('competences.person.reviewOn')} {...form.getInputProps('reviewOn')} />
      </FormDialog>
    </>
  );
}

/** A person's development plans with their actions; `employeeId` set = editable (competences.manage). */
export function PlanSection({
  orgId,
  employeeId,
  plans,
  catalogue,
}: {
  orgId: string;
  employeeId?: string;
  plans: readonly Plan[];
  catalogue: readonly Competence[];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ planId: string; action: PlanAction | null } | null>(null);
  const names = new Map(catalogue.map((c) => [c.id, c.name]));
  const columns = (planId: string): Column<PlanAction>[] => [
    { key: 'description', header: t('competences.person.action'), value: (a) => a.description, rowHeader: true },
    {
      key: 'competence',
      header: t('competences.person.competence'),
      value: (a) => names.get(a.competenceId ?? '') ?? null,
    },
    { key: 'owner', header: t('competences.person.owner'), value: (a) => a.owner || null },
    { key: 'dueOn', header: t('competences.person.dueOn'), value: (a) => a.dueOn, format: 'date' },
    { key: 'status', header: t('competences.person.status'), value: (a) => t(`competences.actionStatus.${a.status}`) },
    { key: 'followUp', header: t('competences.person.followUp'), value: (a) => a.followUp || null },
    ...(employeeId
      ? [
          {
            key: 'edit',
            header: t('competences.catalogue.edit'),
            render: (a: PlanAction) => (
              <Button size="xs" variant="subtle" onClick={() => setEditing({ planId, action: a })}>
                {t('competences.catalogue.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Section
      title={t('competences.person.plans')}
      actions={employeeId && <NewPlan orgId={orgId} employeeId={employeeId} />}
    >
      {plans.length === 0 && <Text c="dimmed">{t('competences.person.noPlans')}</Text>}
      {plans.map((p) => (
        <Stack key={p.id} gap="xs">
          <Group justify="space-between">
            <Text fw={600}>
              {p.title}
              {p.reviewOn && ` · ${t('competences.person.reviewOn')} ${formatDate(p.reviewOn)}`}
            </Text>
            {employeeId && (
              <Button size="xs" variant="light" onClick={() => setEditing({ planId: p.id, action: null })}>
                {t('competences.person.addAction')}
              </Button>
            )}
          </Group>
          <DataTable
            caption={t('competences.person.actionsCaption', { title: p.title })}
            rows={p.actions}
            rowKey={(a) => a.id}
            columns={columns(p.id)}
            empty={t('competences.person.noActions')}
            minWidth={720}
          />
        </Stack>
      ))}
      {editing && (
        <ActionDialog
          orgId={orgId}
          planId={editing.planId}
          action={editing.action}
          catalogue={catalogue}
          onClose={() => setEditing(null)}
        />
      )}
    </Section>
  );
}
