import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Phase } from '../../../modules/social-economy/logic/types.ts';
import type { WorkerDetail } from '../../../modules/social-economy/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { formatDate, formatMoneyCents, formatNumber } from '../../format.ts';
import { agreementsQuery, partnersQuery, refreshSe, seRemove, workerQuery } from '../api.ts';
import {
  EvaluationDialog,
  GoalDialog,
  HoursDialog,
  OutcomeDialog,
  PhaseDialog,
  StartTrajectoryDialog,
  WorkerDialog,
} from '../components/dialogs.tsx';
import { Facts } from '../components/Facts.tsx';
import { SeFrame } from '../components/SeFrame.tsx';

type Dialog =
  | { kind: 'edit' | 'hours' | 'evaluation' | 'goal' | 'start' }
  | { kind: 'phase'; trajectoryId: string; phase: Phase }
  | { kind: 'outcome'; trajectoryId: string }
  | null;
type Trajectory = WorkerDetail['trajectories'][number];

/** `/o/:orgId/social-economy/workers/:workerId`: one placed worker with hours, POP, evaluations and trajectories. */
export function WorkerPage() {
  const { t } = useTranslation();
  const { workerId = '' } = useParams();
  return (
    <SeFrame title={t('se.workers.one')} crumbs={[]}>
      {({ orgId, can }) => (
        <Worker
          orgId={orgId}
          workerId={workerId}
          canManage={can('socialeconomy.manage')}
          canLog={can('socialeconomy.log')}
        />
      )}
    </SeFrame>
  );
}

