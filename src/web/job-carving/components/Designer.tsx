import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalEffect } from '../../../modules/job-carving/logic/calc.ts';
import { TALENTS } from '../../../modules/job-carving/logic/types.ts';
import type { Designer as DesignerData, Proposal, ProposalInput, Task } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { Section } from '../../components/Section.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatDate, formatMoneyCents, formatNumber } from '../../format.ts';
import { jobCarvingCalls, refreshJobCarving } from '../api.ts';
import { AgreementDialog } from './AgreementDialog.tsx';

type Values = {
  name: string;
  functionName: string;
  targetHours: number | string;
  costBasis: 'contract' | 'agreement';
  cost: number | string;
  price: number | string;
  talents: string[];
  taskIds: string[];
};

const NEW = 'new';
const euros = (cents: number | null) => (cents === null ? '' : cents / 100);
const valuesOf = (p: Proposal | undefined): Values => ({
  name: p?.name ?? '',
  functionName: p?.functionName ?? '',
  targetHours: p?.targetHours ?? 19,
  costBasis: p?.costBasis ?? 'contract',
  cost: euros(p?.costPerFteCents ?? null),
  price: euros(p?.pricePerHourCents ?? null),
  talents: p?.talents ?? [],
  taskIds: p?.taskIds ?? [],
});
const cents = (v: number | string) => (v === '' ? null : Math.round(Number(v) * 100));
const bodyOf = (v: Values): ProposalInput => ({
  name: v.name,
  functionName: v.functionName,
  targetHours: Number(v.targetHours) || 0,
  costBasis: v.costBasis,
  costPerFteCents: v.costBasis === 'contract' ? cents(v.cost) : null,
  pricePerHourCents: v.costBasis === 'agreement' ? cents(v.price) : null,
  taskIds: v.taskIds,
  talents: v.talents as ProposalInput['talents'],
});

/** The designer: pick tasks of several roles into a new function and see the effect as you go (computed in the browser). */
export function Designer({ orgId, designer }: { orgId: string; designer: DesignerData }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string>(designer.proposals[0]?.id ?? NEW);
  // The editor is mounted again for the saved proposal, so the confirmation lives here.
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const proposal = designer.proposals.find((p) => p.id === selected);
  return (
    <Stack gap="lg">
      <Select
        label={t('jobCarving.proposal.choose')}
        data={[
          ...designer.proposals.map((p) => ({ value: p.id, label: p.name })),
          { value: NEW, label: t('jobCarving.proposal.new') },
        ]}
        value={selected}
        onChange={(v) => {
          setJustSaved(null);
          setSelected(v ?? NEW);
        }}
        allowDeselect={false}
        maw={400}
      />
      <ProposalEditor
        key={selected}
        orgId={orgId}
        designer={designer}
        proposal={proposal}
        onSaved={(id) => {
          setJustSaved(id);
          setSelected(id);
        }}
      />
      {justSaved !== null && justSaved === selected && <Text role="status">{t('jobCarving.proposal.saved')}</Text>}
    </Stack>
  );
}

