import { Anchor, Button, Checkbox, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { call, client, fieldErrors } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { assessmentsQuery, assessorsQuery, myAssessmentsQuery, refreshCaf } from '../api.ts';
import { CafFrame, StatusBadge, type CafContext } from '../components/CafFrame.tsx';
import type { AssessmentListItem, MyAssessment } from '../../../modules/caf/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { thisYear, today } from '../../../lib/calendar.ts';

/** Where an assessor goes next in a round, and the link's text. */
function nextStep(a: MyAssessment): { path: string; label: string } {
  if (a.status === 'scoring')
    return { path: `${a.id}/score`, label: a.submittedAt ? 'caf.list.goMyScores' : 'caf.list.goScore' };
  if (a.status === 'consensus') return { path: `${a.id}/consensus`, label: 'caf.list.goConsensus' };
  return { path: `${a.id}/results`, label: 'caf.list.goResults' };
}

function MyRounds({ orgId, href }: CafContext) {
  const { t } = useTranslation();
  const mine = useQuery(myAssessmentsQuery(orgId));
  if (!mine.data) return <QueryState error={mine.error} inline />;
  const columns: Column<MyAssessment>[] = [
    { key: 'name', header: t('caf.list.name'), value: (a) => a.name, rowHeader: true },
    {
      key: 'status',
      header: t('caf.list.status'),
      value: (a) => a.status,
      render: (a) => <StatusBadge status={a.status} />,
    },
    {
      key: 'progress',
      header: t('caf.list.myProgress'),
      value: (a) => a.scored,
      align: 'left',
      render: (a) =>
        a.submittedAt
          ? t('caf.list.submittedOn', { date: formatDate(a.submittedAt) })
          : t('caf.score.progress', { scored: a.scored, total: a.total }),
    },
    {
      key: 'next',
      header: t('caf.list.next'),
      render: (a) => {
        const next = nextStep(a);
        return (
          <Anchor component={Link} to={href(next.path)}>
            {t(next.label, { name: a.name })}
          </Anchor>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={t('caf.list.mineCaption')}
      rows={mine.data.items}
      rowKey={(a) => a.id}
      columns={columns}
      empty={<Text>{t('caf.list.noMine')}</Text>}
      minWidth={640}
      striped
    />
  );
}

function AllRounds({ href, items }: CafContext & { items: AssessmentListItem[] }) {
  const { t } = useTranslation();
  const columns: Column<AssessmentListItem>[] = [
    linkColumn({ key: 'name', header: t('caf.list.name'), text: (a) => a.name, to: (a) => href(a.id) }),
    {
      key: 'status',
      header: t('caf.list.status'),
      value: (a) => a.status,
      render: (a) => <StatusBadge status={a.status} />,
    },
    { key: 'scoring', header: t('caf.list.scoring'), value: (a) => t(`caf.scoring.${a.scoring}`) },
    { key: 'started', header: t('caf.list.started'), value: (a) => a.startedOn, format: 'date' },
    {
      key: 'finished',
      header: t('caf.list.finished'),
      value: (a) => a.finishedOn,
      format: 'date',
      empty: t('common.none'),
    },
    {
      key: 'submitted',
      header: t('caf.list.submitted'),
      value: (a) => a.submitted,
      align: 'left',
      render: (a) => t('caf.list.ofAssessors', { submitted: a.submitted, total: a.assessors }),
    },
    {
      key: 'agreed',
      header: t('caf.list.agreed'),
      value: (a) => a.agreed,
      align: 'left',
      render: (a) => t('caf.list.ofSubcriteria', { agreed: a.agreed, total: a.total }),
    },
  ];
  return (
    <DataTable
      caption={t('caf.list.caption', { count: items.length })}
      rows={items}
      rowKey={(a) => a.id}
      columns={columns}
      empty={<Text>{t('caf.list.none')}</Text>}
      minWidth={760}
      striped
    />
  );
}

function NewRoundDialog({
  orgId,
  href,
  opened,
  onClose,
  finished,
}: CafContext & { opened: boolean; onClose: () => void; finished: AssessmentListItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm({
    initialValues: {
      name: `${t('caf.title')} ${thisYear()}`,
      scoring: 'classical' as 'classical' | 'finetuned',
      startedOn: today(),
      assessors: [] as string[],
      previousId: (finished[0]?.id ?? null) as string | null,
    },
    validate: {
      name: (v) => required(t, v),
      startedOn: (v) => required(t, v),
      assessors: (v) => (v.length ? undefined : t('caf.new.assessorsRequired')),
    },
  });
  const people = useQuery({ ...assessorsQuery(orgId), enabled: opened });
  const create = useMutation({
    mutationFn: (body: typeof form.values) =>
      call(client.POST('/orgs/{orgId}/caf/assessments', { params: { path: { orgId } }, body })),
    onSuccess: async (a) => {
      await refreshCaf(orgId);
      onClose();
      void navigate(href(a.id));
    },
    onError: (error) => {
      const fields = fieldErrors(error);
      form.showServerErrors(fields);
      // Each refused assessor is named by its place in the list (assessors.1): one message for the group.
      const assessors = Object.entries(fields)
        .filter(([k]) => k === 'assessors' || k.startsWith('assessors.'))
        .map(([, v]) => v)
        .join('; ');
      if (assessors) form.setFieldError('assessors', assessors);
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('caf.list.new')}
      size="lg"
      form={form}
      save={create}
      submit={t('caf.new.create')}
    >
      <TextInput label={t('caf.new.name')} required data-autofocus {...form.getInputProps('name')} />
      <Radio.Group label={t('caf.new.scoring')} {...form.getInputProps('scoring')}>
        <Stack gap={6} mt={6}>
          <Radio value="classical" label={t('caf.scoring.classical')} description={t('caf.new.classicalHelp')} />
          <Radio value="finetuned" label={t('caf.scoring.finetuned')} description={t('caf.new.finetunedHelp')} />
        </Stack>
      </Radio.Group>
      <DateField label={t('caf.new.startedOn')} required w={220} {...form.getInputProps('startedOn')} />
      <Checkbox.Group
        label={t('caf.new.assessors')}
        description={t('caf.new.assessorsHelp')}
        {...form.getInputProps('assessors')}
      >
        <Stack gap={6} mt={6}>
          {people.data?.items.map((p) => (
            <Checkbox
              key={p.userId}
              value={p.userId}
              label={`${p.name} (${t(`roles.${p.role}`, { defaultValue: p.role })})`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label={t('caf.new.previous')}
        description={t('caf.new.previousHelp')}
        clearable
        data={finished.map((a) => ({ value: a.id, label: a.name }))}
        {...form.getInputProps('previousId')}
      />
    </FormDialog>
  );
}

function Rounds(ctx: CafContext) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const all = useQuery({ ...assessmentsQuery(ctx.orgId), enabled: ctx.can('performance.read') });
  return (
    <Stack gap="lg">
      {ctx.can('caf.score') && (
        <Section title={t('caf.list.mine')}>
          <MyRounds {...ctx} />
        </Section>
      )}
      {ctx.can('performance.read') && (
        <Section
          title={t('caf.list.all')}
          actions={
            ctx.can('performance.manage') && <Button onClick={() => setOpened(true)}>{t('caf.list.new')}</Button>
          }
        >
          {all.data ? <AllRounds {...ctx} items={all.data.items} /> : <QueryState error={all.error} inline />}
        </Section>
      )}
      {opened && all.data && (
        <NewRoundDialog
          {...ctx}
          opened={opened}
          onClose={() => setOpened(false)}
          finished={all.data.items.filter((a) => a.status === 'finished')}
        />
      )}
      <Text size="sm" c="dimmed">
        {t('caf.list.about')}
      </Text>
    </Stack>
  );
}

/** /o/:orgId/caf — my scoring rounds and every round of the organisation. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return (
    <CafFrame title={t('caf.title')} needs={['performance.read', 'caf.score']} crumbs={null}>
      {(ctx) => <Rounds {...ctx} />}
    </CafFrame>
  );
}