function Worker({
  orgId,
  workerId,
  canManage,
  canLog,
}: {
  orgId: string;
  workerId: string;
  canManage: boolean;
  canLog: boolean;
}) {
  const { t } = useTranslation();
  const worker = useQuery(workerQuery(orgId, workerId));
  // Changing the worker's record is for `socialeconomy.manage` only (a partner coach logs, but does not edit).
  const partners = useQuery({ ...partnersQuery(orgId), enabled: canManage });
  const agreements = useQuery({ ...agreementsQuery(orgId), enabled: canManage });
  const [dialog, setDialog] = useState<Dialog>(null);
  const removeHours = useRemoval<WorkerDetail['hours'][number]>({
    name: (h) =>
      t('se.hours.nameOf', {
        hours: formatNumber(h.hours),
        kind: t(`se.hours.${h.kind}`).toLocaleLowerCase(),
        date: formatDate(h.workedOn),
      }),
    question: (name) => t('se.hours.removeConfirm', { name }),
    remove: async (h) => {
      await seRemove.hours(orgId, workerId, h.id);
      await refreshSe(orgId);
    },
  });
  if (!worker.data) return <QueryState error={worker.error} />;
  const w = worker.data;
  const running = w.trajectories.find((x) => x.outcome === null) ?? null;
  const close = () => setDialog(null);
  const hoursColumns: Column<WorkerDetail['hours'][number]>[] = [
    { key: 'date', header: t('se.hours.date'), value: (h) => h.workedOn, format: 'date', rowHeader: true },
    { key: 'kind', header: t('se.hours.kind'), value: (h) => t(`se.hours.${h.kind}`) },
    { key: 'hours', header: t('se.hours.hours'), value: (h) => h.hours, format: 'number' },
    { key: 'phase', header: t('se.hours.phase'), value: (h) => (h.phase ? t(`se.phase.${h.phase}`) : null) },
    { key: 'note', header: t('se.hours.note'), value: (h) => h.note || null },
    { key: 'by', header: t('se.hours.by'), value: (h) => h.loggedBy },
    ...(canLog ? [removeHours.column] : []),
  ];
  const evaluationColumns: Column<WorkerDetail['evaluations'][number]>[] = [
    { key: 'date', header: t('se.evaluations.date'), value: (e) => e.evaluatedOn, format: 'date', rowHeader: true },
    {
      key: 'score',
      header: t('se.evaluations.score'),
      value: (e) => (e.score === null ? null : t(`se.score.${e.score}`)),
    },
    { key: 'summary', header: t('se.evaluations.summary'), value: (e) => e.summary },
    { key: 'by', header: t('se.evaluations.by'), value: (e) => e.evaluatedBy },
  ];
  const goalColumns: Column<WorkerDetail['goals'][number]>[] = [
    { key: 'description', header: t('se.goals.description'), value: (g) => g.description, rowHeader: true },
    { key: 'due', header: t('se.goals.dueOn'), value: (g) => g.dueOn, format: 'date' },
    { key: 'status', header: t('se.goals.status'), value: (g) => t(`se.goalStatus.${g.status}`) },
  ];
  const button = (show: boolean, label: string, d: Dialog) =>
    show && <Button onClick={() => setDialog(d)}>{label}</Button>;
  return (
    <Stack gap="lg">
      <Section
        title={w.name}
        actions={
          canManage &&
          partners.data &&
          agreements.data && (
            <Button variant="default" onClick={() => setDialog({ kind: 'edit' })}>
              {t('se.edit')}
            </Button>
          )
        }
      >
        <Facts
          items={[
            [t('se.workers.partner'), w.partnerName],
            [t('se.workers.agreement'), w.agreementTitle],
            [t('se.workers.tasks'), w.tasks],
            [t('se.workers.language'), w.languageLevel],
            [t('se.workers.talents'), w.talents.map((x) => t(`se.talent.${x}`)).join(', ')],
            [t('se.workers.hoursPerWeek'), w.hoursPerWeek === null ? null : formatNumber(w.hoursPerWeek)],
            [t('se.workers.placedOn'), w.placedOn && formatDate(w.placedOn)],
            [t('se.workers.leftOn'), w.leftOn && formatDate(w.leftOn)],
            [t('se.workers.hoursWorked'), formatNumber(w.hoursWorked)],
            [t('se.workers.hoursCoached'), formatNumber(w.hoursCoached)],
            [
              t('se.workers.deadline'),
              w.transitionDeadline &&
                `${formatDate(w.transitionDeadline)}${w.deadlineException ? ` (${t('se.workers.exceptionShort')})` : ''}`,
            ],
          ]}
        />
      </Section>
      <Section title={t('se.hours.title')} actions={button(canLog, t('se.hours.add'), { kind: 'hours' })}>
        <DataTable
          caption={t('se.hours.caption')}
          rows={w.hours}
          rowKey={(h) => h.id}
          columns={hoursColumns}
          empty={t('se.hours.empty')}
        />
      </Section>
      <Section
        title={t('se.evaluations.title')}
        actions={button(canLog, t('se.evaluations.add'), { kind: 'evaluation' })}
      >
        <DataTable
          caption={t('se.evaluations.caption')}
          rows={w.evaluations}
          rowKey={(e) => e.id}
          columns={evaluationColumns}
          empty={t('se.evaluations.empty')}
        />
      </Section>
      <Section title={t('se.goals.title')} actions={button(canLog, t('se.goals.add'), { kind: 'goal' })}>
        <DataTable
          caption={t('se.goals.caption')}
          rows={w.goals}
          rowKey={(g) => g.id}
          columns={goalColumns}
          empty={t('se.goals.empty')}
        />
      </Section>
      <Section
        title={t('se.trajectories.title')}
        actions={button(canManage && running === null, t('se.trajectories.start'), { kind: 'start' })}
      >
        {w.trajectories.length === 0 && <Text c="dimmed">{t('se.trajectories.empty')}</Text>}
        {w.trajectories.map((tr) => (
          <TrajectoryView
            key={tr.id}
            trajectory={tr}
            canManage={canManage}
            onPhase={(phase) => setDialog({ kind: 'phase', trajectoryId: tr.id, phase })}
            onOutcome={() => setDialog({ kind: 'outcome', trajectoryId: tr.id })}
          />
        ))}
      </Section>
      {removeHours.dialog}
      {dialog?.kind === 'edit' && partners.data && agreements.data && (
        <WorkerDialog
          orgId={orgId}
          onClose={close}
          partners={partners.data.items}
          agreements={agreements.data.items}
          worker={w}
        />
      )}
      {dialog?.kind === 'hours' && (
        <HoursDialog orgId={orgId} onClose={close} workerId={workerId} trajectoryId={running?.id ?? null} />
      )}
      {dialog?.kind === 'evaluation' && <EvaluationDialog orgId={orgId} onClose={close} workerId={workerId} />}
      {dialog?.kind === 'goal' && <GoalDialog orgId={orgId} onClose={close} workerId={workerId} />}
      {dialog?.kind === 'start' && <StartTrajectoryDialog orgId={orgId} onClose={close} workerId={workerId} />}
      {dialog?.kind === 'phase' && (
        <PhaseDialog
          orgId={orgId}
          onClose={close}
          workerId={workerId}
          trajectoryId={dialog.trajectoryId}
          phase={dialog.phase}
        />
      )}
      {dialog?.kind === 'outcome' && (
        <OutcomeDialog orgId={orgId} onClose={close} workerId={workerId} trajectoryId={dialog.trajectoryId} />
      )}
    </Stack>
  );
}