function ProposalEditor(props: {
  orgId: string;
  designer: DesignerData;
  proposal: Proposal | undefined;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { designer, proposal, orgId } = props;
  const form = useAppForm<Values>({
    initialValues: valuesOf(proposal),
    validate: { name: (v) => required(t, v), functionName: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      proposal
        ? jobCarvingCalls.updateProposal(orgId, proposal.id, bodyOf(v))
        : jobCarvingCalls.createProposal(orgId, bodyOf(v)),
    async (p) => {
      await refreshJobCarving(orgId);
      props.onSaved(p.id);
    },
    { costPerFteCents: 'cost', pricePerHourCents: 'price' },
  );
  const vacancy = useMutation({
    mutationFn: (id: string) => jobCarvingCalls.toVacancy(orgId, id),
    onSuccess: () => refreshJobCarving(orgId),
  });
  const [agreementOpen, setAgreementOpen] = useState(false);
  const roleName = useMemo(() => new Map(designer.roles.map((r) => [r.id, r.name])), [designer.roles]);
  const v = form.values;
  // The same calculation as the server's, on every change of the form.
  const effect = useMemo(() => proposalEffect(designer.roles, designer.tasks, bodyOf(v)), [designer, v]);
  const picked = new Set(v.taskIds);
  const toggle = (id: string) =>
    form.setFieldValue('taskIds', picked.has(id) ? v.taskIds.filter((x) => x !== id) : [...v.taskIds, id]);
  const money = (c: number | null) => (c === null ? t('jobCarving.effect.unknown') : formatMoneyCents(c));
  const certificateIssues = effect.issues.filter((i) => i.reason === 'needs_certificate').length;
  const taskColumns: Column<Task>[] = [
    {
      key: 'pick',
      header: t('jobCarving.proposal.picked'),
      sortable: false,
      render: (x) => (
        <Checkbox
          aria-label={t('jobCarving.proposal.pickTask', { task: x.name, role: roleName.get(x.roleId) ?? '' })}
          checked={picked.has(x.id)}
          disabled={x.needsCertificate && !picked.has(x.id)}
          onChange={() => toggle(x.id)}
        />
      ),
    },
    { key: 'name', header: t('jobCarving.task.name'), value: (x) => x.name, rowHeader: true },
    { key: 'role', header: t('jobCarving.effect.role'), value: (x) => roleName.get(x.roleId) ?? '' },
    { key: 'hours', header: t('jobCarving.task.hours'), value: (x) => x.hoursPerWeek, format: 'number' },
    {
      key: 'cert',
      header: t('jobCarving.task.certificate'),
      value: (x) => (x.needsCertificate ? t('jobCarving.proposal.needsCertificate') : null),
    },
  ];
  const roleColumns: Column<(typeof effect.roles)[number]>[] = [
    { key: 'name', header: t('jobCarving.effect.role'), value: (r) => r.name, rowHeader: true },
    { key: 'moved', header: t('jobCarving.effect.moved'), value: (r) => r.hoursMoved, format: 'number' },
    { key: 'care', header: t('jobCarving.effect.care'), value: (r) => r.hoursFreedForCare, format: 'number' },
    { key: 'fte', header: t('jobCarving.effect.fte'), value: (r) => r.fteMoved, format: 'number' },
    { key: 'value', header: t('jobCarving.effect.value'), value: (r) => r.valueCents, format: 'moneyCents' },
  ];
  if (designer.tasks.length === 0) return <Text c="dimmed">{t('jobCarving.proposal.noTasks')}</Text>;
  return (
    <Form onSubmit={form.onSubmit(() => save.mutate(form.values))} gap="lg">
      <Section title={proposal?.name ?? t('jobCarving.proposal.new')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('jobCarving.proposal.name')} required {...form.getInputProps('name')} />
          <TextInput
            label={t('jobCarving.proposal.functionName')}
            placeholder={t('jobCarving.proposal.functionPlaceholder')}
            required
            {...form.getInputProps('functionName')}
          />
          <NumberField
            label={t('jobCarving.proposal.target')}
            min={0}
            max={168}
            {...form.getInputProps('targetHours')}
          />
          <MultiSelect
            label={t('jobCarving.proposal.talents')}
            data={TALENTS.map((x) => ({ value: x, label: t(`jobCarving.talent.${x}`) }))}
            {...form.getInputProps('talents')}
          />
        </SimpleGrid>
        <Radio.Group label={t('jobCarving.proposal.basis')} {...form.getInputProps('costBasis')}>
          <Group mt="xs">
            <Radio value="contract" label={t('jobCarving.proposal.basisContract')} />
            <Radio value="agreement" label={t('jobCarving.proposal.basisAgreement')} />
          </Group>
        </Radio.Group>
        {v.costBasis === 'contract' ? (
          <MoneyField label={t('jobCarving.proposal.costPerFte')} min={0} maw={300} {...form.getInputProps('cost')} />
        ) : (
          <MoneyField
            label={t('jobCarving.proposal.pricePerHour')}
            min={0}
            maw={300}
            {...form.getInputProps('price')}
          />
        )}
      </Section>
      <Section title={t('jobCarving.proposal.pick')}>
        <DataTable
          caption={t('jobCarving.proposal.pickCaption')}
          rows={designer.tasks}
          rowKey={(x) => x.id}
          columns={taskColumns}
        />
      </Section>
      <Section title={t('jobCarving.effect.title')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <StatTile label={t('jobCarving.effect.freedForCare')} note={t('jobCarving.effect.freedForCareNote')}>
            {formatNumber(effect.hoursFreedForCare)}
          </StatTile>
          <StatTile label={t('jobCarving.effect.fteFreed')}>{formatNumber(effect.fteFreedForCare, 2)}</StatTile>
          <StatTile label={t('jobCarving.effect.newCost')} note={t('jobCarving.effect.perYear')}>
            {money(effect.newFunctionCostCents)}
          </StatTile>
          <StatTile label={t('jobCarving.effect.net')} note={t('jobCarving.effect.netNote')}>
            {money(effect.netCents)}
          </StatTile>
        </SimpleGrid>
        <Text size="sm">
          {t('jobCarving.effect.fit', {
            tasks: formatNumber(effect.taskHours),
            target: formatNumber(effect.targetHours),
          })}
        </Text>
        {effect.slackHours < 0 && (
          <Alert color="orange">{t('jobCarving.effect.over', { hours: formatNumber(-effect.slackHours) })}</Alert>
        )}
        {certificateIssues > 0 && (
          <Alert color="orange">{t('jobCarving.effect.certificateIssue', { count: certificateIssues })}</Alert>
        )}
        <DataTable
          caption={t('jobCarving.effect.caption')}
          rows={effect.roles}
          rowKey={(r) => r.roleId}
          columns={roleColumns}
          empty={null}
        />
      </Section>
      <ErrorAlert error={save.error ?? vacancy.error} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('jobCarving.proposal.save')}
        </Button>
        {proposal && !proposal.realisedOn && (
          <Button variant="light" loading={vacancy.isPending} onClick={() => vacancy.mutate(proposal.id)}>
            {t('jobCarving.proposal.toVacancy')}
          </Button>
        )}
        {proposal && !proposal.realisedOn && (
          <Button variant="light" onClick={() => setAgreementOpen(true)}>
            {t('jobCarving.proposal.toAgreement')}
          </Button>
        )}
        {proposal?.realisedOn && (
          <Text role="status">{t('jobCarving.proposal.realised', { date: formatDate(proposal.realisedOn) })}</Text>
        )}
      </Group>
      {proposal && (
        <AgreementDialog
          orgId={orgId}
          proposalId={proposal.id}
          opened={agreementOpen}
          onClose={() => setAgreementOpen(false)}
        />
      )}
    </Form>
  );
}
