import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LEVELS, TALENTS } from '../../../modules/job-carving/logic/types.ts';
import type { Designer, MatchAnswer } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatNumber } from '../../format.ts';
import { candidatesQuery, jobCarvingCalls, matchesQuery, refreshJobCarving } from '../api.ts';
import { languageLabel } from './labels.ts';

type Item = MatchAnswer['items'][number];

/** People ranked for a proposal's new function, with the reason per criterion; the candidates of one's own. */
export function Matching({ orgId, designer }: { orgId: string; designer: Designer }) {
  const { t } = useTranslation();
  const [proposalId, setProposalId] = useState<string | null>(designer.proposals[0]?.id ?? null);
  const [adding, setAdding] = useState(false);
  const candidates = useQuery(candidatesQuery(orgId));
  const proposal = designer.proposals.find((p) => p.id === proposalId);
  return (
    <Stack gap="lg">
      <Group align="end">
        <Select
          label={t('jobCarving.match.proposal')}
          placeholder={t('jobCarving.match.choose')}
          data={designer.proposals.map((p) => ({ value: p.id, label: `${p.name} (${p.functionName})` }))}
          value={proposalId}
          onChange={setProposalId}
          allowDeselect={false}
          maw={400}
        />
        <Button variant="light" onClick={() => setAdding(true)}>
          {t('jobCarving.match.addCandidate')}
        </Button>
      </Group>
      {proposal && (
        <Ranking orgId={orgId} proposalId={proposal.id} functionName={proposal.functionName} designer={designer} />
      )}
      <Text size="sm" c="dimmed">
        {t('jobCarving.match.candidates')}: {candidates.data?.items.length ?? '…'}
      </Text>
      {adding && <CandidateDialog orgId={orgId} designer={designer} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function Ranking(props: { orgId: string; proposalId: string; functionName: string; designer: Designer }) {
  const { t } = useTranslation();
  const matches = useQuery(matchesQuery(props.orgId, props.proposalId));
  if (!matches.data) return <QueryState error={matches.error} />;
  const competence = new Map(props.designer.competences.map((c) => [c.id, c.name]));
  const words = (criterion: string, items: string[]) =>
    items.map((x) =>
      criterion === 'competences'
        ? (competence.get(x) ?? x)
        : criterion === 'talents'
          ? t(`jobCarving.talent.${x}`)
          : criterion === 'language'
            ? languageLabel(t, x)
            : `${formatNumber(Number(x))} u`,
    );
  const why = (item: Item) =>
    item.criteria
      .map((c) => {
        const label = t(`jobCarving.match.criteria.${c.criterion}`);
        const state = !c.recorded
          ? t('jobCarving.match.notRecorded')
          : c.missing.length > 0
            ? t('jobCarving.match.missing', { items: words(c.criterion, c.missing).join(', ') })
            : t('jobCarving.match.ok');
        return `${label} ${Math.round(c.score * 100)}% (${state})`;
      })
      .join(' · ');
  const columns: Column<Item>[] = [
    { key: 'name', header: t('jobCarving.match.name'), value: (i) => i.name, rowHeader: true },
    { key: 'kind', header: t('jobCarving.match.kind'), value: (i) => t(`jobCarving.match.kinds.${i.kind}`) },
    { key: 'score', header: t('jobCarving.match.score'), value: (i) => i.score, format: 'integer' },
    { key: 'why', header: t('jobCarving.match.why'), value: (i) => why(i), sortable: false },
  ];
  return (
    <Section title={props.functionName}>
      <DataTable
        caption={t('jobCarving.match.caption', { function: props.functionName })}
        rows={matches.data.items}
        rowKey={(i) => `${i.kind}-${i.id}`}
        columns={columns}
        empty={t('jobCarving.match.empty')}
        initialSort={{ key: 'score', direction: 'descending' }}
      />
    </Section>
  );
}

function CandidateDialog(props: { orgId: string; designer: Designer; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      name: '',
      competenceIds: [] as string[],
      talents: [] as string[],
      languageLevel: 'none' as (typeof LANGUAGE_LEVELS)[number],
      hoursAvailable: 19 as number | string,
    },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      jobCarvingCalls.createCandidate(props.orgId, {
        ...v,
        talents: v.talents as (typeof TALENTS)[number][],
        hoursAvailable: Number(v.hoursAvailable) || 0,
      }),
    async () => {
      await refreshJobCarving(props.orgId);
      props.onClose();
    },
  );
  return (
    <FormDialog opened onClose={props.onClose} title={t('jobCarving.match.addCandidate')} form={form} save={save}>
      <TextInput label={t('jobCarving.match.candidateName')} required data-autofocus {...form.getInputProps('name')} />
      <MultiSelect
        label={t('jobCarving.task.competences')}
        data={props.designer.competences.map((c) => ({ value: c.id, label: c.name }))}
        {...form.getInputProps('competenceIds')}
      />
      <MultiSelect
        label={t('jobCarving.proposal.talents')}
        data={TALENTS.map((x) => ({ value: x, label: t(`jobCarving.talent.${x}`) }))}
        {...form.getInputProps('talents')}
      />
      <Select
        label={t('jobCarving.task.language')}
        data={LANGUAGE_LEVELS.map((v) => ({ value: v, label: languageLabel(t, v) }))}
        allowDeselect={false}
        {...form.getInputProps('languageLevel')}
      />
      <NumberField
        label={t('jobCarving.match.hoursAvailable')}
        min={0}
        max={168}
        {...form.getInputProps('hoursAvailable')}
      />
    </FormDialog>
  );
}
