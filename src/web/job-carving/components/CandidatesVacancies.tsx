import { Badge, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Designer, Vacancy } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { candidatesQuery, jobCarvingCalls, refreshJobCarving, vacanciesQuery } from '../api.ts';
import { CandidateDialog } from './CandidateDialog.tsx';
import { languageLabel } from './labels.ts';

type Status = Vacancy['status'];
const STATUS_COLOR: Record<Status, string> = { open: 'teal', filled: 'blue', closed: 'gray' };
/** What a vacancy in each state can become, in the order the buttons show. */
const NEXT: Record<Status, Status[]> = { open: ['filled', 'closed'], filled: ['open'], closed: ['open'] };

export function VacancyBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`jobCarving.vacancies.status.${status}`)}
    </Badge>
  );
}

/** The buttons that move a vacancy on (fill, close, open again); the answer is a notice. */
export function useVacancyStatus(orgId: string) {
  const { t } = useTranslation();
  const change = useMutation({
    mutationFn: ({ vacancy, status }: { vacancy: Vacancy; status: Status }) =>
      jobCarvingCalls.setVacancyStatus(orgId, vacancy.id, status),
    onSuccess: async (v) => {
      await refreshJobCarving(orgId);
      notifications.show({
        color: 'teal',
        message: t('jobCarving.vacancies.changed', {
          title: v.title,
          status: t(`jobCarving.vacancies.status.${v.status}`),
        }),
      });
    },
  });
  const buttons = (vacancy: Vacancy) => (
    <Group gap={4} wrap="nowrap">
      {NEXT[vacancy.status].map((status) => (
        <RowButton
          key={status}
          label={t(`jobCarving.vacancies.to.${status}Name`, { title: vacancy.title })}
          onClick={() => change.mutate({ vacancy, status })}
        >
          {t(`jobCarving.vacancies.to.${status}`)}
        </RowButton>
      ))}
    </Group>
  );
  return { buttons, error: change.error };
}

/** The vacancies made from proposals, with their state; and the candidates of one's own, to add, change and remove. */
export function CandidatesVacancies({ orgId, designer }: { orgId: string; designer: Designer }) {
  const { t } = useTranslation();
  const vacancies = useQuery(vacanciesQuery(orgId));
  const candidates = useQuery(candidatesQuery(orgId));
  const [editing, setEditing] = useState<Candidate | null | undefined>(undefined);
  const status = useVacancyStatus(orgId);
  const removal = useRemoval<Candidate>({
    name: (c) => c.name,
    question: (name) => t('jobCarving.candidates.removeConfirm', { name }),
    remove: async (c) => {
      await jobCarvingCalls.deleteCandidate(orgId, c.id);
      await refreshJobCarving(orgId);
    },
  });
  if (!vacancies.data || !candidates.data) return <QueryState error={vacancies.error ?? candidates.error} />;
  const proposalName = new Map(designer.proposals.map((p) => [p.id, p.name]));
  const competence = new Map(designer.competences.map((c) => [c.id, c.name]));
  const vacancyColumns: Column<Vacancy>[] = [
    { key: 'title', header: t('jobCarving.vacancies.title'), value: (v) => v.title, rowHeader: true },
    {
      key: 'proposal',
      header: t('jobCarving.vacancies.proposal'),
      value: (v) => (v.proposalId ? (proposalName.get(v.proposalId) ?? null) : null),
      empty: t('jobCarving.vacancies.proposalGone'),
    },
    { key: 'hours', header: t('jobCarving.compare.hours'), value: (v) => v.hoursPerWeek, format: 'number' },
    { key: 'opened', header: t('jobCarving.vacancies.openedOn'), value: (v) => v.openedOn, format: 'date' },
    {
      key: 'status',
      header: t('jobCarving.vacancies.statusHeader'),
      value: (v) => t(`jobCarving.vacancies.status.${v.status}`),
      render: (v) => <VacancyBadge status={v.status} />,
    },
    { key: 'change', header: t('jobCarving.vacancies.change'), render: status.buttons },
  ];
  const candidateColumns: Column<Candidate>[] = [
    { key: 'name', header: t('jobCarving.match.candidateName'), value: (c) => c.name, rowHeader: true },
    { key: 'language', header: t('jobCarving.task.language'), value: (c) => languageLabel(t, c.languageLevel) },
    {
      key: 'talents',
      header: t('jobCarving.proposal.talents'),
      value: (c) => c.talents.map((x) => t(`jobCarving.talent.${x}`)).join(', ') || null,
    },
    {
      key: 'competences',
      header: t('jobCarving.task.competences'),
      value: (c) => c.competenceIds.map((id) => competence.get(id) ?? id).join(', ') || null,
    },
    {
      key: 'hours',
      header: t('jobCarving.match.hoursAvailable'),
      value: (c) => c.hoursAvailable,
      format: 'number',
    },
    { key: 'note', header: t('jobCarving.candidates.note'), value: (c) => c.note || null },
    {
      key: 'actions',
      header: t('jobCarving.candidates.actions'),
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          <RowButton label={t('jobCarving.candidates.editName', { name: c.name })} onClick={() => setEditing(c)}>
            {t('jobCarving.candidates.edit')}
          </RowButton>
          {removal.button(c)}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="lg">
      <Section title={t('jobCarving.vacancies.heading')} intro={t('jobCarving.vacancies.intro')}>
        <ErrorAlert error={status.error} />
        <DataTable
          caption={t('jobCarving.vacancies.caption')}
          rows={vacancies.data.items}
          rowKey={(v) => v.id}
          columns={vacancyColumns}
          empty={t('jobCarving.vacancies.empty')}
        />
      </Section>
      <Section
        title={t('jobCarving.candidates.heading')}
        actions={<Button onClick={() => setEditing(null)}>{t('jobCarving.match.addCandidate')}</Button>}
        intro={t('jobCarving.candidates.intro')}
      >
        <DataTable
          caption={t('jobCarving.candidates.caption')}
          rows={candidates.data.items}
          rowKey={(c) => c.id}
          columns={candidateColumns}
          empty={t('jobCarving.candidates.empty')}
          initialSort={{ key: 'name', direction: 'ascending' }}
        />
      </Section>
      {removal.dialog}
      {editing !== undefined && (
        <CandidateDialog
          orgId={orgId}
          designer={designer}
          candidate={editing ?? undefined}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
