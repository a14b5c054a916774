import { Badge, Button, Checkbox, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STARTER_TASKS } from '../../../modules/job-carving/logic/starter.ts';
import { LANGUAGE_LEVELS, TIMES_OF_DAY } from '../../../modules/job-carving/logic/types.ts';
import type { Designer, Role, Task } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatMoneyCents } from '../../format.ts';
import { jobCarvingCalls, refreshJobCarving } from '../api.ts';
import { languageLabel } from './labels.ts';

/** The task inventory: every role with its tasks, a dialog per add or change, the standard tasks to start from. */
export function Inventory({ orgId, designer }: { orgId: string; designer: Designer }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | null | undefined>(undefined);
  const [task, setTask] = useState<{ role: Role; task: Task | null } | undefined>(undefined);
  const [starters, setStarters] = useState<Role | undefined>(undefined);
  const remove = useMutation({
    mutationFn: (id: string) => jobCarvingCalls.deleteTask(orgId, id),
    onSuccess: () => refreshJobCarving(orgId),
  });
  const cost = (r: Role) =>
    r.costPerFteCents === null
      ? t('jobCarving.role.costUnknown')
      : t(r.costSource === 'contracts' ? 'jobCarving.role.costFromContracts' : 'jobCarving.role.costTyped', {
          value: formatMoneyCents(r.costPerFteCents),
        });
  const yesNo = (v: boolean) => (v ? t('jobCarving.task.yes') : t('jobCarving.task.no'));
  const columns = (r: Role): Column<Task>[] => [
    { key: 'name', header: t('jobCarving.task.name'), value: (x) => x.name, rowHeader: true },
    { key: 'hours', header: t('jobCarving.task.hours'), value: (x) => x.hoursPerWeek, format: 'number' },
    { key: 'cert', header: t('jobCarving.task.certificate'), value: (x) => yesNo(x.needsCertificate) },
    { key: 'contact', header: t('jobCarving.task.contact'), value: (x) => yesNo(x.clientContact) },
    { key: 'time', header: t('jobCarving.task.timeOfDay'), value: (x) => t(`jobCarving.time.${x.timeOfDay}`) },
    { key: 'lang', header: t('jobCarving.task.language'), value: (x) => languageLabel(t, x.languageLevel) },
    {
      key: 'actions',
      header: t('jobCarving.task.edit'),
      render: (x) => (
        <Group gap={4} wrap="nowrap">
          <RowButton label={`${t('jobCarving.task.edit')}: ${x.name}`} onClick={() => setTask({ role: r, task: x })}>
            {t('jobCarving.task.edit')}
          </RowButton>
          <RowButton
            label={t('jobCarving.task.removeName', { name: x.name })}
            color="red"
            onClick={() => remove.mutate(x.id)}
          >
            {t('jobCarving.task.remove')}
          </RowButton>
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="lg">
      <Group>
        <Button onClick={() => setRole(null)}>{t('jobCarving.role.add')}</Button>
      </Group>
      {designer.roles.length === 0 && <Text c="dimmed">{t('jobCarving.role.empty')}</Text>}
      {designer.roles.map((r) => (
        <Section
          key={r.id}
          title={r.name}
          actions={
            <Group gap="xs">
              <Button variant="light" onClick={() => setStarters(r)}>
                {t('jobCarving.task.starters')}
              </Button>
              <Button variant="light" onClick={() => setTask({ role: r, task: null })}>
                {t('jobCarving.task.add')}
              </Button>
              <Button
                variant="subtle"
                aria-label={t('jobCarving.role.editName', { name: r.name })}
                onClick={() => setRole(r)}
              >
                {t('jobCarving.role.edit')}
              </Button>
            </Group>
          }
        >
          <Group gap="xs">
            {r.certified && <Badge variant="light">{t('jobCarving.role.certifiedBadge')}</Badge>}
            <Text size="sm" c="dimmed">
              {cost(r)}
            </Text>
          </Group>
          <DataTable
            caption={t('jobCarving.task.caption', { role: r.name })}
            rows={designer.tasks.filter((x) => x.roleId === r.id)}
            rowKey={(x) => x.id}
            columns={columns(r)}
            empty={t('jobCarving.task.empty')}
          />
        </Section>
      ))}
      {role !== undefined && (
        <RoleDialog orgId={orgId} role={role} designer={designer} onClose={() => setRole(undefined)} />
      )}
      {task !== undefined && (
        <TaskDialog
          orgId={orgId}
          role={task.role}
          task={task.task}
          designer={designer}
          onClose={() => setTask(undefined)}
        />
      )}
      {starters !== undefined && <StarterDialog orgId={orgId} role={starters} onClose={() => setStarters(undefined)} />}
    </Stack>
  );
}

function RoleDialog(props: { orgId: string; role: Role | null; designer: Designer; onClose: () => void }) {
  const { t } = useTranslation();
  const r = props.role;
  const form = useAppForm({
    initialValues: {
      name: r?.name ?? '',
      certified: r?.certified ?? false,
      cost: r?.typedCostPerFteCents === null || r === null ? '' : ((r.typedCostPerFteCents / 100) as number | string),
    },
    validate: { name: (v) => required(t, v) },
  });
  const fromContracts = props.designer.functionCosts.find(
    (f) => f.functionTitle.trim().toLowerCase() === form.values.name.trim().toLowerCase(),
  )?.yearlyCostPerFteCents;
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        name: v.name,
        certified: v.certified,
        costPerFteCents: v.cost === '' ? null : Math.round(Number(v.cost) * 100),
      };
      return r ? jobCarvingCalls.updateRole(props.orgId, r.id, body) : jobCarvingCalls.createRole(props.orgId, body);
    },
    refreshAndClose(() => refreshJobCarving(props.orgId), props.onClose),
    { costPerFteCents: 'cost' },
  );
  return (
    <FormDialog opened onClose={props.onClose} title={r ? r.name : t('jobCarving.role.add')} form={form} save={save}>
      <TextInput label={t('jobCarving.role.name')} required data-autofocus {...form.getInputProps('name')} />
      <Checkbox label={t('jobCarving.role.certified')} {...form.getInputProps('certified', { type: 'checkbox' })} />
      <MoneyField
        label={t('jobCarving.role.cost')}
        description={
          fromContracts
            ? t('jobCarving.role.costHint', { value: formatMoneyCents(fromContracts) })
            : t('jobCarving.role.costNone')
        }
        min={0}
        {...form.getInputProps('cost')}
      />
    </FormDialog>
  );
}