function TrajectoryView({
  trajectory: tr,
  canManage,
  onPhase,
  onOutcome,
}: {
  trajectory: Trajectory;
  canManage: boolean;
  onPhase: (phase: Phase) => void;
  onOutcome: () => void;
}) {
  const { t } = useTranslation();
  const columns: Column<Trajectory['phases'][number]>[] = [
    { key: 'phase', header: t('se.trajectories.phase'), value: (p) => t(`se.phase.${p.phase}`), rowHeader: true },
    { key: 'start', header: t('se.trajectories.phaseStart'), value: (p) => p.startedOn, format: 'date' },
    { key: 'due', header: t('se.trajectories.due'), value: (p) => p.dueOn, format: 'date' },
    { key: 'end', header: t('se.trajectories.ended'), value: (p) => p.endedOn, format: 'date' },
    { key: 'hours', header: t('se.trajectories.coachingHours'), value: (p) => p.coachingHours, format: 'number' },
    {
      key: 'overrun',
      header: t('se.trajectories.overrun'),
      value: (p) => (p.overrun ? t('se.trajectories.overrunYes') : t('se.trajectories.overrunNo')),
    },
  ];
  const status = tr.outcome
    ? t('se.trajectories.closedWith', { outcome: t(`se.outcome.${tr.outcome}`), date: formatDate(tr.outcomeOn ?? '') })
    : t('se.trajectories.runningIn', { phase: tr.currentPhase ? t(`se.phase.${tr.currentPhase}`) : '—' });
  return (
    <Stack gap="xs">
      <Text fw={500}>
        {t('se.trajectories.heading', { date: formatDate(tr.startedOn) })} · {status}
      </Text>
      <Text size="sm" c="dimmed">
        {t('se.trajectories.coaching', {
          hours: formatNumber(tr.coachingHours),
          target: formatNumber(tr.coachingTarget),
          funding: formatMoneyCents(tr.fundingCents),
        })}
      </Text>
      <DataTable
        caption={t('se.trajectories.caption')}
        rows={tr.phases}
        rowKey={(p) => p.phase}
        columns={columns}
        empty={null}
      />
      {canManage && tr.outcome === null && (
        <Group gap="xs">
          {tr.nextPhase && (
            <Button variant="default" onClick={() => onPhase(tr.nextPhase as Phase)}>
              {t('se.trajectories.toPhase', { phase: t(`se.phase.${tr.nextPhase}`) })}
            </Button>
          )}
          <Button variant="default" onClick={onOutcome}>
            {t('se.trajectories.close')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
