import { Anchor, Button, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { today } from '../../../lib/calendar.ts';
import { type ComplaintDetail, OUTCOMES, type HandlingPatch } from '../../../modules/complaints/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Fact } from '../../components/Fact.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatDate } from '../../format.ts';
import { choicesQuery } from '../../performance/plan-api.ts';
import { complaintCalls, complaintQuery, originActionsQuery, refreshComplaints } from '../api.ts';
import { ComplaintFrame } from '../components/ComplaintFrame.tsx';
import { StageBadge } from '../components/StageBadge.tsx';

/** One complaint: its facts and deadlines, its handling (for those who handle), its steps and the improvement actions it led to. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { orgId = '', complaintId = '' } = useParams();
  const complaint = useQuery(complaintQuery(orgId, complaintId));
  const title = complaint.data?.subject ?? t('complaints.title');
  return (
    <ComplaintFrame title={title} crumbs={[]}>
      {({ can }) =>
        complaint.data ? (
          <Stack gap="lg">
            <Facts c={complaint.data} />
            {can('complaints.manage') ? <Handling orgId={orgId} c={complaint.data} /> : <Outcome c={complaint.data} />}
            <Steps orgId={orgId} c={complaint.data} canAdd={can('complaints.manage')} />
            {can('performance.read') && (
              <Actions orgId={orgId} complaintId={complaintId} canCreate={can('performance.manage')} />
            )}
          </Stack>
        ) : (
          <QueryState error={complaint.error} />
        )
      }
    </ComplaintFrame>
  );
}

function Facts({ c }: { c: ComplaintDetail }) {
  const { t } = useTranslation();
  const none = t('complaints.none');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('complaints.facts')}>
      <Stack gap="md">
        <StageBadge complaint={c} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label={t('complaints.kindLabel')}>{t(`complaints.kind.${c.kind}`)}</Fact>
          <Fact label={t('complaints.received')}>
            {formatDate(c.receivedOn)} · {t(`complaints.channel.${c.channel}`)}
          </Fact>
          <Fact label={t('complaints.sourceLabel')}>{t(`complaints.source.${c.source}`)}</Fact>
          <Fact label={t('complaints.aboutKindLabel')}>
            {t(`complaints.aboutKind.${c.aboutKind}`)}
            {c.client ? `: ${c.client.name}` : c.about ? `: ${c.about}` : ''}
          </Fact>
          <Fact label={t('complaints.severityLabel')}>{t(`complaints.severity.${c.severity}`)}</Fact>
          <Fact label={t('complaints.complainant')}>
            {[c.complainant, c.contact].filter(Boolean).join(' · ') || none}
          </Fact>
          <Fact label={t('complaints.ackDue')}>
            {formatDate(c.ackDue)}
            {c.acknowledgedOn
              ? ` (${t('complaints.acknowledgedOn').toLowerCase()} ${formatDate(c.acknowledgedOn)})`
              : ''}
          </Fact>
          <Fact label={t('complaints.answerDue')}>
            {formatDate(c.answerDue)}
            {c.answeredOn ? ` (${t('complaints.answeredOn').toLowerCase()} ${formatDate(c.answeredOn)})` : ''}
          </Fact>
          <Fact label={t('complaints.registeredBy')}>{c.createdBy?.name ?? t('complaints.source.anonymous')}</Fact>
        </SimpleGrid>
        {c.description && <Fact label={t('complaints.description')}>{c.description}</Fact>}
      </Stack>
    </Paper>
  );
}

function Outcome({ c }: { c: ComplaintDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('complaints.handling')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('complaints.handler')}>{c.handler?.name ?? t('complaints.nobody')}</Fact>
        <Fact label={t('complaints.outcomeLabel')}>
          {c.outcome ? t(`complaints.outcome.${c.outcome}`) : t('complaints.none')}
        </Fact>
        <Fact label={t('complaints.answer')}>{c.answer || t('complaints.none')}</Fact>
      </SimpleGrid>
    </Section>
  );
}

function Handling({ orgId, c }: { orgId: string; c: ComplaintDetail }) {
  const { t } = useTranslation();
  const choices = useQuery(choicesQuery(orgId));
  const form = useAppForm({
    initialValues: {
      handlerId: c.handler?.userId ?? '',
      acknowledgedOn: c.acknowledgedOn ?? '',
      answeredOn: c.answeredOn ?? '',
      outcome: (c.outcome ?? '') as string,
      answer: c.answer,
    },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body: HandlingPatch = {
        handlerId: v.handlerId || null,
        acknowledgedOn: v.acknowledgedOn || null,
        answeredOn: v.answeredOn || null,
        outcome: (v.outcome || null) as HandlingPatch['outcome'],
        answer: v.answer,
      };
      return complaintCalls.handle(orgId, c.id, body);
    },
    () => refreshComplaints(orgId),
  );
  const people = (choices.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name }));
  if (c.handler && !people.some((p) => p.value === c.handler!.userId))
    people.push({ value: c.handler.userId, label: c.handler.name });
  return (
    <FormCard
      title={t('complaints.handling')}
      onSubmit={form.onSubmit(() => save.mutate(form.getValues()))}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('complaints.saveHandling')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('complaints.handler')}
          data={people}
          clearable
          searchable
          placeholder={t('complaints.nobody')}
          {...form.getInputProps('handlerId')}
        />
        <Select
          label={t('complaints.outcomeLabel')}
          data={OUTCOMES.map((o) => ({ value: o, label: t(`complaints.outcome.${o}`) }))}
          clearable
          {...form.getInputProps('outcome')}
        />
        <DateField
          label={t('complaints.acknowledgedOn')}
          min={c.receivedOn}
          max={today()}
          {...form.getInputProps('acknowledgedOn')}
        />
        <DateField
          label={t('complaints.answeredOn')}
          min={c.receivedOn}
          max={today()}
          {...form.getInputProps('answeredOn')}
        />
      </SimpleGrid>
      <GrowingTextarea label={t('complaints.answer')} minRows={3} mt="sm" {...form.getInputProps('answer')} />
    </FormCard>
  );
}

type Step = ComplaintDetail['steps'][number];

function Steps({ orgId, c, canAdd }: { orgId: string; c: ComplaintDetail; canAdd: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const columns: Column<Step>[] = [
    { key: 'on', header: t('complaints.stepOn'), value: (s) => s.doneOn, format: 'date' },
    { key: 'note', header: t('complaints.stepNote'), value: (s) => s.note, rowHeader: true },
    { key: 'by', header: t('complaints.stepBy'), value: (s) => s.author },
  ];
  return (
    <Section
      title={t('complaints.steps')}
      actions={canAdd && <Button onClick={() => setAdding(true)}>{t('complaints.addStep')}</Button>}
    >
      <DataTable
        caption={t('complaints.stepsCaption')}
        rows={c.steps}
        rowKey={(s) => s.id}
        columns={columns}
        empty={t('complaints.noSteps')}
      />
      {adding && <StepDialog orgId={orgId} c={c} onClose={() => setAdding(false)} />}
    </Section>
  );
}

function StepDialog({ orgId, c, onClose }: { orgId: string; c: ComplaintDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { doneOn: today(), note: '' },
    validate: { doneOn: (v) => required(t, v), note: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => complaintCalls.addStep(orgId, c.id, v),
    refreshAndClose(() => refreshComplaints(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('complaints.addStep')} form={form} save={save}>
      <DateField
        label={t('complaints.stepOn')}
        required
        min={c.receivedOn}
        max={today()}
        {...form.getInputProps('doneOn')}
      />
      <GrowingTextarea label={t('complaints.stepNote')} required data-autofocus {...form.getInputProps('note')} />
    </FormDialog>
  );
}

type OriginAction = { id: string; title: string; status: string; dueDate: string | null };

function Actions({ orgId, complaintId, canCreate }: { orgId: string; complaintId: string; canCreate: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useQuery(originActionsQuery(orgId, complaintId));
  const create = useMutation({
    mutationFn: () => complaintCalls.createAction(orgId, complaintId),
    onSuccess: async (action) => {
      await refreshComplaints(orgId);
      navigate(`/o/${orgId}/actions/${action.id}`);
    },
  });
  const columns: Column<OriginAction>[] = [
    {
      key: 'title',
      header: t('plan.actions.columns.title'),
      value: (a) => a.title,
      rowHeader: true,
      render: (a) => (
        <Anchor component={Link} to={`/o/${orgId}/actions/${a.id}`}>
          {a.title}
        </Anchor>
      ),
    },
    { key: 'status', header: t('complaints.actionStatus'), value: (a) => t(`plan.statuses.${a.status}`) },
    { key: 'due', header: t('complaints.actionDue'), value: (a) => a.dueDate, format: 'date' },
  ];
  return (
    <Section
      title={t('complaints.actions')}
      actions={
        canCreate && (
          <Button onClick={() => create.mutate()} loading={create.isPending}>
            {t('complaints.createAction')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <ErrorAlert error={create.error} />
        {actions.data ? (
          <DataTable
            caption={t('complaints.actionsCaption')}
            rows={actions.data.items}
            rowKey={(a) => a.id}
            columns={columns}
            empty={t('complaints.noActions')}
          />
        ) : (
          <QueryState error={actions.error} />
        )}
      </Stack>
    </Section>
  );
}