function TaskDialog(props: { orgId: string; role: Role; task: Task | null; designer: Designer; onClose: () => void }) {
  const { t } = useTranslation();
  const x = props.task;
  const form = useAppForm({
    initialValues: {
      name: x?.name ?? '',
      hoursPerWeek: (x?.hoursPerWeek ?? '') as number | string,
      needsCertificate: x?.needsCertificate ?? false,
      clientContact: x?.clientContact ?? false,
      timeOfDay: x?.timeOfDay ?? 'flexible',
      competenceIds: x?.competenceIds ?? [],
      languageLevel: x?.languageLevel ?? 'none',
    },
    validate: {
      name: (v) => required(t, v),
      hoursPerWeek: (v) => required(t, v === '' ? '' : String(v)),
    },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = { ...v, roleId: props.role.id, hoursPerWeek: Number(v.hoursPerWeek) };
      return x ? jobCarvingCalls.updateTask(props.orgId, x.id, body) : jobCarvingCalls.createTask(props.orgId, body);
    },
    refreshAndClose(() => refreshJobCarving(props.orgId), props.onClose),
  );
  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={x ? x.name : t('jobCarving.task.addTo', { role: props.role.name })}
      form={form}
      save={save}
    >
      <TextInput label={t('jobCarving.task.name')} required data-autofocus {...form.getInputProps('name')} />
      <NumberField
        label={t('jobCarving.task.hours')}
        required
        min={0}
        max={168}
        {...form.getInputProps('hoursPerWeek')}
      />
      <Checkbox
        label={t('jobCarving.task.certificate')}
        {...form.getInputProps('needsCertificate', { type: 'checkbox' })}
      />
      <Checkbox label={t('jobCarving.task.contact')} {...form.getInputProps('clientContact', { type: 'checkbox' })} />
      <Select
        label={t('jobCarving.task.timeOfDay')}
        data={TIMES_OF_DAY.map((v) => ({ value: v, label: t(`jobCarving.time.${v}`) }))}
        allowDeselect={false}
        {...form.getInputProps('timeOfDay')}
      />
      <Select
        label={t('jobCarving.task.language')}
        data={LANGUAGE_LEVELS.map((v) => ({ value: v, label: languageLabel(t, v) }))}
        allowDeselect={false}
        {...form.getInputProps('languageLevel')}
      />
      <MultiSelect
        label={t('jobCarving.task.competences')}
        data={props.designer.competences.map((c) => ({ value: c.id, label: c.name }))}
        searchable
        {...form.getInputProps('competenceIds')}
      />
    </FormDialog>
  );
}

function StarterDialog(props: { orgId: string; role: Role; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { keys: [] as string[] } });
  const save = useFormSave(
    form,
    (v) => jobCarvingCalls.addStarters(props.orgId, props.role.id, v.keys),
    refreshAndClose(() => refreshJobCarving(props.orgId), props.onClose),
  );
  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={t('jobCarving.task.startersFor', { role: props.role.name })}
      form={form}
      save={save}
      submit={t('jobCarving.task.startersAdd')}
    >
      <Text size="sm">{t('jobCarving.task.startersIntro')}</Text>
      <Checkbox.Group {...form.getInputProps('keys')} label={t('jobCarving.task.starters')}>
        <Stack gap={6} mt="xs">
          {STARTER_TASKS.map((s) => (
            <Checkbox key={s.key} value={s.key} label={t(`jobCarving.task.starter.${s.key}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormDialog>
  );
}
